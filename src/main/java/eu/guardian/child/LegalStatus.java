package eu.guardian.child;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One of a child's concurrent legal statuses, with its period. None gates any protection step. */
@Entity
@Table(name = "legal_status")
public class LegalStatus {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "child_detail_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id")
    private Child child;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private LegalStatusKind kind;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected LegalStatus() {
        // for JPA
    }

    LegalStatus(Child child, LegalStatusKind kind, LocalDate validFrom, Optional<LocalDate> validTo) {
        if (validTo.isPresent() && validTo.get().isBefore(validFrom)) {
            throw new IllegalArgumentException("A status cannot end before it starts");
        }
        this.child = Objects.requireNonNull(child);
        this.kind = Objects.requireNonNull(kind);
        this.validFrom = Objects.requireNonNull(validFrom);
        this.validTo = validTo.orElse(null);
    }

    public Long getId() {
        return id;
    }

    public LegalStatusKind getKind() {
        return kind;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public Optional<LocalDate> validTo() {
        return Optional.ofNullable(validTo);
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public boolean isCurrentOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
