package eu.guardian.testsupport;

import eu.guardian.stack.GuardianStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** A direct connection to Guardian's database, with the settings the app itself uses (UTC, UTF-8). */
public final class Database {

    private Database() {
    }

    /** As Guardian's own account, with the rights the application has. */
    public static Connection connect() throws SQLException {
        GuardianStack stack = GuardianStack.shared();
        return connect(stack.databaseUser(), stack.databasePassword());
    }

    /** As the schema's owner: privileged, e.g. to tamper with the audit trail on purpose. */
    public static Connection connectAsOwner() throws SQLException {
        GuardianStack stack = GuardianStack.shared();
        return connect(stack.databaseOwner(), stack.databaseOwnerPassword());
    }

    private static Connection connect(String user, String password) throws SQLException {
        GuardianStack stack = GuardianStack.shared();
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectionTimeZone", "UTC");
        properties.setProperty("forceConnectionTimeZoneToSession", "true");
        properties.setProperty("characterEncoding", "UTF-8");
        return DriverManager.getConnection(stack.databaseUrl(), properties);
    }
}
