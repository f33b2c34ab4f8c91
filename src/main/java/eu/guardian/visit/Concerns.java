package eu.guardian.visit;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.child.ChildAccess;
import eu.guardian.child.ChildRegistry;
import eu.guardian.platform.notification.NotificationKind;
import eu.guardian.platform.notification.NotificationRequested;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.persistence.SqlConditions;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Safeguarding concerns raised at visits: caseworkers acknowledge them (who, when) and record their outcome; the
 * authority sees urgent concerns left unacknowledged longer than a setting. Counts for oversight dashboards.
 */
@Stateless
public class Concerns {

    /** Which concerns a list shows. */
    public enum View {
        /** Not yet closed, urgent first, oldest first. */
        OPEN,
        /** Urgent, unacknowledged, older than the escalation setting. */
        ESCALATED,
        /** All, newest first. */
        ALL
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ChildRegistry children;

    @Inject
    CurrentUser currentUser;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Event<NotificationRequested> notifications;

    @Inject
    ChildAccess access;

    @Inject
    Clock clock;

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public Page<ConcernRecord> list(View view, int page, int size) {
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        SqlConditions where = switch (view) {
            case OPEN -> open();
            case ESCALATED -> escalated();
            case ALL -> inReach();
        };
        String order = switch (view) {
            case OPEN -> " ORDER BY CASE WHEN c.urgency = 'URGENT' THEN 0 ELSE 1 END, c.raised_at, c.id";
            case ESCALATED -> " ORDER BY c.raised_at, c.id";
            case ALL -> " ORDER BY c.raised_at DESC, c.id DESC";
        };
        Query select = em.createNativeQuery("SELECT c.* FROM concern c" + where.where() + order + " LIMIT ? OFFSET ?",
                Concern.class);
        where.bindPage(select, pageSize, pageNumber * pageSize);
        @SuppressWarnings("unchecked")
        List<Concern> concerns = select.getResultList();
        Map<Long, String> caseNumbers = caseNumbers(concerns);
        return new Page<>(concerns.stream().map(c -> ConcernRecord.of(c, caseNumbers.get(c.getChildId()))).toList(),
                count(where), pageNumber, pageSize);
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR, Role.Names.GUARDIAN})
    public ConcernRecord concern(long concernId) {
        Concern concern = visibleConcern(concernId);
        audit.record(AuditAction.READ, "Concern", concernId, Optional.of(concern.getChildId()), Changes.none());
        return record(concern);
    }

    /** A caseworker acknowledges the concern: they have seen it and take it on. */
    @RolesAllowed(Role.Names.CASEWORKER)
    public ConcernRecord acknowledge(long concernId, Optional<Long> expectedVersion) {
        Concern concern = changeableConcern(concernId, expectedVersion);
        if (!concern.acknowledge(currentUser.getName(), clock.instant())) {
            throw new Conflict("concern.alreadyAcknowledged", List.of(concern.getStatus().name()));
        }
        audit.record(AuditAction.UPDATE, "Concern", concernId, Optional.of(concern.getChildId()), Changes.none()
                .field("status", ConcernStatus.OPEN, ConcernStatus.ACKNOWLEDGED));
        ConcernRecord record = record(concern);
        notifications.fire(NotificationRequested.toUser(concern.getRaisedBy(), NotificationKind.CONCERN,
                Optional.of(concern.getChildId()), "notification.concernAcknowledged", record.caseNumber(),
                currentUser.getName()));
        return record;
    }

    /** The concern's outcome closes it (an unacknowledged one is acknowledged by the same person). */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY})
    public ConcernRecord recordOutcome(long concernId, Optional<Long> expectedVersion, String outcome) {
        new Checks().required("outcome", outcome).maxLength("outcome", outcome, Visits.VIEWS_MAX).throwIfAny();
        Concern concern = changeableConcern(concernId, expectedVersion);
        ConcernStatus before = concern.getStatus();
        if (!concern.close(outcome.strip(), currentUser.getName(), clock.instant())) {
            throw new Conflict("concern.alreadyClosed", List.of());
        }
        audit.record(AuditAction.UPDATE, "Concern", concernId, Optional.of(concern.getChildId()), Changes.none()
                .field("status", before, ConcernStatus.CLOSED).specialCategory("outcome", null, "recorded"));
        ConcernRecord record = record(concern);
        notifications.fire(NotificationRequested.toUser(concern.getRaisedBy(), NotificationKind.CONCERN,
                Optional.of(concern.getChildId()), "notification.concernClosed", record.caseNumber()));
        return record;
    }

    /** Concerns not yet closed (dashboards). */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public long countOpen() {
        return count(open());
    }

    /** Urgent concerns nobody has acknowledged yet (dashboards: the caseworkers' alerts). */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public long countUnacknowledgedUrgent() {
        return count(inReach().and("c.status = 'OPEN'").and("c.urgency = 'URGENT'"));
    }

    /** Urgent concerns unacknowledged beyond the escalation setting (dashboards: the authority's view). */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public long countEscalated() {
        return count(escalated());
    }

    /** Concerns about children within the caller's reach (index ix_concern_status for the views below). */
    private SqlConditions inReach() {
        return new SqlConditions().and(access.onChildId("c.child_id"));
    }

    private SqlConditions open() {
        return inReach().and("c.status <> 'CLOSED'");
    }

    /** Urgent concerns unacknowledged beyond the escalation setting. */
    private SqlConditions escalated() {
        return inReach().and("c.status = 'OPEN'").and("c.urgency = 'URGENT'")
                .and("c.raised_at < ?", Timestamp.from(escalationThreshold()));
    }

    private long count(SqlConditions where) {
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM concern c" + where.where());
        where.bind(count);
        return ((Number) count.getSingleResult()).longValue();
    }

    Instant escalationThreshold() {
        return clock.instant().minus(Duration.ofHours(settings.value(SettingKey.CONCERN_ESCALATION_HOURS)));
    }

    private Concern visibleConcern(long concernId) {
        Concern concern = em.find(Concern.class, concernId);
        if (concern == null) {
            throw new NotFound("Concern " + concernId);
        }
        children.visibleChild(concern.getChildId());
        return concern;
    }

    private Concern changeableConcern(long concernId, Optional<Long> expectedVersion) {
        Concern concern = visibleConcern(concernId);
        children.childToWorkOn(concern.getChildId());
        if (expectedVersion.isPresent() && expectedVersion.get() != concern.getVersion()) {
            throw new OptimisticLockException("The concern was changed meanwhile");
        }
        return concern;
    }

    private ConcernRecord record(Concern concern) {
        return ConcernRecord.of(concern, caseNumbers(List.of(concern)).get(concern.getChildId()));
    }

    private Map<Long, String> caseNumbers(List<Concern> concerns) {
        if (concerns.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = concerns.stream().map(Concern::getChildId).distinct().toList();
        return em.createQuery("SELECT c.id, c.caseNumber FROM Child c WHERE c.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> (String) r[1]));
    }
}
