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

    public static Connection connect() throws SQLException {
        GuardianStack stack = GuardianStack.shared();
        Properties properties = new Properties();
        properties.setProperty("user", stack.databaseUser());
        properties.setProperty("password", stack.databasePassword());
        properties.setProperty("connectionTimeZone", "UTC");
        properties.setProperty("forceConnectionTimeZoneToSession", "true");
        properties.setProperty("characterEncoding", "UTF-8");
        return DriverManager.getConnection(stack.databaseUrl(), properties);
    }
}
