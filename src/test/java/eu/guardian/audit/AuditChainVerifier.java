package eu.guardian.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The command-line verifier of the audit trail ({@code deploy/verify-audit.sh}): reads the whole chain straight from
 * the database, streaming, recomputes every hash with Guardian's own canonical form, and names the first entry that
 * does not fit. Independent of the running application, so an inspectorate can run it against a copy of the database.
 */
public final class AuditChainVerifier {

    /** The outcome: entries checked, and the id of the first broken one (0 when the chain is intact). */
    public record Result(long entries, long firstBrokenId, double seconds) {
        public boolean intact() {
            return firstBrokenId == 0;
        }
    }

    private AuditChainVerifier() {
    }

    public static Result verify(Connection connection) throws SQLException {
        long started = System.nanoTime();
        String expectedPrevious = AuditEntry.GENESIS;
        long checked = 0;
        long lastId = 0;
        try (Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(Integer.MIN_VALUE); // Connector/J: stream rows instead of loading them all
            try (ResultSet rows = statement.executeQuery("SELECT id, occurred_at, username, roles, action,"
                    + " object_type, object_id, child_id, purpose, client_address, request_id, details, previous_hash,"
                    + " hash FROM audit_entry ORDER BY id")) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    long childIdValue = rows.getLong(8);
                    Long childId = rows.wasNull() ? null : childIdValue;
                    String content = AuditEntry.canonicalContent(
                            rows.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                            childId, rows.getString(9), rows.getString(10),
                            rows.getString(11), rows.getString(12));
                    String previous = rows.getString(13);
                    if (!expectedPrevious.equals(previous)
                            || !AuditEntry.hashOf(content, previous).equals(rows.getString(14))) {
                        return new Result(checked, id, seconds(started));
                    }
                    expectedPrevious = rows.getString(14);
                    lastId = id;
                    checked++;
                }
            }
            try (ResultSet head = statement.executeQuery("SELECT last_hash FROM audit_chain_head WHERE id = 1")) {
                boolean headFits = head.next() && expectedPrevious.equals(head.getString(1));
                return new Result(checked, headFits ? 0 : Math.max(lastId, 1), seconds(started));
            }
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    public static void main(String[] args) throws SQLException {
        Map<String, String> env = System.getenv();
        String url = env.getOrDefault("DB_URL", "jdbc:mysql://127.0.0.1:" + env.getOrDefault("DB_PORT", "3307")
                + "/guardian?sslMode=DISABLED");
        try (Connection connection = DriverManager.getConnection(url, env.getOrDefault("DB_USER", "guardian"),
                env.getOrDefault("DB_PASSWORD", "guardian-dev"))) {
            connection.createStatement().execute("SET time_zone = '+00:00'");
            Result result = verify(connection);
            System.out.printf("%d entries checked in %.1f s (%.0f entries/s): %s%n", result.entries(),
                    result.seconds(), result.entries() / Math.max(result.seconds(), 1e-9),
                    result.intact() ? "the chain is intact" : "BROKEN at entry " + result.firstBrokenId());
            System.exit(result.intact() ? 0 : 1);
        }
    }
}
