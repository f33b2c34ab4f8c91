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
 * A child gone missing: last seen, who reported, the police (due the same day), the guardian, the 116 000 hotline
 * and the Schengen Information System alert; then the return, with a debrief. Guardianship goes on meanwhile.
 */
@Entity
@Table(name = "missing_episode")
public class MissingEpisode {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "protection_id")
    private Long id;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private MissingStatus status;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "reported_by", nullable = false)
    private String reportedBy;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "last_seen_place", nullable = false)
    private String lastSeenPlace;

    @Column(name = "last_seen_wearing")
    private String lastSeenWearing;

    @Column(name = "last_seen_with")
    private String lastSeenWith;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false)
    private RiskLevel riskLevel;

    @Column(name = "police_due_at", nullable = false)
    private Instant policeDueAt;

    @Column(name = "police_notified_at")
    private Instant policeNotifiedAt;

    @Column(name = "police_station")
    private String policeStation;

    @Column(name = "police_reference")
    private String policeReference;

    @Column(name = "guardian_notified_at")
    private Instant guardianNotifiedAt;

    @Column(name = "hotline_called_at")
    private Instant hotlineCalledAt;

    @Column(name = "hotline_reference")
    private String hotlineReference;

    @Column(name = "sis_alert_id")
    private String sisAlertId;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "returned_place")
    private String returnedPlace;

    @Column(name = "returned_how")
    private String returnedHow;

    @Column(name = "debrief")
    private String debrief;

    @Column(name = "closed_by")
    private String closedBy;

    @Version
    private long version;

    protected MissingEpisode() {
        // for JPA
    }

    public MissingEpisode(long childId, String reportedBy, Instant lastSeenAt, String lastSeenPlace,
            String lastSeenWearing, String lastSeenWith, RiskLevel riskLevel, String recordedBy, Instant now,
            Instant policeDueAt) {
        this.childId = childId;
        this.status = MissingStatus.OPEN;
        this.reportedBy = Objects.requireNonNull(reportedBy);
        this.lastSeenAt = Objects.requireNonNull(lastSeenAt);
        this.lastSeenPlace = Objects.requireNonNull(lastSeenPlace);
        this.lastSeenWearing = lastSeenWearing;
        this.lastSeenWith = lastSeenWith;
        this.riskLevel = Objects.requireNonNull(riskLevel);
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.reportedAt = Objects.requireNonNull(now);
        this.policeDueAt = Objects.requireNonNull(policeDueAt);
    }

    public void policeNotified(Instant at, String station, String reference) {
        this.policeNotifiedAt = Objects.requireNonNull(at);
        this.policeStation = Objects.requireNonNull(station);
        this.policeReference = Objects.requireNonNull(reference);
    }

    public void alertsRecorded(Optional<Instant> guardianNotifiedAt, Optional<Instant> hotlineCalledAt,
            Optional<String> hotlineReference, Optional<String> sisAlertId, Optional<RiskLevel> riskLevel) {
        guardianNotifiedAt.ifPresent(at -> this.guardianNotifiedAt = at);
        hotlineCalledAt.ifPresent(at -> this.hotlineCalledAt = at);
        hotlineReference.ifPresent(reference -> this.hotlineReference = reference);
        sisAlertId.ifPresent(alert -> this.sisAlertId = alert);
        riskLevel.ifPresent(level -> this.riskLevel = level);
    }

    public void returned(Instant at, String place, String how, String debrief, String by) {
        if (status != MissingStatus.OPEN) {
            throw new IllegalStateException("The child has already returned");
        }
        this.status = MissingStatus.RETURNED;
        this.returnedAt = Objects.requireNonNull(at);
        this.returnedPlace = Objects.requireNonNull(place);
        this.returnedHow = Objects.requireNonNull(how);
        this.debrief = debrief;
        this.closedBy = Objects.requireNonNull(by);
    }

    public boolean isOpen() {
        return status == MissingStatus.OPEN;
    }

    public boolean policeOverdue(Instant now) {
        return ProtectionDeadlines.policeOverdue(policeDueAt, Optional.ofNullable(policeNotifiedAt), now);
    }

    public Long getId() {
        return id;
    }

    public long getChildId() {
        return childId;
    }

    public MissingStatus getStatus() {
        return status;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public String getLastSeenPlace() {
        return lastSeenPlace;
    }

    public String getLastSeenWearing() {
        return lastSeenWearing;
    }

    public String getLastSeenWith() {
        return lastSeenWith;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public Instant getPoliceDueAt() {
        return policeDueAt;
    }

    public Instant getPoliceNotifiedAt() {
        return policeNotifiedAt;
    }

    public String getPoliceStation() {
        return policeStation;
    }

    public String getPoliceReference() {
        return policeReference;
    }

    public Instant getGuardianNotifiedAt() {
        return guardianNotifiedAt;
    }

    public Instant getHotlineCalledAt() {
        return hotlineCalledAt;
    }

    public String getHotlineReference() {
        return hotlineReference;
    }

    public String getSisAlertId() {
        return sisAlertId;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public String getReturnedPlace() {
        return returnedPlace;
    }

    public String getReturnedHow() {
        return returnedHow;
    }

    public String getDebrief() {
        return debrief;
    }

    public long getVersion() {
        return version;
    }
}
