package eu.guardian.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * {@code --clear}: deletes the generated rows (ids in {@link GeneratedRange}) and everything that hangs off them,
 * children first, then guardians, then the generated care centres that nothing else uses any more. Rows the app
 * created itself are left alone, except appointments of generated guardians, which cannot outlive them, and visits (with
 * their concerns and notifications) that the visit benchmark logged for generated children.
 */
final class GeneratedDataRemoval {

    private static final String CHILD_IN_RANGE = "child_id >= ? AND child_id < ?";
    private static final String GUARDIAN_IN_RANGE = "guardian_id >= ? AND guardian_id < ?";
    private static final String ID_IN_RANGE = "id >= ? AND id < ?";

    private final Connection connection;

    GeneratedDataRemoval(Connection connection) {
        this.connection = connection;
    }

    void removeAll() throws SQLException {
        removeVisits();
        delete("guardianship", CHILD_IN_RANGE);
        delete("guardianship", GUARDIAN_IN_RANGE);
        for (String table : new String[] {"child_name_token", "child_name_transliteration", "child_alias",
                "child_citizenship", "child_language", "age_assessment", "legal_status", "placement"}) {
            delete(table, CHILD_IN_RANGE);
        }
        delete("child", ID_IN_RANGE);
        for (String table : new String[] {"guardian_language", "guardian_training", "guardian_conflict"}) {
            delete(table, GUARDIAN_IN_RANGE);
        }
        delete("guardian", ID_IN_RANGE);
        removeUnusedCentres();
        recountOtherGuardiansLoads();
    }

    /** Generated visits and the ones the visit benchmark logged for generated children, with all that hangs off them. */
    private void removeVisits() throws SQLException {
        String ofGeneratedChildsVisit = "visit_id IN (SELECT id FROM visit WHERE " + CHILD_IN_RANGE + ")";
        for (String table : new String[] {"visit_topic", "visit_addendum"}) {
            delete(table, ofGeneratedChildsVisit);
        }
        for (String table : new String[] {"visit_follow_up", "interpreter_log", "concern", "contact_schedule",
                "notification", "role_notification", "visit"}) {
            delete(table, CHILD_IN_RANGE);
        }
    }

    /** The demo guardian the visit benchmark gave generated wards has them no more. */
    private void recountOtherGuardiansLoads() throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE guardian g SET current_load = (SELECT COUNT(*) FROM guardianship s
                    WHERE s.guardian_id = g.id AND s.ended_on IS NULL)
                WHERE g.id < ?""")) {
            update.setLong(1, GeneratedRange.FIRST_ID);
            update.executeUpdate();
        }
    }

    private void delete(String table, String condition) throws SQLException {
        long started = System.nanoTime();
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE " + condition)) {
            delete.setLong(1, GeneratedRange.FIRST_ID);
            delete.setLong(2, GeneratedRange.END_ID);
            int deleted = delete.executeUpdate();
            System.out.printf("  %-18s %,9d rows deleted (%.1f s)%n", table, deleted, seconds(started));
        }
    }

    /** A generated centre where the app has since placed a child (or staff) stays: deleting it would break a case. */
    private void removeUnusedCentres() throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("""
                DELETE FROM care_centre WHERE id >= ? AND id < ?
                  AND NOT EXISTS (SELECT 1 FROM placement p WHERE p.centre_id = care_centre.id)
                  AND NOT EXISTS (SELECT 1 FROM child c WHERE c.current_centre_id = care_centre.id)
                  AND NOT EXISTS (SELECT 1 FROM guardian_conflict g WHERE g.centre_id = care_centre.id)
                  AND NOT EXISTS (SELECT 1 FROM centre_staff s WHERE s.centre_id = care_centre.id)""")) {
            delete.setLong(1, GeneratedRange.FIRST_CENTRE_ID);
            delete.setLong(2, GeneratedRange.END_CENTRE_ID);
            System.out.printf("  %-18s %,9d rows deleted%n", "care_centre", delete.executeUpdate());
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
