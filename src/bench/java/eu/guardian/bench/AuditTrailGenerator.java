package eu.guardian.bench;

import eu.guardian.audit.AuditCommandLine;
import eu.guardian.audit.AuditEntry;
import eu.guardian.audit.MacKey;
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
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Fills the audit trail with made-up entries for issue 7's budgets (default 10 million): reads of generated children's
 * files by two thousand users over the three years before the trail's first real entry, with some changes, exports and
 * refusals. The verifier checks them like any other: they are sealed with Guardian's MAC key (GUARDIAN_AUDIT_MAC_KEY,
 * or the development stack's), and because time must never run backwards along the chain, the generated history
 * goes first: the trail is REBUILT, as the schema's owner with the audit tables locked, generated entries, then the
 * real ones re-appended in their order (re-sealed with the current key; checkpoints are dropped, they no longer fit).
 * Only for a benchmark database (deploy/run.sh --fresh starts one): audit entries can never be removed again, not even
 * by --clear, and an interrupted run loses the real entries.
 *
 * <pre>
 *   AuditTrailGenerator [--entries N] [--children C] [--if-absent] [--db-url U] [--db-user U] [--db-password P]
 * </pre>
 * The account must be the schema's owner (default the embedded database's, or DB_MIGRATION_USER/PASSWORD).
 */
public final class AuditTrailGenerator {

    static final String USER_PREFIX = "bench-user-";
    private static final int USERS = 2_000;
    private static final int BATCH = 5_000;
    private static final Duration SPAN = Duration.ofDays(3 * 365);
    private static final List<String> ROLES = List.of("caseworker", "guardian", "authority", "reception", "auditor");

    private AuditTrailGenerator() {
    }

    public static void main(String[] args) throws SQLException {
        CommandLine options = new CommandLine(args, Set.of("--entries", "--children", "--db-url", "--db-user",
                "--db-password"), Set.of("--if-absent"));
        String url = options.text("--db-url", "DB_URL", "jdbc:mysql://127.0.0.1:3307/guardian?sslMode=DISABLED");
        Loopback.requireJdbc(url);
        int entries = options.number("--entries", "BENCH_AUDIT_ENTRIES", 10_000_000, 1, 100_000_000);
        int children = options.number("--children", "BENCH_CHILDREN", DataGenerator.DEFAULT_CHILDREN, 1, 1_000_000);
        try (Connection connection = DataGenerator.connect(url,
                options.text("--db-user", "DB_MIGRATION_USER", "guardian_owner"),
                options.text("--db-password", "DB_MIGRATION_PASSWORD", "guardian-owner-dev"))) {
            long present = generatedEntries(connection);
            if (present > 0 && options.has("--if-absent")) {
                System.out.printf("The trail already holds %,d generated entries: kept.%n", present);
                return;
            }
            long started = System.nanoTime();
            append(connection, entries, children);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("Appended %,d audit entries in %.0f s (%.0f entries/s).%n", entries, seconds,
                    entries / seconds);
        }
    }

    static long generatedEntries(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM audit_entry WHERE username LIKE '"
                        + USER_PREFIX + "%'")) {
            rows.next();
            long count = rows.getLong(1);
            connection.commit();
            return count;
        }
    }

    /** The real entries, read before the rebuild (a fresh benchmark database has a few thousand at most). */
    private record Entry(Instant at, String username, String roles, String action, String objectType, String objectId,
            Long childId, String purpose, String address, String request, String details) {

        String content() {
            return AuditEntry.canonicalContent(at, username, roles, action, objectType, objectId, childId, purpose,
                    address, request, details);
        }
    }

    private static final int MOST_REAL_ENTRIES = 200_000;

    private static void append(Connection connection, int entries, int children) throws SQLException {
        MacKey key = AuditCommandLine.fromEnvironment().macKeys().current();
        SplittableRandom random = new SplittableRandom(20261128);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLES audit_entry WRITE, audit_checkpoint WRITE, audit_append_lock WRITE");
            try {
                List<Entry> real = realEntries(statement);
                Instant end = (real.isEmpty() ? Instant.now() : real.get(0).at()).minus(Duration.ofMinutes(1))
                        .truncatedTo(ChronoUnit.MICROS);
                Instant start = end.minus(SPAN);
                long stepMicros = Math.max(1, SPAN.toNanos() / 1000 / entries);
                statement.executeUpdate("DELETE FROM audit_checkpoint");
                statement.executeUpdate("DELETE FROM audit_entry");
                connection.commit();
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (occurred_at,"
                        + " username, roles, action, object_type, object_id, child_id, purpose, client_address,"
                        + " request_id, details, previous_hash, hash, key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?)")) {
                    Appender appender = new Appender(connection, insert, key);
                    appender.add(new Entry(start, "system", "", "KEY_ROTATION", "AuditTrail", key.id(), null, null,
                            null, null, "{\"previousKey\":\"generated\"}"));
                    for (int i = 0; i < entries; i++) {
                        appender.add(generated(random, start.plus(i * stepMicros, ChronoUnit.MICROS), children));
                        if ((i + 1) % 500_000 == 0) {
                            System.out.printf("  %,d entries%n", i + 1);
                        }
                    }
                    for (Entry entry : real) {
                        appender.add(entry);
                    }
                    appender.flush();
                    System.out.printf("  and the %,d real entries after them%n", real.size());
                }
            } finally {
                statement.execute("UNLOCK TABLES");
            }
        }
    }

    private static Entry generated(SplittableRandom random, Instant at, int children) {
        int user = random.nextInt(USERS);
        long childId = GeneratedRange.FIRST_ID + random.nextInt(children);
        int kind = random.nextInt(100);
        String action = kind < 85 ? "READ" : kind < 95 ? "UPDATE" : kind < 98 ? "CREATE" : "EXPORT";
        return new Entry(at, USER_PREFIX + user, ROLES.get(user % ROLES.size()), action,
                kind < 95 ? "Child" : kind < 98 ? "Guardianship" : "AuditTrail", String.valueOf(childId), childId,
                null, "10.0." + (user % 250) + "." + (user / 250 + 1), Long.toHexString(random.nextLong()),
                "UPDATE".equals(action) ? "{\"region\":[\"North\",\"South\"]}" : null);
    }

    private static List<Entry> realEntries(Statement statement) throws SQLException {
        List<Entry> real = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT occurred_at, username, roles, action, object_type,"
                + " object_id, child_id, purpose, client_address, request_id, details FROM audit_entry ORDER BY id")) {
            while (rows.next()) {
                if (real.size() == MOST_REAL_ENTRIES) {
                    throw new IllegalStateException("The trail already holds more than " + MOST_REAL_ENTRIES
                            + " entries: generate into a fresh benchmark database (deploy/run.sh --fresh)");
                }
                long childId = rows.getLong(7);
                real.add(new Entry(rows.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                        rows.wasNull() ? null : childId, rows.getString(8), rows.getString(9), rows.getString(10),
                        rows.getString(11)));
            }
        }
        return real;
    }

    /** Appends sealed entries in batches, each batch committed: an interrupted run leaves a shorter, intact chain. */
    private static final class Appender {

        private final Connection connection;
        private final PreparedStatement insert;
        private final MacKey key;
        private String previous = AuditEntry.GENESIS;
        private int pending;

        Appender(Connection connection, PreparedStatement insert, MacKey key) {
            this.connection = connection;
            this.insert = insert;
            this.key = key;
        }

        void add(Entry entry) throws SQLException {
            String hash = key.seal(entry.content(), previous);
            insert.setObject(1, LocalDateTime.ofInstant(entry.at(), ZoneOffset.UTC));
            insert.setString(2, entry.username());
            insert.setString(3, entry.roles());
            insert.setString(4, entry.action());
            insert.setString(5, entry.objectType());
            insert.setString(6, entry.objectId());
            insert.setObject(7, entry.childId());
            insert.setString(8, entry.purpose());
            insert.setString(9, entry.address());
            insert.setString(10, entry.request());
            insert.setString(11, entry.details());
            insert.setString(12, previous);
            insert.setString(13, hash);
            insert.setString(14, key.id());
            insert.addBatch();
            previous = hash;
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            insert.executeBatch();
            connection.commit();
            pending = 0;
        }
    }
}
