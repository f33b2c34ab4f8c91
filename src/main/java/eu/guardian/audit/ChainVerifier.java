package eu.guardian.audit;

import eu.guardian.platform.keys.KeyRing;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies the audit trail straight from the database, for {@code GET /api/audit/verify} and the command line
 * ({@code deploy/verify-audit.sh}) alike: every entry's link to the one before, its MAC (or, in the legacy segment,
 * its SHA-256), that each new key's segment opens with a key-rotation entry, that time never runs backwards along the
 * chain, and that the chain still matches every checkpoint the oversight body signed. It names the first entry that
 * does not fit and why (docs/audit-integrity.md). Plain JDBC, so it runs outside the application too.
 */
public final class ChainVerifier {

    private static final int BATCH = 10_000;

    /** What can be wrong at an entry, in the order they are checked. */
    public enum Problem {
        /** The entry does not name the previous entry's hash: an entry was removed, inserted or changed before it. */
        LINK,
        /** A legacy entry whose SHA-256 does not match its content. */
        HASH,
        /** An entry without a MAC after the chain began to be sealed: written by someone without the key. */
        UNSEALED,
        /** Sealed with a key this verifier does not know. */
        UNKNOWN_KEY,
        /** A new key's first entry is not the key-rotation entry that announces it. */
        UNANNOUNCED_KEY,
        /** The MAC does not match the entry's content: changed, or written with another key. */
        MAC,
        /** Recorded earlier than an entry before it (beyond the allowed clock skew): back-dated. */
        BACKDATED,
        /** A checkpoint whose signature none of the trusted keys made. */
        CHECKPOINT_SIGNATURE,
        /** The entry's hash is no longer the one a checkpoint signed: the chain was rewritten up to here. */
        CHECKPOINT_MISMATCH,
        /** A checkpoint's entry is gone: the chain was cut or an entry deleted. */
        CHECKPOINT_MISSING_ENTRY,
        /** A checkpoint the oversight body recorded is no longer in the database. */
        CHECKPOINT_DELETED
    }

    /** The first entry that does not fit, why, and in words for a log or a terminal. */
    public record Finding(long entryId, Problem problem, String detail) {
    }

    /**
     * What the verifier trusts: the MAC keys, the public keys of the checkpoint signers (by fingerprint), the clock
     * skew allowed between entries, and checkpoints the oversight body kept on its own side (empty when none).
     */
    public record Settings(KeyRing<MacKey> keys, Map<String, PublicKey> checkpointSigners, Duration clockSkew,
            List<ChainCheckpoint> ownCheckpoints) {
    }

    /** The outcome. {@code lastCheckpoint}: the most recent checkpoint that verified. */
    public record Result(long entries, long legacyEntries, int checkpoints, Optional<Finding> firstProblem,
            long lastEntryId, String lastHash, Optional<ChainCheckpoint> lastCheckpoint, double seconds) {

        public boolean intact() {
            return firstProblem.isEmpty();
        }
    }

    private final Settings settings;
    private final List<ChainCheckpoint> checkpoints = new ArrayList<>();
    private final Set<ChainCheckpoint> stored = new HashSet<>();
    private int nextCheckpoint;
    private ChainCheckpoint lastCheckpoint;
    /** Distinct checkpoints that matched (one in the database and in the oversight body's log counts once). */
    private final Set<ChainCheckpoint> matched = new HashSet<>();

    private String previousHash = AuditEntry.GENESIS;
    private String previousKeyId;
    private Instant latest;
    private long previousId;
    private long entries;
    private long legacyEntries;

    private ChainVerifier(Settings settings) {
        this.settings = settings;
    }

    public static Result verify(Connection connection, Settings settings) throws SQLException {
        return new ChainVerifier(settings).run(connection);
    }

    private Result run(Connection connection) throws SQLException {
        long started = System.nanoTime();
        loadCheckpoints(connection);
        Optional<Finding> problem = walk(connection);
        while (problem.isEmpty() && nextCheckpoint < checkpoints.size()) {
            ChainCheckpoint beyond = checkpoints.get(nextCheckpoint++);
            problem = signatureProblem(beyond).or(() -> Optional.of(new Finding(beyond.entryId(),
                    Problem.CHECKPOINT_MISSING_ENTRY, "the checkpoint signed at " + beyond.signedAt() + " names entry "
                    + beyond.entryId() + ", but the chain ends at entry " + previousId + ": it was cut")));
        }
        return new Result(entries, legacyEntries, matched.size(), problem, previousId, previousHash,
                Optional.ofNullable(lastCheckpoint), (System.nanoTime() - started) / 1e9);
    }

    private void loadCheckpoints(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT entry_id, entry_hash, signed_at, signer, signature"
                        + " FROM audit_checkpoint ORDER BY entry_id, id")) {
            while (rows.next()) {
                ChainCheckpoint checkpoint = new ChainCheckpoint(rows.getLong(1), rows.getString(2),
                        instant(rows, 3), rows.getString(4), rows.getString(5));
                checkpoints.add(checkpoint);
                stored.add(checkpoint);
            }
        }
        checkpoints.addAll(settings.ownCheckpoints());
        checkpoints.sort(Comparator.comparingLong(ChainCheckpoint::entryId));
    }

    private Optional<Finding> walk(Connection connection) throws SQLException {
        try (PreparedStatement batch = connection.prepareStatement("SELECT id, occurred_at, username, roles, action,"
                + " object_type, object_id, child_id, purpose, client_address, request_id, details, previous_hash,"
                + " hash, key_id FROM audit_entry WHERE id > ? ORDER BY id LIMIT " + BATCH)) {
            int read;
            do {
                batch.setLong(1, previousId);
                read = 0;
                try (ResultSet rows = batch.executeQuery()) {
                    while (rows.next()) {
                        read++;
                        Optional<Finding> problem = check(rows);
                        if (problem.isPresent()) {
                            return problem;
                        }
                    }
                }
            } while (read == BATCH);
        }
        return Optional.empty();
    }

    private Optional<Finding> check(ResultSet row) throws SQLException {
        long id = row.getLong(1);
        Optional<Finding> missing = checkpointsBefore(id);
        if (missing.isPresent()) {
            return missing;
        }
        Instant occurredAt = instant(row, 2);
        long childIdValue = row.getLong(8);
        Long childId = row.wasNull() ? null : childIdValue;
        String action = row.getString(5);
        String objectId = row.getString(7);
        String content = AuditEntry.canonicalContent(occurredAt, row.getString(3), row.getString(4), action,
                row.getString(6), objectId, childId, row.getString(9), row.getString(10), row.getString(11),
                row.getString(12));
        String previous = row.getString(13);
        String hash = row.getString(14);
        String keyId = row.getString(15);
        if (!previousHash.equals(previous)) {
            return found(id, Problem.LINK, "does not link to the entry before it (" + previousId + ")");
        }
        if (keyId == null) {
            if (previousKeyId != null) {
                return found(id, Problem.UNSEALED, "has no MAC, although the chain is sealed since earlier entries");
            }
            if (!AuditEntry.hashOf(content, previous).equals(hash)) {
                return found(id, Problem.HASH, "its SHA-256 does not match its content");
            }
            legacyEntries++;
        } else {
            Optional<MacKey> key = settings.keys().find(keyId);
            if (key.isEmpty()) {
                return found(id, Problem.UNKNOWN_KEY, "is sealed with the MAC key '" + keyId
                        + "', which this verifier was not given");
            }
            if (!keyId.equals(previousKeyId)
                    && !(AuditAction.KEY_ROTATION.name().equals(action) && keyId.equals(objectId))) {
                return found(id, Problem.UNANNOUNCED_KEY, "is the first entry sealed with the key '" + keyId
                        + "' but not the key-rotation entry that opens its segment");
            }
            if (!key.get().seal(content, previous).equals(hash)) {
                return found(id, Problem.MAC, "its MAC does not match its content with the key '" + keyId + "'");
            }
        }
        if (latest != null && occurredAt.isBefore(latest.minus(settings.clockSkew()))) {
            return found(id, Problem.BACKDATED, "was recorded at " + occurredAt + ", before an earlier entry ("
                    + latest + "): back-dated");
        }
        previousHash = hash;
        previousKeyId = keyId;
        previousId = id;
        latest = latest == null || occurredAt.isAfter(latest) ? occurredAt : latest;
        entries++;
        return checkpointsAt(id, hash);
    }

    /** Checkpoints naming an id the walk has passed without meeting it: that entry is gone. */
    private Optional<Finding> checkpointsBefore(long id) {
        while (nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).entryId() < id) {
            ChainCheckpoint checkpoint = checkpoints.get(nextCheckpoint++);
            Optional<Finding> problem = signatureProblem(checkpoint);
            if (problem.isPresent()) {
                return problem;
            }
            return found(checkpoint.entryId(), Problem.CHECKPOINT_MISSING_ENTRY, "was signed in the checkpoint of "
                    + checkpoint.signedAt() + " but is no longer in the chain");
        }
        return Optional.empty();
    }

    private Optional<Finding> checkpointsAt(long id, String hash) {
        while (nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).entryId() == id) {
            ChainCheckpoint checkpoint = checkpoints.get(nextCheckpoint++);
            Optional<Finding> problem = signatureProblem(checkpoint);
            if (problem.isPresent()) {
                return problem;
            }
            if (!checkpoint.entryHash().equals(hash)) {
                return found(id, Problem.CHECKPOINT_MISMATCH, "differs from the checkpoint signed at "
                        + checkpoint.signedAt() + ": the chain up to this entry was rewritten since");
            }
            if (!stored.contains(checkpoint)) {
                return found(id, Problem.CHECKPOINT_DELETED, "was signed in the checkpoint of "
                        + checkpoint.signedAt() + ", which is no longer in the database");
            }
            matched.add(checkpoint);
            if (lastCheckpoint == null || checkpoint.signedAt().isAfter(lastCheckpoint.signedAt())) {
                lastCheckpoint = checkpoint;
            }
        }
        return Optional.empty();
    }

    private Optional<Finding> signatureProblem(ChainCheckpoint checkpoint) {
        if (checkpoint.isSignedBy(settings.checkpointSigners())) {
            return Optional.empty();
        }
        return found(checkpoint.entryId(), Problem.CHECKPOINT_SIGNATURE, "is named by a checkpoint (signed at "
                + checkpoint.signedAt() + " by " + checkpoint.signer() + ") whose signature no trusted key made");
    }

    private static Optional<Finding> found(long id, Problem problem, String why) {
        return Optional.of(new Finding(id, problem, "Entry " + id + " " + why + "."));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        // DATETIME holds UTC (the app writes it so); read as written, whatever the session's time zone.
        return row.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }
}
