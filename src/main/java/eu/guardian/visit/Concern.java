package eu.guardian.visit;

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
import java.util.Objects;
import java.util.Optional;

/**
 * A safeguarding concern raised at a visit. Open until a caseworker acknowledges it (who, when), closed when its
 * outcome is recorded; an urgent one not acknowledged in time is escalated to the authority.
 */
@Entity
@Table(name = "concern")
public class Concern {

    @Id
    @TableGenerator(name = "concern_id", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "concern", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "concern_id")
    private Long id;

    @Column(name = "visit_id", nullable = false)
    private Long visitId;

    @Column(name = "child_id", nullable = false)
    private Long childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private ConcernType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", nullable = false)
    private Urgency urgency;

    @Column(name = "description", nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ConcernStatus status;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "raised_by", nullable = false)
    private String raisedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Column(name = "outcome")
    private String outcome;

    @Column(name = "outcome_at")
    private Instant outcomeAt;

    @Column(name = "outcome_by")
    private String outcomeBy;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "team_alerted_at")
    private Instant teamAlertedAt;

    @Version
    private long version;

    protected Concern() {
        // for JPA
    }

    Concern(long visitId, long childId, ConcernType type, Urgency urgency, String description, String raisedBy,
            Instant raisedAt) {
        this.visitId = visitId;
        this.childId = childId;
        this.type = Objects.requireNonNull(type);
        this.urgency = Objects.requireNonNull(urgency);
        this.description = Objects.requireNonNull(description);
        this.raisedBy = Objects.requireNonNull(raisedBy);
        this.raisedAt = Objects.requireNonNull(raisedAt);
        this.status = ConcernStatus.OPEN;
    }

    /** Acknowledged once: a second acknowledgement is refused (it would hide who answered first). */
    boolean acknowledge(String by, Instant at) {
        if (status != ConcernStatus.OPEN) {
            return false;
        }
        this.status = ConcernStatus.ACKNOWLEDGED;
        this.acknowledgedBy = Objects.requireNonNull(by);
        this.acknowledgedAt = Objects.requireNonNull(at);
        return true;
    }

    /** Records the outcome; an open concern is acknowledged by the same person at the same time. */
    boolean close(String outcomeText, String by, Instant at) {
        if (status == ConcernStatus.CLOSED) {
            return false;
        }
        if (status == ConcernStatus.OPEN) {
            acknowledge(by, at);
        }
        this.status = ConcernStatus.CLOSED;
        this.outcome = Objects.requireNonNull(outcomeText);
        this.outcomeBy = by;
        this.outcomeAt = at;
        return true;
    }

    void escalate(Instant at) {
        if (escalatedAt == null) {
            escalatedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public long getVisitId() {
        return visitId;
    }

    public long getChildId() {
        return childId;
    }

    public ConcernType getType() {
        return type;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public String getDescription() {
        return description;
    }

    public ConcernStatus getStatus() {
        return status;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Optional<Instant> acknowledgedAt() {
        return Optional.ofNullable(acknowledgedAt);
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public String getOutcome() {
        return outcome;
    }

    public Optional<Instant> outcomeAt() {
        return Optional.ofNullable(outcomeAt);
    }

    public String getOutcomeBy() {
        return outcomeBy;
    }

    public Optional<Instant> escalatedAt() {
        return Optional.ofNullable(escalatedAt);
    }

    public long getVersion() {
        return version;
    }
}
