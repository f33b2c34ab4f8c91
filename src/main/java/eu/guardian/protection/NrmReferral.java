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
import java.time.LocalDate;
import java.util.Objects;

/**
 * A referral to the National Referral Mechanism after a positive screening (OSCE/ODIHR NRM Handbook 2022), with the
 * recovery-and-reflection period it opens (CETS 197 art 13).
 */
@Entity
@Table(name = "nrm_referral")
public class NrmReferral {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "protection_id")
    private Long id;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Column(name = "screening_id", nullable = false)
    private long screeningId;

    @Column(name = "agency", nullable = false)
    private String agency;

    @Column(name = "referred_on", nullable = false)
    private LocalDate referredOn;

    @Column(name = "reference")
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    private NrmOutcome outcome;

    @Column(name = "outcome_note")
    private String outcomeNote;

    @Column(name = "reflection_ends_on", nullable = false)
    private LocalDate reflectionEndsOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Version
    private long version;

    protected NrmReferral() {
        // for JPA
    }

    public NrmReferral(long childId, long screeningId, String agency, LocalDate referredOn, String reference,
            int reflectionDays, String by, Instant now) {
        this.childId = childId;
        this.screeningId = screeningId;
        this.agency = Objects.requireNonNull(agency);
        this.referredOn = Objects.requireNonNull(referredOn);
        this.reference = reference;
        this.outcome = NrmOutcome.PENDING;
        this.reflectionEndsOn = ProtectionDeadlines.reflectionPeriodEnds(referredOn, reflectionDays);
        this.createdBy = Objects.requireNonNull(by);
        this.createdAt = Objects.requireNonNull(now);
    }

    public void record(String reference, NrmOutcome outcome, String note) {
        this.reference = reference;
        this.outcome = Objects.requireNonNull(outcome);
        this.outcomeNote = note;
    }

    public Long getId() {
        return id;
    }

    public long getChildId() {
        return childId;
    }

    public long getScreeningId() {
        return screeningId;
    }

    public String getAgency() {
        return agency;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public String getReference() {
        return reference;
    }

    public NrmOutcome getOutcome() {
        return outcome;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public LocalDate getReflectionEndsOn() {
        return reflectionEndsOn;
    }

    public long getVersion() {
        return version;
    }
}
