package eu.guardian.bench;

import eu.guardian.audit.AuditEntry;
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
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Appends made-up entries to the audit trail for issue 7's budgets (default 10 million): reads of generated children's
 * files by two thousand users over three years, with some changes, exports and refusals. They continue the real hash
 * chain (the verifier checks them like any other), written as the schema's owner with both audit tables locked, so that
 * nothing else can append in between. Being audit entries they can never be removed again, not even by --clear: use a
 * benchmark database (deploy/run.sh --fresh starts one afresh).
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

    private static void append(Connection connection, int entries, int children) throws SQLException {
        SplittableRandom random = new SplittableRandom(20261128);
        Instant end = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MICROS);
        Instant start = end.minus(SPAN);
        long stepMicros = Math.max(1, SPAN.toNanos() / 1000 / entries);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLES audit_entry WRITE, audit_chain_head WRITE");
            try {
                String previous;
                try (ResultSet head = statement.executeQuery("SELECT last_hash FROM audit_chain_head WHERE id = 1")) {
                    head.next();
                    previous = head.getString(1);
                }
                try (PreparedStatement head = connection.prepareStatement(
                        "UPDATE audit_chain_head SET last_hash = ? WHERE id = 1");
                        PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (occurred_at,"
                        + " username, roles, action, object_type, object_id, child_id, purpose, client_address,"
                        + " request_id, details, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < entries; i++) {
                        Instant at = start.plus(i * stepMicros, ChronoUnit.MICROS);
                        int user = random.nextInt(USERS);
                        String username = USER_PREFIX + user;
                        String roles = ROLES.get(user % ROLES.size());
                        long childId = GeneratedRange.FIRST_ID + random.nextInt(children);
                        int kind = random.nextInt(100);
                        String action = kind < 85 ? "READ" : kind < 95 ? "UPDATE" : kind < 98 ? "CREATE" : "EXPORT";
                        String objectType = kind < 95 ? "Child" : kind < 98 ? "Guardianship" : "AuditTrail";
                        String details = "UPDATE".equals(action) ? "{\"region\":[\"North\",\"South\"]}" : null;
                        String address = "10.0." + (user % 250) + "." + (user / 250 + 1);
                        String request = Long.toHexString(random.nextLong());
                        String objectId = String.valueOf(childId);
                        String hash = AuditEntry.hashOf(AuditEntry.canonicalContent(at, username, roles, action,
                                objectType, objectId, childId, null, address, request, details), previous);
                        insert.setObject(1, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
                        insert.setString(2, username);
                        insert.setString(3, roles);
                        insert.setString(4, action);
                        insert.setString(5, objectType);
                        insert.setString(6, objectId);
                        insert.setLong(7, childId);
                        insert.setString(8, address);
                        insert.setString(9, request);
                        insert.setString(10, details);
                        insert.setString(11, previous);
                        insert.setString(12, hash);
                        insert.addBatch();
                        previous = hash;
                        if ((i + 1) % BATCH == 0 || i + 1 == entries) {
                            // The head moves with every commit: an interrupted run leaves an intact, shorter chain.
                            insert.executeBatch();
                            head.setString(1, previous);
                            head.executeUpdate();
                            connection.commit();
                            if ((i + 1) % 500_000 == 0) {
                                System.out.printf("  %,d entries%n", i + 1);
                            }
                        }
                    }
                }
            } finally {
                statement.execute("UNLOCK TABLES");
            }
        }
    }
}
