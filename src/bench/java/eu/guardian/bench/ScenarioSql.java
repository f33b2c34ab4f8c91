package eu.guardian.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The SQL that Guardian runs for each API scenario, as MariaDB's general log showed it (2026-12-03), run here through
 * JDBC in one transaction per request like the app: the floor below which no request of that scenario can go. The
 * bearer token's revocation check is left out (it is in the no-op request's floor), and so is the child file's INSERT
 * of its audit entry (it would add to the chain); its lock on the chain's head and the head's read are in.
 */
final class ScenarioSql {

    /** The children list's columns with the current guardian's name, as ChildSearch asks for them. */
    private static final String LIST_COLUMNS = "SELECT c.id, c.case_number, c.given_names, c.family_name, "
            + "c.latin_given_names, c.latin_family_name, c.birth_date, c.nationality_kind, c.nationality_code, "
            + "c.status, c.identified_on, c.guardian_due_on, c.awaiting_guardian, (SELECT cgu.name FROM guardianship cg "
            + "JOIN guardian cgu ON cgu.id = cg.guardian_id WHERE cg.child_id = c.id AND (cg.appointed_on <= ? AND "
            + "(cg.ended_on IS NULL OR cg.ended_on > ?)) ORDER BY cg.kind = 'FULL' DESC LIMIT 1) AS guardian_name "
            + "FROM child c WHERE ";
    private static final String NAME_CONDITION = "EXISTS (SELECT 1 FROM child_name_token t WHERE t.child_id = c.id "
            + "AND t.token LIKE ?) AND ";
    private static final List<String> FILE_PARTS = List.of(
            "SELECT family_name, given_names, position, child_id FROM child_name_transliteration WHERE child_id = ?",
            "SELECT t0.alias, t0.alias_order FROM child_alias t0 WHERE t0.child_id = ?",
            "SELECT ID, assessed_on, maximum_age, method, minimum_age, notes, recorded_at, recorded_by, child_id "
                    + "FROM age_assessment WHERE child_id = ? ORDER BY assessed_on ASC",
            "SELECT t0.country_code FROM child_citizenship t0 WHERE t0.child_id = ?",
            "SELECT t0.language_code FROM child_language t0 WHERE t0.child_id = ?",
            "SELECT ID, kind, valid_from, valid_to, child_id FROM legal_status WHERE child_id = ? ORDER BY valid_from ASC",
            "SELECT ID, ended_on, kind, place, region, started_on, centre_id, child_id FROM placement WHERE child_id = ? "
                    + "ORDER BY started_on ASC");

    private ScenarioSql() {
    }

    /** The children list: one page of 25 and the capped count, optionally with a name prefix. */
    static void childrenPage(Connection connection, String namePrefix) throws SQLException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String condition = (namePrefix == null ? "" : NAME_CONDITION) + "c.status = 'OPEN'";
        try (PreparedStatement page = connection.prepareStatement(LIST_COLUMNS + condition
                + " ORDER BY c.id ASC LIMIT 25 OFFSET 0");
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM (SELECT 1 FROM child c "
                        + "WHERE " + condition + " LIMIT 10000) matches")) {
            page.setDate(1, Date.valueOf(today));
            page.setDate(2, Date.valueOf(today));
            if (namePrefix != null) {
                page.setString(3, namePrefix + "%");
                count.setString(1, namePrefix + "%");
            }
            drain(page);
            drain(count);
        }
        connection.commit();
    }

    /** A child's file: the child, its seven collections, its care centre, and the audit chain's head (locked). */
    static void childFile(Connection connection, long childId) throws SQLException {
        long centre = 0;
        try (PreparedStatement child = connection.prepareStatement("SELECT * FROM child WHERE ID = ?")) {
            child.setLong(1, childId);
            try (ResultSet row = child.executeQuery()) {
                if (row.next()) {
                    centre = row.getLong("current_centre_id");
                }
            }
        }
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT id FROM audit_append_lock WHERE id = 1 FOR UPDATE");
                PreparedStatement head = connection.prepareStatement(
                        "SELECT hash, key_id FROM audit_entry ORDER BY id DESC LIMIT 1 LOCK IN SHARE MODE")) {
            drain(lock);
            drain(head);
        }
        for (String part : FILE_PARTS) {
            try (PreparedStatement query = connection.prepareStatement(part)) {
                query.setLong(1, childId);
                drain(query);
            }
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT ID, active, kind, municipality, name, region, VERSION FROM care_centre WHERE ID = ?")) {
            query.setLong(1, centre);
            drain(query);
        }
        connection.commit();
    }

    /** The awaiting-guardian queue: its setting, a page of 25 by deadline, the count, the page's guardianships. */
    static void queuePage(Connection connection) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement setting = connection.prepareStatement(
                "SELECT name, updated_at, updated_by, value FROM setting WHERE name = 'guardianship.due-soon-days'");
                PreparedStatement page = connection.prepareStatement("SELECT c.* FROM child c WHERE c.status = 'OPEN' "
                        + "AND c.awaiting_guardian = TRUE ORDER BY c.guardian_due_on, c.id LIMIT 25 OFFSET 0");
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM child c WHERE "
                        + "c.status = 'OPEN' AND c.awaiting_guardian = TRUE")) {
            drain(setting);
            try (ResultSet rows = page.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong("id"));
                }
            }
            drain(count);
        }
        if (!ids.isEmpty()) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            String in = String.join(",", ids.stream().map(id -> "?").toList());
            try (PreparedStatement current = connection.prepareStatement("SELECT t0.ID FROM child t0, guardianship t1 "
                    + "WHERE t1.child_id IN (" + in + ") AND t1.appointed_on <= ? AND (t1.ended_on IS NULL OR "
                    + "t1.ended_on > ?) AND t0.ID = t1.child_id")) {
                int index = 1;
                for (long id : ids) {
                    current.setLong(index++, id);
                }
                current.setDate(index++, Date.valueOf(today));
                current.setDate(index, Date.valueOf(today));
                drain(current);
            }
        }
        connection.commit();
    }

    static long randomChild(RandomGenerator random, int children) {
        return GeneratedRange.FIRST_ID + random.nextInt(children);
    }

    /** Reads every column of every row, as the app's mapping does. */
    private static void drain(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    rows.getObject(column);
                }
            }
        }
    }
}
