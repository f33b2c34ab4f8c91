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
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An assessment of a child's age, as a range. The child has the benefit of the doubt: the lowest age of the range is
 * the one used (docs/domain-rules.md#age-assessment; PACE Res. 2195). An assessment never blocks a guardian's
 * appointment. A medical one is the last resort and carries its grounds (docs/domain-rules.md#medical-age-assessment).
 */
@Entity
@Table(name = "age_assessment")
public class AgeAssessment {

    @Id
    @TableGenerator(name = "child_detail_id", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "child_detail", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "child_detail_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id")
    private Child child;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false)
    private AgeAssessmentMethod method;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "minimum_age", nullable = false)
    private int minimumAge;

    @Column(name = "maximum_age", nullable = false)
    private int maximumAge;

    @Column(name = "notes")
    private String notes;

    @Column(name = "medical_reason")
    private String medicalReason;

    @Column(name = "child_consented", nullable = false)
    private boolean childConsented;

    @Column(name = "guardian_consented", nullable = false)
    private boolean guardianConsented;

    @Column(name = "legal_basis")
    private String legalBasis;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected AgeAssessment() {
        // for JPA
    }

    AgeAssessment(Child child, AgeAssessmentMethod method, LocalDate assessedOn, int minimumAge, int maximumAge,
            String notes, MedicalGrounds grounds, String recordedBy, Instant now) {
        if (minimumAge < 0 || maximumAge < minimumAge) {
            throw new IllegalArgumentException("The age range must run from a lower to a higher age");
        }
        if (method == AgeAssessmentMethod.MEDICAL && !(grounds.hasReason() && grounds.hasGround())) {
            throw new IllegalArgumentException("A medical assessment needs its reason and consent or legal basis");
        }
        this.medicalReason = grounds.reason();
        this.childConsented = grounds.childConsented();
        this.guardianConsented = grounds.guardianConsented();
        this.legalBasis = grounds.legalBasis();
        this.child = Objects.requireNonNull(child);
        this.method = Objects.requireNonNull(method);
        this.assessedOn = Objects.requireNonNull(assessedOn);
        this.minimumAge = minimumAge;
        this.maximumAge = maximumAge;
        this.notes = notes;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public AgeAssessmentMethod getMethod() {
        return method;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public int getMinimumAge() {
        return minimumAge;
    }

    public int getMaximumAge() {
        return maximumAge;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public MedicalGrounds medicalGrounds() {
        return new MedicalGrounds(medicalReason, childConsented, guardianConsented, legalBasis);
    }

    public String getNotes() {
        return notes;
    }
}
