package eu.guardian.protection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A family tracing request (e.g. to a national Red Cross tracing service). A confidential one (tracing could endanger
 * the child or the family, 2013/33 art 24(3)) is seen only by caseworkers, the authority and auditors.
 */
@Entity
@Table(name = "tracing_request")
public class TracingRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "protection_id")
    private Long id;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Column(name = "counterpart_id")
    private Long counterpartId;

    @Column(name = "addressed_to", nullable = false)
    private String addressedTo;

    @Column(name = "relatives", nullable = false)
    private String relatives;

    @Column(name = "confidential", nullable = false)
    private boolean confidential;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private TracingStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private TracingOutcome outcome;

    @Column(name = "outcome_on")
    private LocalDate outcomeOn;

    @Column(name = "reunification_bid_id")
    private Long reunificationBidId;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @ElementCollection
    @CollectionTable(name = "tracing_update", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<TracingUpdate> updates = new ArrayList<>();

    @Version
    private long version;

    protected TracingRequest() {
        // for JPA
    }

    /**
     * @param counterpartId the registry entry it is addressed to; empty for "other", which waits for the authority's
     *                      approval and is requested only then
     */
    public TracingRequest(long childId, Optional<Long> counterpartId, String addressedTo, String relatives,
            boolean confidential, LocalDate requestedOn, Optional<Long> reunificationBidId, String by) {
        this.childId = childId;
        this.counterpartId = counterpartId.orElse(null);
        this.addressedTo = Objects.requireNonNull(addressedTo);
        this.relatives = Objects.requireNonNull(relatives);
        this.confidential = confidential;
        this.requestedOn = Objects.requireNonNull(requestedOn);
        this.reunificationBidId = reunificationBidId.orElse(null);
        this.status = counterpartId.isPresent() ? TracingStatus.OPEN : TracingStatus.AWAITING_APPROVAL;
        this.createdBy = Objects.requireNonNull(by);
    }

    public void addUpdate(TracingUpdate update) {
        updates.add(Objects.requireNonNull(update));
    }

    public void concluded(TracingOutcome outcome, LocalDate on, Optional<Long> reunificationBidId) {
        if (!isOpen()) {
            throw new IllegalStateException("The tracing request is already concluded");
        }
        this.outcome = Objects.requireNonNull(outcome);
        this.outcomeOn = Objects.requireNonNull(on);
        reunificationBidId.ifPresent(bid -> this.reunificationBidId = bid);
        this.status = TracingStatus.CLOSED;
    }

    /** The authority approved the "other" addressee: the request goes out that day. */
    public void approved(LocalDate on) {
        requireAwaitingApproval();
        this.status = TracingStatus.OPEN;
        this.requestedOn = Objects.requireNonNull(on);
    }

    public void notApproved() {
        requireAwaitingApproval();
        this.status = TracingStatus.NOT_APPROVED;
    }

    private void requireAwaitingApproval() {
        if (status != TracingStatus.AWAITING_APPROVAL) {
            throw new IllegalStateException("Not awaiting approval");
        }
    }

    public boolean isOpen() {
        return status == TracingStatus.OPEN;
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

    public String getAddressedTo() {
        return addressedTo;
    }

    public String getRelatives() {
        return relatives;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public TracingStatus getStatus() {
        return status;
    }

    public TracingOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getOutcomeOn() {
        return outcomeOn;
    }

    public Long getReunificationBidId() {
        return reunificationBidId;
    }

    public List<TracingUpdate> getUpdates() {
        return List.copyOf(updates);
    }

    public long getVersion() {
        return version;
    }
}
