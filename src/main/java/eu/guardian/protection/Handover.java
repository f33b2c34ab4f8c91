package eu.guardian.protection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A cross-border handover of a child's case to the receiving country's guardian or authority: consent-gated, with its
 * purpose and recipient, and exactly the package that was handed over. Once the receiving side confirms, the case is
 * closed as transferred abroad.
 */
@Entity
@Table(name = "handover")
public class Handover {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "protection_id")
    private Long id;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Column(name = "counterpart_id")
    private Long counterpartId;

    @Column(name = "recipient", nullable = false)
    private String recipient;

    @Column(name = "recipient_country", nullable = false)
    private String recipientCountry;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false)
    private DisclosurePurpose purpose;

    @Column(name = "purpose_note")
    private String purposeNote;

    @Column(name = "child_consent", nullable = false)
    private boolean childConsent;

    @Column(name = "guardian_consent", nullable = false)
    private boolean guardianConsent;

    @Column(name = "legal_basis")
    private String legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private HandoverStatus status;

    @Lob
    @Column(name = "package_json", nullable = false)
    private String packageJson;

    @Column(name = "prepared_at", nullable = false)
    private Instant preparedAt;

    @Column(name = "prepared_by", nullable = false)
    private String preparedBy;

    @Column(name = "confirmed_on")
    private LocalDate confirmedOn;

    @Version
    private long version;

    protected Handover() {
        // for JPA
    }

    /**
     * @param counterpartId the registry entry it goes to; empty for "other", which waits for the authority's approval
     */
    public Handover(long childId, Optional<Long> counterpartId, String recipient, String recipientCountry,
            DisclosurePurpose purpose, String purposeNote, Consent consent, String packageJson, String by,
            Instant now) {
        if (!consent.isGiven()) {
            throw new IllegalArgumentException("A handover needs consent or a legal basis");
        }
        if (purpose == DisclosurePurpose.IMMIGRATION_ENFORCEMENT) {
            throw new IllegalArgumentException("Never for immigration enforcement");
        }
        this.childId = childId;
        this.counterpartId = counterpartId.orElse(null);
        this.recipient = Objects.requireNonNull(recipient);
        this.recipientCountry = Objects.requireNonNull(recipientCountry);
        this.purpose = purpose;
        this.purposeNote = purposeNote;
        this.childConsent = consent.child();
        this.guardianConsent = consent.guardian();
        this.legalBasis = consent.legalBasis().orElse(null);
        this.packageJson = Objects.requireNonNull(packageJson);
        this.status = counterpartId.isPresent() ? HandoverStatus.PREPARED : HandoverStatus.AWAITING_APPROVAL;
        this.preparedBy = Objects.requireNonNull(by);
        this.preparedAt = Objects.requireNonNull(now);
    }

    public void confirmed(LocalDate on) {
        if (status != HandoverStatus.PREPARED) {
            throw new IllegalStateException("Only a prepared handover is confirmed");
        }
        this.status = HandoverStatus.CONFIRMED;
        this.confirmedOn = Objects.requireNonNull(on);
    }

    /** The authority approved the "other" recipient: the package may now be handed over. */
    public void approved() {
        requireAwaitingApproval();
        this.status = HandoverStatus.PREPARED;
    }

    /** The authority refused the "other" recipient: the package is never handed over, so it is not kept. */
    public void notApproved() {
        requireAwaitingApproval();
        this.status = HandoverStatus.NOT_APPROVED;
        this.packageJson = "{}";
    }

    private void requireAwaitingApproval() {
        if (status != HandoverStatus.AWAITING_APPROVAL) {
            throw new IllegalStateException("Not awaiting approval");
        }
    }

    public boolean isConfirmed() {
        return status == HandoverStatus.CONFIRMED;
    }

    /** Whether the package may leave: prepared for a registry recipient or approved, or already confirmed. */
    public boolean isReleased() {
        return status == HandoverStatus.PREPARED || status == HandoverStatus.CONFIRMED;
    }

    public Optional<Long> counterpartId() {
        return Optional.ofNullable(counterpartId);
    }

    public Long getId() {
        return id;
    }

    public long getChildId() {
        return childId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getRecipientCountry() {
        return recipientCountry;
    }

    public DisclosurePurpose getPurpose() {
        return purpose;
    }

    public String getPurposeNote() {
        return purposeNote;
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

    public HandoverStatus getStatus() {
        return status;
    }

    public String getPackageJson() {
        return packageJson;
    }

    public Instant getPreparedAt() {
        return preparedAt;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public LocalDate getConfirmedOn() {
        return confirmedOn;
    }

    public long getVersion() {
        return version;
    }
}
