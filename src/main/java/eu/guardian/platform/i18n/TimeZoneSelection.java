package eu.guardian.platform.i18n;

import eu.guardian.security.CurrentUser;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * The user's own time zone, if they chose one: read once per session from their saved preferences, like their
 * language. Without one, the installation's applies ({@link LocalTimes}).
 */
@SessionScoped
public class TimeZoneSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserPreferences preferences;

    @Inject
    CurrentUser currentUser;

    private boolean read;
    private ZoneId own;

    public Optional<ZoneId> own() {
        if (!read && currentUser.isSignedIn()) {
            read = true;
            own = currentUser.username().flatMap(preferences::timeZoneOf).orElse(null);
        }
        return Optional.ofNullable(own);
    }

    /** Saves the choice (empty: follow the installation's zone) for this and the user's next sessions. */
    public void choose(Optional<ZoneId> zone, Locale language) {
        currentUser.username().ifPresent(username -> preferences.chooseTimeZone(username, zone, language));
        read = true;
        own = zone.orElse(null);
    }
}
