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
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A referral of a child to an agency (health, legal aid, an anti-trafficking NGO, ...), made only with recorded consent
 * or a documented legal basis, and followed until the agency's answer and the outcome.
 */
@Entity
@Table(name = "agency_referral")
public class AgencyReferral {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "protection_id")
    private Long id;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Column(name = "counterpart_id")
    private Long counterpartId;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_kind", nullable = false)
    private AgencyKind agencyKind;

    @Column(name = "agency_name", nullable = false)
    private String agencyName;

    @Column(name = "purpose", nullable = false)
    private String purpose;

    @Column(name = "child_consent", nullable = false)
    private boolean childConsent;

    @Column(name = "guardian_consent", nullable = false)
    private boolean guardianConsent;

    @Column(name = "legal_basis")
    private String legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ReferralStatus status;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Column(name = "answer_due_on", nullable = false)
    private LocalDate answerDueOn;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "answer_note")
    private String answerNote;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "outcome")
    private String outcome;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Version
    private long version;

    protected AgencyReferral() {
        // for JPA
    }

    /**
     * @param counterpartId the registry entry it goes to; empty for "other", which waits for the authority's approval
     *                      and is sent only then
     */
    public AgencyReferral(long childId, Optional<Long> counterpartId, AgencyKind kind, String agencyName,
            String purpose, Consent consent, LocalDate sentOn, int answerDays, String by) {
        if (!consent.isGiven()) {
            throw new IllegalArgumentException("A referral needs consent or a legal basis");
        }
        this.childId = childId;
        this.counterpartId = counterpartId.orElse(null);
        this.agencyKind = Objects.requireNonNull(kind);
        this.agencyName = Objects.requireNonNull(agencyName);
        this.purpose = Objects.requireNonNull(purpose);
        this.childConsent = consent.child();
        this.guardianConsent = consent.guardian();
        this.legalBasis = consent.legalBasis().orElse(null);
        this.status = counterpartId.isPresent() ? ReferralStatus.SENT : ReferralStatus.AWAITING_APPROVAL;
        this.sentOn = Objects.requireNonNull(sentOn);
        this.answerDueOn = ProtectionDeadlines.referralAnswerDue(sentOn, answerDays);
        this.createdBy = Objects.requireNonNull(by);
    }

    /** The authority approved the "other" agency: the referral is sent that day, and the answer is due from then. */
    public void approved(LocalDate on, int answerDays) {
        requireAwaitingApproval();
        this.status = ReferralStatus.SENT;
        this.sentOn = Objects.requireNonNull(on);
        this.answerDueOn = ProtectionDeadlines.referralAnswerDue(on, answerDays);
    }

    public void notApproved() {
        requireAwaitingApproval();
        this.status = ReferralStatus.NOT_APPROVED;
    }

    private void requireAwaitingApproval() {
        if (status != ReferralStatus.AWAITING_APPROVAL) {
            throw new IllegalStateException("Not awaiting approval");
        }
    }

    public Optional<Long> counterpartId() {
        return Optional.ofNullable(counterpartId);
    }

    /** The agency's answer: accepted or rejected. */
    public void answered(boolean accepted, LocalDate on, String note) {
        if (status != ReferralStatus.SENT) {
            throw new IllegalStateException("Only a sent referral is answered");
        }
        this.status = accepted ? ReferralStatus.ACCEPTED : ReferralStatus.REJECTED;
        this.answeredOn = Objects.requireNonNull(on);
        this.answerNote = note;
    }

    public void completed(LocalDate on, String outcome) {
        if (status != ReferralStatus.ACCEPTED) {
            throw new IllegalStateException("Only an accepted referral is completed");
        }
        this.status = ReferralStatus.COMPLETED;
        this.completedOn = Objects.requireNonNull(on);
        this.outcome = Objects.requireNonNull(outcome);
    }

    public boolean isOverdue(LocalDate today) {
        return ProtectionDeadlines.referralOverdue(answerDueOn, status != ReferralStatus.SENT, today);
    }

    public Long getId() {
        return id;
    }

    public long getChildId() {
        return childId;
    }

    public AgencyKind getAgencyKind() {
        return agencyKind;
    }

    public String getAgencyName() {
        return agencyName;
    }

    public String getPurpose() {
        return purpose;
    }

    public boolean isChildConsent() {
        return childConsent;
    }

    public boolean isGuardianConsent() {
        return guardianConsent;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public LocalDate getAnswerDueOn() {
        return answerDueOn;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public String getAnswerNote() {
        return answerNote;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public long getVersion() {
        return version;
    }
}
