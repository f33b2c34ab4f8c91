package eu.guardian.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Database;
import eu.guardian.testsupport.TestData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Checkpoints signed by the oversight body (deploy/audit-checkpoint.sh): Guardian reports their age, a forged one is
 * named, and so is history rewritten before one, even by someone who holds Guardian's MAC key and the schema owner's
 * account. The command-line verifier (deploy/verify-audit.sh) agrees with the API throughout.
 */
class AuditCheckpointIT {

    private static AuditCommandLine oversight() {
        return AuditCommandLine.of(ChainTampering.commandEnvironment());
    }

    private static ChainCheckpoint signCheckpoint() throws Exception {
        assertEquals(201, Api.postAs("caseworker1", "/api/children", TestData.child(TestData.uniqueWord())).status());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        assertEquals(0, CheckpointCommand.run(oversight(), new PrintStream(printed, true, StandardCharsets.UTF_8)),
                printed.toString(StandardCharsets.UTF_8));
        try (Connection db = Database.connect(); Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("SELECT entry_id, entry_hash, signed_at, signer, signature"
                        + " FROM audit_checkpoint ORDER BY id DESC LIMIT 1")) {
            assertTrue(row.next());
            return new ChainCheckpoint(row.getLong(1), row.getString(2),
                    row.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC), row.getString(4),
                    row.getString(5));
        }
    }

    @Test
    void aCheckpointSignedOnDemandIsReportedWithItsAge() throws Exception {
        ChainCheckpoint signed = signCheckpoint();
        Map<String, Object> verification = ChainTampering.verifyThroughApi();
        assertEquals(true, verification.get("intact"), verification.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> checkpoint = (Map<String, Object>) verification.get("checkpoint");
        assertEquals(signed.entryId(), ((Number) checkpoint.get("lastEntryId")).longValue(), checkpoint.toString());
        assertEquals(false, checkpoint.get("overdue"));
        assertTrue(((Number) checkpoint.get("ageHours")).doubleValue() < 0.1, checkpoint.toString());
        assertTrue(((Number) verification.get("checkpoints")).intValue() >= 1);

        try (Connection app = Database.connect(); Statement statement = app.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "INSERT INTO audit_checkpoint (entry_id, entry_hash, signed_at, signer, signature)"
                            + " SELECT entry_id, entry_hash, NOW(6), signer, signature FROM audit_checkpoint LIMIT 1"));
            assertTrue(refused.getMessage().contains("denied"), "Guardian's account cannot add checkpoints");
            assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM audit_checkpoint"));
        }
    }

    @Test
    void aCheckpointWithAForgedSignatureIsNamed() throws Exception {
        ChainCheckpoint genuine = signCheckpoint();
        KeyPair forger = CheckpointKeys.generate();
        ChainCheckpoint forgedSignature = ChainCheckpoint.sign(genuine.entryId(), genuine.entryHash(), Instant.now(),
                forger.getPrivate(), forger.getPublic());
        // Claims the trusted signer, with a signature the forger's own key made.
        ChainCheckpoint forged = new ChainCheckpoint(genuine.entryId(), genuine.entryHash(),
                forgedSignature.signedAt(), genuine.signer(), forgedSignature.signature());
        try (Connection owner = Database.connectAsOwner()) {
            CheckpointCommand.store(owner, forged);
            try {
                Map<String, Object> api = ChainTampering.verifyThroughApi();
                assertEquals(false, api.get("intact"));
                assertEquals(genuine.entryId(), ((Number) api.get("firstBrokenEntryId")).longValue());
                assertEquals(ChainVerifier.Problem.CHECKPOINT_SIGNATURE.name(), api.get("problem"));
                assertEquals(ChainVerifier.Problem.CHECKPOINT_SIGNATURE,
                        ChainTampering.verifyAsOversight().firstProblem().get().problem(), "the command line agrees");
            } finally {
                try (PreparedStatement delete = owner.prepareStatement(
                        "DELETE FROM audit_checkpoint WHERE signature = ?")) {
                    delete.setString(1, forged.signature());
                    delete.executeUpdate();
                }
            }
        }
        assertEquals(true, ChainTampering.verifyThroughApi().get("intact"));
    }

    /** A row of the trail as stored: what a rewrite changes, to put it back afterwards. */
    private record Stored(long id, String username, String previousHash, String hash, String keyId) {
    }

    @Test
    void historyRewrittenBeforeACheckpointIsNamedEvenWithTheMacKeyAndTheOwnersAccount() throws Exception {
        ChainCheckpoint checkpoint = signCheckpoint();
        MacKey stolen = ChainTampering.stolenMacKey();
        try (ChainTampering tampering = ChainTampering.pauseAppends()) {
            Connection owner = tampering.owner();
            // The entry before the checkpoint's: rewriting it changes every MAC from there on, which every fits again
            // after re-sealing, but the first checkpoint at or after it (an earlier test's, or this one) no longer.
            long victim = idBefore(owner, checkpoint.entryId());
            long expected = firstCheckpointFrom(owner, victim);
            List<Stored> original = entriesFrom(owner, victim);
            assertTrue(original.stream().allMatch(e -> stolen.id().equals(e.keyId())), "one key's segment");
            try {
                rewrite(owner, original, stolen);
                Map<String, Object> api = ChainTampering.verifyThroughApi();
                assertEquals(false, api.get("intact"), "every MAC and link fits, but not the checkpoint");
                assertEquals(expected, ((Number) api.get("firstBrokenEntryId")).longValue(), api.toString());
                assertEquals(ChainVerifier.Problem.CHECKPOINT_MISMATCH.name(), api.get("problem"));
                Script verify = Script.run("deploy/verify-audit.sh");
                assertEquals(1, verify.exitCode(), verify.output());
                assertTrue(verify.output().contains("BROKEN at entry " + expected
                        + " (CHECKPOINT_MISMATCH)"), verify.output());
            } finally {
                restore(owner, original);
            }
        }
        assertEquals(true, ChainTampering.verifyThroughApi().get("intact"));
        Script verify = Script.run("deploy/verify-audit.sh");
        assertEquals(0, verify.exitCode(), verify.output());
        assertTrue(verify.output().contains("the chain is intact"), verify.output());
    }

    private static long idBefore(Connection owner, long id) throws SQLException {
        return single(owner, "SELECT MAX(id) FROM audit_entry WHERE id < ?", id);
    }

    private static long firstCheckpointFrom(Connection owner, long id) throws SQLException {
        return single(owner, "SELECT MIN(entry_id) FROM audit_checkpoint WHERE entry_id >= ?", id);
    }

    private static long single(Connection owner, String sql, long parameter) throws SQLException {
        try (PreparedStatement query = owner.prepareStatement(sql)) {
            query.setLong(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static List<Stored> entriesFrom(Connection owner, long fromId) throws SQLException {
        List<Stored> rows = new ArrayList<>();
        try (PreparedStatement query = owner.prepareStatement("SELECT id, username, previous_hash, hash, key_id"
                + " FROM audit_entry WHERE id >= ? ORDER BY id")) {
            query.setLong(1, fromId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new Stored(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5)));
                }
            }
        }
        return rows;
    }

    /** Changes the first entry's user and re-seals it and every entry after it with the stolen key. */
    private static void rewrite(Connection owner, List<Stored> entries, MacKey stolen) throws SQLException {
        try (PreparedStatement change = owner.prepareStatement(
                "UPDATE audit_entry SET username = 'mallory' WHERE id = ?")) {
            change.setLong(1, entries.get(0).id());
            change.executeUpdate();
        }
        String previous = entries.get(0).previousHash();
        for (Stored entry : entries) {
            String content;
            try (PreparedStatement read = owner.prepareStatement("SELECT occurred_at, username, roles, action,"
                    + " object_type, object_id, child_id, purpose, client_address, request_id, details"
                    + " FROM audit_entry WHERE id = ?")) {
                read.setLong(1, entry.id());
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    long number = row.getLong(7);
                    Long childId = row.wasNull() ? null : number; // asked at once: wasNull() is the last read's
                    content = AuditEntry.canonicalContent(row.getObject(1, LocalDateTime.class)
                            .toInstant(ZoneOffset.UTC), row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6), childId, row.getString(8),
                            row.getString(9), row.getString(10), row.getString(11));
                }
            }
            String hash = stolen.seal(content, previous);
            try (PreparedStatement reseal = owner.prepareStatement(
                    "UPDATE audit_entry SET previous_hash = ?, hash = ? WHERE id = ?")) {
                reseal.setString(1, previous);
                reseal.setString(2, hash);
                reseal.setLong(3, entry.id());
                reseal.executeUpdate();
            }
            previous = hash;
        }
    }

    private static void restore(Connection owner, List<Stored> original) throws SQLException {
        try (PreparedStatement put = owner.prepareStatement(
                "UPDATE audit_entry SET username = ?, previous_hash = ?, hash = ? WHERE id = ?")) {
            for (Stored entry : original) {
                put.setString(1, entry.username());
                put.setString(2, entry.previousHash());
                put.setString(3, entry.hash());
                put.setLong(4, entry.id());
                put.executeUpdate();
            }
        }
    }

    /** One of the deploy/ commands, run as the inspectorate would, against the test stack's database. */
    private record Script(int exitCode, String output) {

        static Script run(String script) throws Exception {
            ProcessBuilder builder = new ProcessBuilder("bash", script).redirectErrorStream(true);
            builder.environment().putAll(ChainTampering.commandEnvironment());
            builder.directory(Path.of("").toAbsolutePath().toFile());
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(2, TimeUnit.MINUTES), output);
            return new Script(process.exitValue(), output);
        }
    }
}
