package eu.guardian.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.guardian.stack.GuardianStack;
import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Tampering with the audit trail on purpose, the way an attacker with a database account would, without harming the
 * chain the other tests share: while a test tampers, the schema's owner holds the append lock (Guardian appends
 * nothing meanwhile), and afterwards it removes what the test added, so the shared chain stays intact.
 */
final class ChainTampering implements AutoCloseable {

    /** The chain's last entry as the database has it. */
    record LastEntry(long id, String hash, Instant occurredAt, String keyId) {
    }

    private final Connection lockHolder;
    private final Connection owner;
    private final long lastIdBefore;

    private ChainTampering() throws SQLException {
        lockHolder = Database.connectAsOwner();
        lockHolder.setAutoCommit(false);
        try (Statement lock = lockHolder.createStatement()) {
            lock.executeQuery("SELECT id FROM audit_append_lock WHERE id = 1 FOR UPDATE").close();
        }
        owner = Database.connectAsOwner();
        lastIdBefore = last().id();
    }

    /** Holds the append lock until closed. */
    static ChainTampering pauseAppends() throws SQLException {
        return new ChainTampering();
    }

    /** The schema owner's connection (autocommit): may change anything, e.g. to repair. */
    Connection owner() {
        return owner;
    }

    LastEntry last() throws SQLException {
        try (Statement statement = owner.createStatement(); ResultSet row = statement.executeQuery(
                "SELECT id, hash, occurred_at, key_id FROM audit_entry ORDER BY id DESC LIMIT 1")) {
            row.next();
            return new LastEntry(row.getLong(1), row.getString(2),
                    row.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC), row.getString(4));
        }
    }

    /** The canonical content of the made-up entries the tests insert (a read of no child by "mallory"). */
    static String content(Instant at) {
        return AuditEntry.canonicalContent(at, "mallory", "caseworker", "READ", "Child", "1", null, null, null, null,
                null);
    }

    /**
     * Inserts an entry with the given link, hash and key id (none: a legacy-style entry, inserted without naming
     * the column at all), as the given connection, committed at once; returns its id.
     */
    static long insert(Connection connection, Instant at, String previousHash, String hash, String keyId)
            throws SQLException {
        String columns = "occurred_at, username, roles, action, object_type, object_id, previous_hash, hash";
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (" + columns
                + (keyId == null ? "" : ", key_id") + ") VALUES (?, 'mallory', 'caseworker', 'READ', 'Child', '1', ?, ?"
                + (keyId == null ? "" : ", ?") + ")", Statement.RETURN_GENERATED_KEYS)) {
            insert.setObject(1, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.setString(2, previousHash);
            insert.setString(3, hash);
            if (keyId != null) {
                insert.setString(4, keyId);
            }
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    /** Removes what the test added after the chain's end (and checkpoints naming it), then lets appends go on. */
    @Override
    public void close() throws SQLException {
        try {
            for (String table : new String[] {"audit_checkpoint WHERE entry_id", "audit_entry WHERE id"}) {
                try (PreparedStatement delete = owner.prepareStatement("DELETE FROM " + table + " > ?")) {
                    delete.setLong(1, lastIdBefore);
                    delete.executeUpdate();
                }
            }
            owner.close();
            lockHolder.commit();
        } finally {
            lockHolder.close();
        }
    }

    /** The development MAC key Guardian runs with in the test stack (as someone who stole it would hold it). */
    static MacKey stolenMacKey() {
        Map<String, String> keys = developmentKeys();
        return MacKey.of(keys.get(DevelopmentAuditKeys.MAC_KEY_ID), keys.get(DevelopmentAuditKeys.MAC_KEY));
    }

    static Map<String, String> developmentKeys() {
        try {
            return DevelopmentAuditKeys.read(GuardianStack.shared().auditKeysFolder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the oversight body's commands read: the test database and the test stack's keys. */
    static Map<String, String> commandEnvironment() {
        GuardianStack stack = GuardianStack.shared();
        Map<String, String> environment = new HashMap<>(developmentKeys());
        environment.put("DB_URL", stack.databaseUrl());
        environment.put("DB_USER", stack.databaseUser());
        environment.put("DB_PASSWORD", stack.databasePassword());
        environment.put("DB_CHECKPOINT_USER", stack.databaseOwner());
        environment.put("DB_CHECKPOINT_PASSWORD", stack.databaseOwnerPassword());
        return environment;
    }

    /** The command-line verifier's verdict, as deploy/verify-audit.sh reaches it. */
    static ChainVerifier.Result verifyAsOversight() throws SQLException {
        AuditCommandLine command = AuditCommandLine.of(commandEnvironment());
        try (Connection connection = Database.connect()) {
            return ChainVerifier.verify(connection, command.verifierSettings());
        }
    }

    /** {@code GET /api/audit/verify} as the auditor. */
    static Map<String, Object> verifyThroughApi() {
        Api.Reply reply = Api.getAs("auditor1", "/api/audit/verify");
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }
}
