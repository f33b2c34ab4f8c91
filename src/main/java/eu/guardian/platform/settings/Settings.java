package eu.guardian.platform.settings;

import eu.guardian.platform.reference.ReferenceDataChanged;
import eu.guardian.platform.time.TimeZones;
import eu.guardian.platform.time.WorkingDayCalendar;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** Reads the settings every rule uses, and lets the administrator change them. */
@Stateless
public class Settings {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** Every change, with its old and new value, for the audit trail (which observes it; platform knows no audit). */
    @Inject
    Event<ReferenceDataChanged> changed;

    @Inject
    RecentSettings recent;

    /** The installation's time zone: users who chose none see and type times in it (docs/languages.md). */
    public static final String TIME_ZONE = "installation.time-zone";

    @PermitAll
    public int value(SettingKey key) {
        return stored(key.key()).map(Integer::valueOf).orElse(key.defaultValue());
    }

    /** The calendar of working days, public holidays from the configured list (a few hundred rows at most). */
    @PermitAll
    public WorkingDayCalendar workingDays() {
        List<LocalDate> holidays = em.createQuery("SELECT h.day FROM PublicHoliday h", LocalDate.class)
                .setHint("eclipselink.query-results-cache", true).getResultList();
        return new WorkingDayCalendar(new HashSet<>(holidays));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void change(SettingKey key, int value) {
        if (!key.accepts(value)) {
            throw new InvalidInput("value", "validation.between", key.minimum(), key.maximum());
        }
        recent.forget(key.key()); // the old value for the trail, as stored
        int before = value(key);
        Setting setting = em.find(Setting.class, key.key());
        String by = currentUser.getName();
        if (setting == null) {
            em.persist(new Setting(key, Integer.toString(value), by, clock.instant()));
        } else {
            setting.change(Integer.toString(value), by, clock.instant());
        }
        recent.forget(key.key()); // the old value was just kept: the page shown after saving reads the new one
        changed.fire(new ReferenceDataChanged(setting == null, "Setting", key.key(),
                List.of(new ReferenceDataChanged.Field("value", before, value))));
    }

    /** How many settings (the time zone among them) were changed at or after {@code since}: rows exist once changed. */
    @RolesAllowed(Role.Names.ADMIN)
    public long changedSince(java.time.Instant since) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM setting WHERE updated_at >= ?")
                .setParameter(1, java.sql.Timestamp.from(since)).getSingleResult()).longValue();
    }

    /** The installation's time zone; UTC until the administrator chooses one. */
    @PermitAll
    public ZoneId timeZone() {
        return stored(TIME_ZONE).flatMap(TimeZones::parse).orElse(TimeZones.DEFAULT);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public ZoneId changeTimeZone(String id) {
        ZoneId zone = TimeZones.parse(id).orElseThrow(() -> new InvalidInput("timeZone", "validation.timeZone"));
        String value = TimeZones.idOf(zone);
        recent.forget(TIME_ZONE);
        Setting setting = em.find(Setting.class, TIME_ZONE);
        changed.fire(new ReferenceDataChanged(setting == null, "Setting", TIME_ZONE,
                List.of(new ReferenceDataChanged.Field("value", TimeZones.idOf(timeZone()), value))));
        if (setting == null) {
            em.persist(new Setting(TIME_ZONE, value, currentUser.getName(), clock.instant()));
        } else {
            setting.change(value, currentUser.getName(), clock.instant());
        }
        recent.forget(TIME_ZONE); // timeZone() above kept the old one
        return zone;
    }

    /** A stored value, as read at most a few seconds ago (RecentSettings). */
    private Optional<String> stored(String name) {
        return recent.value(name, n -> Optional.ofNullable(em.find(Setting.class, n)).map(Setting::value));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void addPublicHoliday(LocalDate day, String name) {
        if (em.find(PublicHoliday.class, day) != null) {
            throw new InvalidInput("day", "validation.holidayExists");
        }
        em.persist(new PublicHoliday(day, name));
        changed.fire(new ReferenceDataChanged(true, "PublicHoliday", day.toString(),
                List.of(new ReferenceDataChanged.Field("name", null, name))));
    }

    @PermitAll
    public List<PublicHoliday> publicHolidays() {
        return em.createQuery("SELECT h FROM PublicHoliday h ORDER BY h.day", PublicHoliday.class).getResultList();
    }
}
