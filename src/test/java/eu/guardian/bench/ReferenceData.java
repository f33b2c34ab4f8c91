package eu.guardian.bench;

import eu.guardian.platform.time.WorkingDayCalendar;
import eu.guardian.platform.settings.SettingKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the generator reads from the database before writing: the reference codes it must stay within, and the
 * deadline settings and public holidays, so that generated due dates are the ones Guardian itself would compute.
 */
final class ReferenceData {

    private final Set<String> countryCodes;
    private final Set<String> languageCodes;
    private final WorkingDayCalendar calendar;
    private final Connection connection;

    private ReferenceData(Connection connection) throws SQLException {
        this.connection = connection;
        this.countryCodes = strings("SELECT code FROM country");
        this.languageCodes = strings("SELECT code FROM language");
        Set<LocalDate> holidays = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT day FROM public_holiday");
                ResultSet result = query.executeQuery()) {
            while (result.next()) {
                holidays.add(result.getObject(1, LocalDate.class));
            }
        }
        this.calendar = new WorkingDayCalendar(holidays);
    }

    static ReferenceData load(Connection connection) throws SQLException {
        return new ReferenceData(connection);
    }

    WorkingDayCalendar calendar() {
        return calendar;
    }

    /** The setting's value in the database, else Guardian's default for it. */
    int setting(SettingKey key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT value FROM setting WHERE name = ?")) {
            query.setString(1, key.key());
            try (ResultSet result = query.executeQuery()) {
                return result.next() ? Integer.parseInt(result.getString(1).trim()) : key.defaultValue();
            }
        }
    }

    /** Fails early, with the missing codes, rather than on a foreign key in the middle of a million rows. */
    void requireCodes(Set<String> countries, Set<String> languages) {
        Set<String> missing = new TreeSet<>();
        countries.stream().filter(code -> !countryCodes.contains(code)).map(code -> "country " + code)
                .forEach(missing::add);
        languages.stream().filter(code -> !languageCodes.contains(code)).map(code -> "language " + code)
                .forEach(missing::add);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Reference data lacks codes the generator uses: " + missing);
        }
    }

    private Set<String> strings(String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet result = query.executeQuery()) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }
}
