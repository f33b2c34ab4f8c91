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
import java.util.Optional;

/**
 * A disclosure whose recipient is not in the counterpart registry ("other", typed as free text): it leaves only once
 * the authority approves it (docs/firewall.md). One per disclosure.
 */
@Entity
@Table(name = "disclosure_approval")
public class DisclosureApproval {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "protection_id")
    private Long id;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "disclosure", nullable = false)
    private Disclosure disclosure;

    @Column(name = "disclosure_id", nullable = false)
    private long disclosureId;

    @Column(name = "recipient", nullable = false)
    private String recipient;

    @Column(name = "recipient_country")
    private String recipientCountry;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ApprovalStatus status;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_note")
    private String decisionNote;

    @Version
    private long version;

    protected DisclosureApproval() {
        // for JPA
    }

    public DisclosureApproval(long childId, Disclosure disclosure, long disclosureId, String recipient,
            Optional<String> recipientCountry, String by, Instant now) {
        this.childId = childId;
        this.disclosure = Objects.requireNonNull(disclosure);
        this.disclosureId = disclosureId;
        this.recipient = Objects.requireNonNull(recipient);
        this.recipientCountry = recipientCountry.orElse(null);
        this.requestedBy = Objects.requireNonNull(by);
        this.requestedAt = Objects.requireNonNull(now);
        this.status = ApprovalStatus.PENDING;
    }

    /** The authority's decision, once. */
    public void decided(boolean approved, String note, String by, Instant now) {
        if (status != ApprovalStatus.PENDING) {
            throw new IllegalStateException("Already decided");
        }
        this.status = approved ? ApprovalStatus.APPROVED : ApprovalStatus.REFUSED;
        this.decisionNote = note;
        this.decidedBy = Objects.requireNonNull(by);
        this.decidedAt = Objects.requireNonNull(now);
    }

    public boolean isPending() {
        return status == ApprovalStatus.PENDING;
    }

    public Long getId() {
        return id;
    }

    public long getChildId() {
        return childId;
    }

    public Disclosure getDisclosure() {
        return disclosure;
    }

    public long getDisclosureId() {
        return disclosureId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getRecipientCountry() {
        return recipientCountry;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public ApprovalStatus getStatus() {
        return status;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public long getVersion() {
        return version;
    }
}
