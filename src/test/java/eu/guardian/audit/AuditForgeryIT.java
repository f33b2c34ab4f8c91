package eu.guardian.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Database;
import eu.guardian.testsupport.TestData;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: someone holding Guardian's own database account (stolen credentials, an SQL injection) forges audit
 * entries, and the verification (API and command line alike) names the forged entry.
 */
class AuditForgeryIT {

    @BeforeEach
    void theTrailHasEntries() {
        assertEquals(201, Api.postAs("caseworker1", "/api/children", TestData.child(TestData.uniqueWord())).status());
    }

    private static void assertNamed(long entryId, ChainVerifier.Problem problem) throws SQLException {
        Map<String, Object> api = ChainTampering.verifyThroughApi();
        assertEquals(false, api.get("intact"), api.toString());
        assertEquals(entryId, ((Number) api.get("firstBrokenEntryId")).longValue(), api.toString());
        assertEquals(problem.name(), api.get("problem"), api.toString());
        ChainVerifier.Result oversight = ChainTampering.verifyAsOversight();
        assertEquals(Optional.of(entryId), oversight.firstProblem().map(ChainVerifier.Finding::entryId),
                "the command-line verifier names the same entry");
        assertEquals(problem, oversight.firstProblem().get().problem());
    }

    @Test
    void aBackDatedEntryWithACorrectPlainHashIsNamedThoughTheAppsAccountMovedAllItCould() throws Exception {
        try (ChainTampering tampering = ChainTampering.pauseAppends(); Connection app = Database.connect()) {
            ChainTampering.LastEntry last = tampering.last();
            Instant backDated = last.occurredAt().minus(Duration.ofHours(1));
            String hash = AuditEntry.hashOf(ChainTampering.content(backDated), last.hash());
            long forged = ChainTampering.insert(app, backDated, last.hash(), hash, null);
            List<String> moved = moveEveryHashTheAppMay(app, hash, tampering.owner());
            try {
                assertNamed(forged, ChainVerifier.Problem.UNSEALED);
                assertEquals(List.of(), moved, "Guardian's account may change nothing that carries the chain");
            } finally {
                restore(moved, tampering.owner());
            }
        }
        assertEquals(true, ChainTampering.verifyThroughApi().get("intact"), "repaired for the other tests");
    }

    @Test
    void anEntrySealedWithAnotherKeyIsNamed() throws Exception {
        try (ChainTampering tampering = ChainTampering.pauseAppends(); Connection app = Database.connect()) {
            ChainTampering.LastEntry last = tampering.last();
            MacKey wrongKey = MacKey.of(last.keyId(), randomSecret());
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            long forged = ChainTampering.insert(app, now, last.hash(),
                    wrongKey.seal(ChainTampering.content(now), last.hash()), last.keyId());
            assertNamed(forged, ChainVerifier.Problem.MAC);
        }
    }

    @Test
    void aBackDatedEntryIsNamedEvenWithAValidMacFromTheStolenKey() throws Exception {
        MacKey stolen = ChainTampering.stolenMacKey();
        try (ChainTampering tampering = ChainTampering.pauseAppends(); Connection app = Database.connect()) {
            ChainTampering.LastEntry last = tampering.last();
            // Within the allowed clock skew (2 s) an entry may be a little earlier: servers' clocks differ.
            Instant slightlyEarlier = last.occurredAt().minus(Duration.ofMillis(1500));
            String fits = stolen.seal(ChainTampering.content(slightlyEarlier), last.hash());
            ChainTampering.insert(app, slightlyEarlier, last.hash(), fits, stolen.id());
            assertEquals(true, ChainTampering.verifyThroughApi().get("intact"));

            Instant backDated = slightlyEarlier.minus(Duration.ofDays(3));
            long forged = ChainTampering.insert(app, backDated, fits,
                    stolen.seal(ChainTampering.content(backDated), fits), stolen.id());
            assertNamed(forged, ChainVerifier.Problem.BACKDATED);
        }
    }

    @Test
    void aNewKeysSegmentMustOpenWithARotationEntryAndNeedsThatKeyToVerify() throws Exception {
        MacKey current = ChainTampering.stolenMacKey();
        assertTrue(rotationEntryOpened(current.id()), "Guardian opened its key's segment with a rotation entry");
        String nextSecret = randomSecret();
        MacKey next = MacKey.of("next-key", nextSecret);
        try (ChainTampering tampering = ChainTampering.pauseAppends()) {
            ChainTampering.LastEntry last = tampering.last();
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            String unannounced = next.seal(ChainTampering.content(now), last.hash());
            long entry = ChainTampering.insert(tampering.owner(), now, last.hash(), unannounced, next.id());
            ChainVerifier.Result withoutRotation = verifyWithNewKey(next.id(), nextSecret);
            assertEquals(ChainVerifier.Problem.UNANNOUNCED_KEY, withoutRotation.firstProblem().get().problem());
            assertEquals(entry, withoutRotation.firstProblem().get().entryId());
            tampering.owner().createStatement().executeUpdate("DELETE FROM audit_entry WHERE id = " + entry);

            String rotationContent = AuditEntry.canonicalContent(now, "system", "", "KEY_ROTATION", "AuditTrail",
                    next.id(), null, null, null, null, "{\"previousKey\":\"" + last.keyId() + "\"}");
            String rotation = next.seal(rotationContent, last.hash());
            insertRotation(tampering.owner(), now, last.hash(), rotation, next.id(), last.keyId());
            ChainTampering.insert(tampering.owner(), now, rotation, next.seal(ChainTampering.content(now), rotation),
                    next.id());
            assertTrue(verifyWithNewKey(next.id(), nextSecret).intact(), "a verifier given the new key accepts its segment");
            assertEquals(ChainVerifier.Problem.UNKNOWN_KEY,
                    ChainTampering.verifyAsOversight().firstProblem().get().problem(), "one without it cannot");
        }
    }

    /** As the oversight body verifies after a rotation: the new key current, Guardian's old one retired. */
    private static ChainVerifier.Result verifyWithNewKey(String id, String secret) throws SQLException {
        Map<String, String> environment = new HashMap<>(ChainTampering.commandEnvironment());
        environment.put(DevelopmentAuditKeys.MAC_KEY_ID, id);
        environment.put(DevelopmentAuditKeys.MAC_KEY, secret);
        Map<String, String> current = ChainTampering.developmentKeys();
        environment.put(DevelopmentAuditKeys.RETIRED_MAC_KEYS, current.get(DevelopmentAuditKeys.MAC_KEY_ID) + ":"
                + current.get(DevelopmentAuditKeys.MAC_KEY));
        try (Connection connection = Database.connect()) {
            return ChainVerifier.verify(connection, AuditCommandLine.of(environment).verifierSettings());
        }
    }

    private static String randomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    private static void insertRotation(Connection owner, Instant at, String previous, String hash, String keyId,
            String previousKey) throws SQLException {
        try (PreparedStatement insert = owner.prepareStatement("INSERT INTO audit_entry (occurred_at, username, roles,"
                + " action, object_type, object_id, details, previous_hash, hash, key_id) VALUES (?, 'system', '',"
                + " 'KEY_ROTATION', 'AuditTrail', ?, ?, ?, ?, ?)")) {
            insert.setObject(1, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.setString(2, keyId);
            insert.setString(3, "{\"previousKey\":\"" + previousKey + "\"}");
            insert.setString(4, previous);
            insert.setString(5, hash);
            insert.setString(6, keyId);
            insert.executeUpdate();
        }
    }

    private static boolean rotationEntryOpened(String keyId) throws SQLException {
        try (Connection app = Database.connect(); PreparedStatement query = app.prepareStatement(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'KEY_ROTATION' AND object_id = ? AND key_id = ?")) {
            query.setString(1, keyId);
            query.setString(2, keyId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getLong(1) > 0;
            }
        }
    }

    /**
     * What an attacker does next: point whatever the account may change in the audit's tables at the forged entry.
     * Returns the columns it could change (table.column=old value), to be restored.
     */
    private static List<String> moveEveryHashTheAppMay(Connection app, String forgedHash, Connection owner)
            throws SQLException {
        List<String> moved = new ArrayList<>();
        List<String[]> columns = new ArrayList<>();
        try (Statement statement = app.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = DATABASE()"
                        + " AND table_name LIKE 'audit%' AND column_name LIKE '%hash%'")) {
            while (rows.next()) {
                columns.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        for (String[] column : columns) {
            String old;
            try (Statement read = owner.createStatement(); ResultSet value = read.executeQuery(
                    "SELECT " + column[1] + " FROM " + column[0] + " ORDER BY 1 DESC LIMIT 1")) {
                old = value.next() ? value.getString(1) : null;
            }
            try (PreparedStatement move = app.prepareStatement("UPDATE " + column[0] + " SET " + column[1] + " = ?"
                    + (column[0].equals("audit_entry") ? " WHERE id < 0" : ""))) {
                move.setString(1, forgedHash);
                move.executeUpdate();
                moved.add(column[0] + "." + column[1] + "=" + old);
            } catch (SQLException refused) {
                assertTrue(refused.getMessage().contains("denied"), refused.getMessage());
            }
        }
        return moved;
    }

    private static void restore(List<String> moved, Connection owner) throws SQLException {
        for (String change : moved) {
            String[] parts = change.split("[.=]", 3);
            try (PreparedStatement put = owner.prepareStatement("UPDATE " + parts[0] + " SET " + parts[1] + " = ?")) {
                put.setString(1, parts[2]);
                put.executeUpdate();
            }
        }
    }
}
