package eu.guardian.protection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * An organisation Guardian may disclose a child's data to, or must know in order to refuse it: kept by the authority
 * in the counterpart registry, with its kind (which decides what it may receive, {@link CounterpartKind}) and the
 * country it works in.
 */
@Entity
@Table(name = "counterpart")
public class Counterpart {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "protection_id")
    private Long id;

    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private CounterpartKind kind;

    @Column(name = "country", nullable = false)
    private String country;

    @Column(name = "note")
    private String note;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Version
    private long version;

    protected Counterpart() {
        // for JPA
    }

    public Counterpart(String name, CounterpartKind kind, String country, String note, String by, Instant now) {
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.country = Objects.requireNonNull(country);
        this.note = note;
        this.active = true;
        this.createdBy = Objects.requireNonNull(by);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** The authority corrects the entry; disclosures made before keep the name they were made to. */
    public void describe(String name, CounterpartKind kind, String country, String note, boolean active) {
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.country = Objects.requireNonNull(country);
        this.note = note;
        this.active = active;
    }

    /** Whether it may be chosen as the recipient of a new disclosure of this kind. */
    public boolean mayReceive(Disclosure disclosure) {
        return active && kind.mayReceive(disclosure);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public CounterpartKind getKind() {
        return kind;
    }

    public String getCountry() {
        return country;
    }

    public String getNote() {
        return note;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}
