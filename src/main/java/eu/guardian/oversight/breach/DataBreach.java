package eu.guardian.oversight.breach;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A personal-data breach the authority found (GDPR art 33): when, what, how many children, what was done; the
 * supervisory authority is to be told within 72 hours of finding it (docs/domain-rules.md#the-laws-clocks).
 */
@Entity
@Table(name = "data_breach")
public class DataBreach {

    /** GDPR art 33(1): "not later than 72 hours after having become aware of it". */
    public static final Duration NOTIFICATION_WINDOW = Duration.ofHours(72);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "found_at", nullable = false)
    private Instant foundAt;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "children_affected", nullable = false)
    private int childrenAffected;

    @Column(name = "measures")
    private String measures;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "supervisory_notified_at")
    private Instant supervisoryNotifiedAt;

    @Column(name = "supervisory_reference")
    private String supervisoryReference;

    @Version
    private long version;

    protected DataBreach() {
        // for JPA
    }

    DataBreach(Instant foundAt, String description, int childrenAffected, Optional<String> measures,
            String recordedBy, Instant now) {
        if (childrenAffected < 0) {
            throw new IllegalArgumentException("childrenAffected must not be negative");
        }
        this.foundAt = Objects.requireNonNull(foundAt);
        this.description = Objects.requireNonNull(description);
        this.childrenAffected = childrenAffected;
        this.measures = measures.orElse(null);
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(now);
    }

    /** The supervisory authority was told (once; its reference kept). */
    void supervisoryAuthorityNotified(Instant at, String reference) {
        if (supervisoryNotifiedAt != null) {
            throw new IllegalStateException("The supervisory authority has already been notified");
        }
        this.supervisoryNotifiedAt = Objects.requireNonNull(at);
        this.supervisoryReference = Objects.requireNonNull(reference);
    }

    public Instant notifyBy() {
        return foundAt.plus(NOTIFICATION_WINDOW);
    }

    public boolean isOverdue(Instant now) {
        return supervisoryNotifiedAt == null && now.isAfter(notifyBy());
    }

    public Long getId() {
        return id;
    }

    public Instant getFoundAt() {
        return foundAt;
    }

    public String getDescription() {
        return description;
    }

    public int getChildrenAffected() {
        return childrenAffected;
    }

    public Optional<String> measures() {
        return Optional.ofNullable(measures);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Optional<Instant> supervisoryNotifiedAt() {
        return Optional.ofNullable(supervisoryNotifiedAt);
    }

    public Optional<String> supervisoryReference() {
        return Optional.ofNullable(supervisoryReference);
    }

    public long getVersion() {
        return version;
    }
}
