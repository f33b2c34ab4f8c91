package eu.guardian.platform.i18n;

import eu.guardian.platform.time.TimeZones;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A user's own settings, kept across sessions and devices: the language Guardian speaks to them in, their zone. */
@Entity
@Table(name = "user_preference")
public class UserPreference {

    @Id
    @Column(name = "username", length = 255)
    private String username;

    @Column(name = "language_tag", nullable = false, length = 16)
    private String languageTag;

    /** Empty: the installation's time zone. */
    @Column(name = "time_zone", length = 64)
    private String timeZone;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected UserPreference() {
        // for JPA
    }

    public UserPreference(String username, Locale language, Instant now) {
        this.username = Objects.requireNonNull(username);
        chooseLanguage(language, now);
    }

    public final void chooseLanguage(Locale language, Instant now) {
        this.languageTag = language.toLanguageTag();
        this.updatedAt = Objects.requireNonNull(now);
    }

    /** Empty: follow the installation's time zone, also when it changes. */
    public void chooseTimeZone(Optional<ZoneId> zone, Instant now) {
        this.timeZone = zone.map(ZoneId::getId).orElse(null);
        this.updatedAt = Objects.requireNonNull(now);
    }

    public Locale language() {
        return Locale.forLanguageTag(languageTag);
    }

    /** The user's own time zone; empty when they follow the installation's (or a saved one is no longer known). */
    public Optional<ZoneId> timeZone() {
        return TimeZones.parse(timeZone);
    }

    public String username() {
        return username;
    }
}
