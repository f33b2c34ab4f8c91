package eu.guardian.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The database keeps exactly what Guardian writes: names in any script and timestamps to the microsecond (MariaDB
 * 10.x with Connector/J would silently drop the fraction, docs/stack-notes.md#fractional-seconds). Uses the app's
 * connection settings.
 */
class DatabaseRoundTripIT {

    private static final List<String> NAMES = List.of(
            "محمد عبد الله",          // Arabic
            "ሰላም ተስፋማርያም",          // Tigrinya (Ge'ez script)
            "ښکلې ځدراڼ",             // Pashto, with letters Arabic lacks
            "Zoë 👧🏽 Ñúñez");         // Latin with diacritics and an emoji (4-byte UTF-8)

    @Test
    void namesInAnyScriptAndMicrosecondTimestampsReadBackEqual() throws Exception {
        OffsetDateTime written = OffsetDateTime.of(2026, 11, 28, 12, 0, 0, 123_456_000, ZoneOffset.UTC);
        try (Connection connection = Database.connect(); Statement statement = connection.createStatement()) {
            // A temporary table takes the schema's defaults, which are what Guardian's own tables get.
            statement.execute("CREATE TEMPORARY TABLE round_trip (id INT PRIMARY KEY, name VARCHAR(200) NOT NULL,"
                    + " happened_at DATETIME(6) NOT NULL)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO round_trip VALUES (?, ?, ?)")) {
                for (int i = 0; i < NAMES.size(); i++) {
                    insert.setInt(1, i);
                    insert.setString(2, NAMES.get(i));
                    insert.setObject(3, written.toLocalDateTime());
                    insert.executeUpdate();
                }
            }
            List<String> readNames = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT name, happened_at FROM round_trip ORDER BY id")) {
                while (rows.next()) {
                    readNames.add(rows.getString(1));
                    assertEquals(written.toLocalDateTime(), rows.getObject(2, LocalDateTime.class));
                }
            }
            assertEquals(NAMES, readNames);
        }
    }

    @Test
    void everyTableOfGuardianIsUtf8mb4() throws Exception {
        try (Connection connection = Database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT table_name, table_collation FROM"
                        + " information_schema.tables WHERE table_schema = DATABASE()")) {
            int tables = 0;
            while (rows.next()) {
                tables++;
                assertTrue(rows.getString(2).startsWith("utf8mb4"), rows.getString(1) + " is " + rows.getString(2));
            }
            assertTrue(tables >= 3, "Flyway created Guardian's tables");
        }
    }
}
