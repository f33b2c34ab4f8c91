package eu.guardian.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * What Guardian's own database account may do, granted table by table by the schema's owner after each migration:
 * read and write its tables, but only add to and read the audit trail, and only read its checkpoints. The database
 * itself then refuses any UPDATE or DELETE of an audit entry by the application, whatever its code does; the one row
 * it may update in the audit's tables is the append lock, which carries nothing (docs/audit-integrity.md).
 */
final class AccessGrants {

    /** MySQL/MariaDB error ER_NONEXISTING_TABLE_GRANT: nothing was granted on the table yet. */
    private static final int NO_SUCH_GRANT = 1147;

    private static final Logger LOG = Logger.getLogger(AccessGrants.class.getName());

    /** Tables with narrower rights than the usual read-and-write. */
    private static final Map<String, String> SPECIAL = Map.of(
            "audit_entry", "SELECT, INSERT",
            "audit_append_lock", "SELECT, UPDATE", // SELECT ... FOR UPDATE needs UPDATE on MySQL 8
            "audit_checkpoint", "SELECT",
            "flyway_schema_history", "SELECT");

    private final DataSource ownerDataSource;
    private final String appUser;

    AccessGrants(DataSource ownerDataSource, String appUser) {
        this.ownerDataSource = ownerDataSource;
        this.appUser = appUser;
    }

    void apply() {
        try (Connection connection = ownerDataSource.getConnection()) {
            String host = hostOf(connection);
            List<String> tables = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                            + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("GRANT CREATE TEMPORARY TABLES ON " + quoted(schemaOf(connection)) + ".* TO "
                        + account(host));
                for (String table : tables) {
                    revokeAll(statement, table, host);
                    statement.execute("GRANT " + SPECIAL.getOrDefault(table, "SELECT, INSERT, UPDATE, DELETE")
                            + " ON " + quoted(table) + " TO " + account(host));
                }
            }
            LOG.info(() -> "Rights of " + appUser + " granted on " + tables.size() + " tables");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the application account its rights", e);
        }
    }

    /** Revokes first, so that rights a table had before (e.g. from an earlier version) do not linger. */
    private void revokeAll(Statement statement, String table, String host) throws SQLException {
        try {
            statement.execute("REVOKE ALL PRIVILEGES ON " + quoted(table) + " FROM " + account(host));
        } catch (SQLException e) {
            if (e.getErrorCode() != NO_SUCH_GRANT) {
                throw e;
            }
        }
    }

    private String hostOf(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT host FROM mysql.user WHERE user = ? ORDER BY host = '%' DESC LIMIT 1")) {
            query.setString(1, appUser);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : "%";
            }
        } catch (SQLException noAccessToUserTable) {
            return "%";
        }
    }

    private static String schemaOf(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT DATABASE()")) {
            row.next();
            return row.getString(1);
        }
    }

    private String account(String host) {
        return "'" + appUser.replace("'", "''") + "'@'" + host.replace("'", "''") + "'";
    }

    private static String quoted(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
