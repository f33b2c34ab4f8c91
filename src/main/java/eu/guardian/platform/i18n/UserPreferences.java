package eu.guardian.platform.i18n;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
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

    public void chooseLanguage(String username, Locale language) {
        UserPreference preference = em.find(UserPreference.class, username);
        if (preference == null) {
            em.persist(new UserPreference(username, language, clock.instant()));
        } else {
            preference.chooseLanguage(language, clock.instant());
        }
    }
}
