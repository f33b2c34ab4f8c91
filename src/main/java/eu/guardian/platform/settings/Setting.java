package eu.guardian.platform.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One changed setting; a setting that was never changed has its default ({@link SettingKey}). */
@Entity
@Table(name = "setting")
public class Setting {

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "value", nullable = false)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected Setting() {
        // for JPA
    }

    public Setting(SettingKey key, String value, String changedBy, Instant now) {
        this(key.key(), value, changedBy, now);
    }

    /** A setting that is not a number of the rules, e.g. the installation's time zone. */
    public Setting(String name, String value, String changedBy, Instant now) {
        this.name = Objects.requireNonNull(name);
        change(value, changedBy, now);
    }

    public final void change(String newValue, String changedBy, Instant now) {
        this.value = Objects.requireNonNull(newValue);
        this.updatedBy = Objects.requireNonNull(changedBy);
        this.updatedAt = Objects.requireNonNull(now);
    }

    public String value() {
        return value;
    }
}
