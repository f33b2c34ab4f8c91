package eu.guardian.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A complaint, tracked from lodging to its outcome: its readable reference (CMP-2026-000123), an owner at the
 * authority, a due date, and the outcome. A closed complaint changes no more.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    @TableGenerator(name = "complaint_id", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "complaint", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "complaint_id")
    private Long id;

    @Column(name = "reference", nullable = false, unique = true, updatable = false)
    private String reference;

    @Column(name = "child_id", nullable = false, updatable = false)
    private long childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "complainant", nullable = false, updatable = false)
    private Complainant complainant;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject", nullable = false, updatable = false)
    private ComplaintSubject subject;

    @Column(name = "about_guardian_id", updatable = false)
    private Long aboutGuardianId;

    @Column(name = "confidential", nullable = false, updatable = false)
    private boolean confidential;

    @Column(name = "description", nullable = false, updatable = false)
    private String description;

    @Column(name = "lodged_on", nullable = false, updatable = false)
    private LocalDate lodgedOn;

    @Column(name = "lodged_at", nullable = false, updatable = false)
    private Instant lodgedAt;

    @Column(name = "lodged_by", nullable = false, updatable = false)
    private String lodgedBy;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "owner")
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ComplaintStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private ComplaintOutcome outcome;

    @Column(name = "outcome_text")
    private String outcomeText;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by")
    private String decidedBy;

    @Version
    private long version;

    protected Complaint() {
        // for JPA
    }

    public Complaint(long childId, Complainant complainant, ComplaintSubject subject, Optional<Long> aboutGuardianId,
            boolean confidential, String description, LocalDate dueOn, String lodgedBy, Instant now) {
        if (subject == ComplaintSubject.GUARDIAN && aboutGuardianId.isEmpty()) {
            throw new IllegalArgumentException("A complaint about a guardian names the guardian");
        }
        this.childId = childId;
        this.complainant = Objects.requireNonNull(complainant);
        this.subject = Objects.requireNonNull(subject);
        this.aboutGuardianId = aboutGuardianId.orElse(null);
        this.confidential = confidential;
        this.description = Objects.requireNonNull(description);
        this.lodgedAt = Objects.requireNonNull(now);
        this.lodgedOn = now.atZone(ZoneOffset.UTC).toLocalDate();
        this.lodgedBy = Objects.requireNonNull(lodgedBy);
        this.dueOn = Objects.requireNonNull(dueOn);
        this.status = ComplaintStatus.RECEIVED;
    }

    /** Forms the reference, e.g. CMP-2026-000123, once the complaint has its id. */
    public void assignReference() {
        if (reference != null) {
            throw new IllegalStateException("The reference is already " + reference);
        }
        this.reference = String.format("CMP-%d-%06d", lodgedAt.atZone(ZoneOffset.UTC).getYear(), id);
    }

    /** Gives the complaint to a person at the authority (again, to hand it over). */
    public void assignTo(String owner) {
        requireOpen();
        this.owner = Objects.requireNonNull(owner);
        this.status = ComplaintStatus.IN_PROGRESS;
    }

    public void decide(ComplaintOutcome outcome, String outcomeText, LocalDate on, String by) {
        requireOpen();
        this.outcome = Objects.requireNonNull(outcome);
        this.outcomeText = Objects.requireNonNull(outcomeText);
        this.decidedOn = Objects.requireNonNull(on);
        this.decidedBy = Objects.requireNonNull(by);
        this.status = ComplaintStatus.CLOSED;
    }

    public boolean isClosed() {
        return status == ComplaintStatus.CLOSED;
    }

    public boolean isOverdueOn(LocalDate day) {
        return !isClosed() && dueOn.isBefore(day);
    }

    private void requireOpen() {
        if (isClosed()) {
            throw new IllegalStateException("Complaint " + reference + " is closed");
        }
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public long getChildId() {
        return childId;
    }

    public Complainant getComplainant() {
        return complainant;
    }

    public ComplaintSubject getSubject() {
        return subject;
    }

    public Optional<Long> aboutGuardianId() {
        return Optional.ofNullable(aboutGuardianId);
    }

    public boolean isConfidential() {
        return confidential;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getLodgedOn() {
        return lodgedOn;
    }

    public Instant getLodgedAt() {
        return lodgedAt;
    }

    public String getLodgedBy() {
        return lodgedBy;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Optional<String> owner() {
        return Optional.ofNullable(owner);
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public Optional<ComplaintOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public Optional<String> outcomeText() {
        return Optional.ofNullable(outcomeText);
    }

    public Optional<LocalDate> decidedOn() {
        return Optional.ofNullable(decidedOn);
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public long getVersion() {
        return version;
    }
}
