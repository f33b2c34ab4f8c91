package eu.guardian.platform.i18n;

import eu.guardian.platform.settings.Settings;
import eu.guardian.platform.time.TimeZones;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Points in time as the reader sees and types them: in their time zone (their own, else the installation's) with
 * their language's date pattern. Instants are stored in UTC; only pages convert (docs/languages.md). Pages use it as
 * {@code #{localTimes.at(instant)}}; view beans convert typed local date-times with {@link #instant(LocalDateTime)}.
 */
@Named
@RequestScoped
public class LocalTimes {

    @Inject
    TimeZoneSelection selection;

    @Inject
    LanguageSelection language;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    private ZoneId zone;

    /** The reader's time zone. */
    public ZoneId zone() {
        if (zone == null) {
            zone = selection.own().orElseGet(settings::timeZone);
        }
        return zone;
    }

    /** The zone's id as a label can show it, e.g. "Europe/Berlin" or "UTC". */
    public String getZoneId() {
        return TimeZones.idOf(zone());
    }

    /** Date and time, e.g. 28/11/2026 10:15; empty for none. */
    public String at(Instant instant) {
        return format(instant, "dateTime.pattern");
    }

    /** Date and time to the second, e.g. 28/11/2026 10:15:07 (the audit trail). */
    public String atSecond(Instant instant) {
        return format(instant, "dateTime.secondsPattern");
    }

    /** The reader's day of the instant, e.g. 28/11/2026. */
    public String day(Instant instant) {
        return format(instant, "date.pattern");
    }

    /** The instant as the reader's wall-clock time, to fill a date-time input. */
    public LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone());
    }

    /** Now, to the minute, as a new entry's date-time input starts. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(zone())).truncatedTo(ChronoUnit.MINUTES);
    }

    /**
     * The instant a typed wall-clock time means in the reader's zone. In the hour the clocks go back, the earlier of
     * the two; a time the clocks skip is moved forward by the gap (java.time's rules).
     */
    public Instant instant(LocalDateTime typed) {
        return typed == null ? null : typed.atZone(zone()).toInstant();
    }

    /** Where the reader's day begins, e.g. to filter "from this day". */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }

    /** Today in the reader's zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    private String format(Instant instant, String patternKey) {
        if (instant == null) {
            return "";
        }
        Locale reader = language.getLocale();
        return DateTimeFormatter.ofPattern(Messages.text(reader, patternKey, List.of()), reader).withZone(zone())
                .format(instant);
    }
}
