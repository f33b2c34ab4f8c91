package eu.guardian.platform.i18n;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** A user's own settings, kept across sessions and devices; for now the language Guardian speaks to them in. */
@Entity
@Table(name = "user_preference")
public class UserPreference {

    @Id
    @Column(name = "username", length = 255)
    private String username;

    @Column(name = "language_tag", nullable = false, length = 16)
    private String languageTag;

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

    public Locale language() {
        return Locale.forLanguageTag(languageTag);
    }

    public String username() {
        return username;
    }
}
