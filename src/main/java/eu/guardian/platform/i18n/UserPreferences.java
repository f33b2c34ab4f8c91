package eu.guardian.platform.i18n;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** Reads and records users' own preferences. Each user only ever touches their own row (keyed by their username). */
@Stateless
public class UserPreferences {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Optional<Locale> languageOf(String username) {
        return Optional.ofNullable(em.find(UserPreference.class, username)).map(UserPreference::language);
    }

    /** The user's own time zone; empty when they follow the installation's. */
    public Optional<ZoneId> timeZoneOf(String username) {
        return Optional.ofNullable(em.find(UserPreference.class, username)).flatMap(UserPreference::timeZone);
    }

    public void chooseLanguage(String username, Locale language) {
        preferenceOf(username, language).chooseLanguage(language, clock.instant());
    }

    /**
     * Saves the user's time zone (empty: the installation's).
     *
     * @param language the language the user sees now, saved with it when they have no preference yet
     */
    public void chooseTimeZone(String username, Optional<ZoneId> zone, Locale language) {
        preferenceOf(username, language).chooseTimeZone(zone, clock.instant());
    }

    private UserPreference preferenceOf(String username, Locale language) {
        UserPreference preference = em.find(UserPreference.class, username);
        if (preference == null) {
            preference = new UserPreference(username, language, clock.instant());
            em.persist(preference);
        }
        return preference;
    }
}
