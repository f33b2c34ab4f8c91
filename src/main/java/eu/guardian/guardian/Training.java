package eu.guardian.guardian;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A training course a guardian completed; valid until a date, or without end. */
@Entity
@Table(name = "guardian_training")
public class Training {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "child_detail_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "guardian_id")
    private Guardian guardian;

    @Column(name = "course", nullable = false)
    private String course;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    protected Training() {
        // for JPA
    }

    Training(Guardian guardian, String course, LocalDate completedOn, Optional<LocalDate> validUntil) {
        if (validUntil.isPresent() && validUntil.get().isBefore(completedOn)) {
            throw new IllegalArgumentException("A training cannot expire before it was completed");
        }
        this.guardian = Objects.requireNonNull(guardian);
        this.course = Objects.requireNonNull(course);
        this.completedOn = Objects.requireNonNull(completedOn);
        this.validUntil = validUntil.orElse(null);
    }

    public boolean isValidOn(LocalDate day) {
        return !completedOn.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }

    public String getCourse() {
        return course;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }
}
