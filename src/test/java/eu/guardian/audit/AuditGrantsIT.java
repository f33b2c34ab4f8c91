package eu.guardian.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Database;
import eu.guardian.testsupport.TestData;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The database itself refuses to let Guardian's account change or delete audit entries: it may only add and read. */
class AuditGrantsIT {

    @Test
    void theApplicationsAccountCanNeitherUpdateNorDeleteAuditEntries() throws Exception {
        Api.postAs("caseworker1", "/api/children", TestData.child(TestData.uniqueWord()));
        try (Connection app = Database.connect(); Statement statement = app.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE audit_entry SET username = 'mallory'"));
            assertTrue(update.getMessage().contains("denied"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("DELETE FROM audit_entry"));
            assertTrue(delete.getMessage().contains("denied"), delete.getMessage());
            assertThrows(SQLException.class, () -> statement.executeUpdate("DROP TABLE audit_entry"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("TRUNCATE TABLE audit_entry"));
            try (var rows = statement.executeQuery("SELECT COUNT(*) FROM audit_entry")) {
                assertTrue(rows.next() && rows.getLong(1) > 0, "it may read the trail");
            }
            // Checkpoints are the oversight body's: readable, never written by Guardian's account.
            assertThrows(SQLException.class, () -> statement.executeUpdate("UPDATE audit_checkpoint SET signer = 'x'"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM audit_checkpoint"));
            statement.executeQuery("SELECT COUNT(*) FROM audit_checkpoint").close();
            // The one row it may update in the audit's tables is the append lock, which carries nothing.
            try (var columns = statement.executeQuery("SELECT GROUP_CONCAT(column_name) FROM information_schema.columns"
                    + " WHERE table_schema = DATABASE() AND table_name = 'audit_append_lock'")) {
                assertTrue(columns.next());
                assertEquals("id", columns.getString(1));
            }
        }
    }
}
