package eu.guardian.protection;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.child.CaseAnonymised;
import eu.guardian.child.Child;
import eu.guardian.child.ChildAccess;
import eu.guardian.child.ChildNames;
import eu.guardian.child.ChildRegistry;
import eu.guardian.platform.persistence.NativeRows;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.persistence.Row;
import eu.guardian.platform.persistence.SqlConditions;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Family tracing "as soon as possible" (docs/domain-rules.md#the-laws-clocks): due a setting's days after
 * identification for every open case without a tracing request, unless a best-interests assessment of the child
 * records why not (a deferral: risk from the family, say). The due list, its overdue count, the child's status.
 */
@Stateless
public class TracingDeadlines {

    private static final String NOT_STARTED = "NOT EXISTS (SELECT 1 FROM tracing_request t WHERE t.child_id = c.id)"
            + " AND NOT EXISTS (SELECT 1 FROM tracing_deferral d WHERE d.child_id = c.id)";

    @PersistenceContext
    EntityManager em;

    @Inject
    ChildAccess access;

    @Inject
    ChildRegistry children;

    @Inject
    Settings settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Open cases whose tracing has not started nor been deferred, the earliest due first; one audit entry a page. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public Page<TracingDue> due(boolean overdueOnly, int page, int size) {
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        LocalDate today = LocalDate.now(clock);
        int days = settings.value(SettingKey.TRACING_DUE_DAYS);
        SqlConditions conditions = notStarted(overdueOnly, today, days);
        String from = " FROM child c" + conditions.where();
        Query select = em.createNativeQuery("SELECT c.id, c.case_number, " + ChildNames.columns("c")
                + ", c.identified_on" + from + " ORDER BY c.identified_on, c.id LIMIT ? OFFSET ?");
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1" + from + " LIMIT " + Page.COUNT_LIMIT
                + ") matches");
        conditions.bindPage(select, pageSize, pageNumber * pageSize);
        conditions.bind(count);
        List<TracingDue> items = NativeRows.list(select).stream().map(row -> {
            LocalDate dueOn = row.date("identified_on").plusDays(days);
            return new TracingDue(row.number("id"), row.text("case_number"), ChildNames.fullName(row),
                    row.date("identified_on"), dueOn, false, null, null, dueOn.isBefore(today));
        }).toList();
        audit.record(AuditAction.READ, "TracingDueList", null, Optional.empty(), Changes.none()
                .note("page", pageNumber).note("size", pageSize).note("overdueOnly", overdueOnly));
        return new Page<>(items, ((Number) count.getSingleResult()).longValue(), pageNumber, pageSize);
    }

    /** For the dashboard: tracing overdue (not requested, not deferred, past its due date). */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public long countOverdue() {
        return count(true);
    }

    /** How many the due list holds (up to {@link Page#COUNT_LIMIT}). */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public long countDue() {
        return count(false);
    }

    private long count(boolean overdueOnly) {
        SqlConditions conditions = notStarted(overdueOnly, LocalDate.now(clock),
                settings.value(SettingKey.TRACING_DUE_DAYS));
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM child c" + conditions.where()
                + " LIMIT " + Page.COUNT_LIMIT + ") matches");
        conditions.bind(count);
        return ((Number) count.getSingleResult()).longValue();
    }

    /** The child's tracing deadline as the file shows it. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public TracingDue of(long childId) {
        Child child = children.visibleChild(childId);
        audit.record(AuditAction.READ, "TracingDue", childId, Optional.of(childId), Changes.none());
        return status(child);
    }

    /**
     * Records that the best-interests assessment {@code assessmentId} of the child found tracing not in the child's
     * interests for now, and why; the tracing deadline then no longer applies. Once per child.
     */
    @RolesAllowed(Role.Names.CASEWORKER)
    public TracingDue defer(long childId, Long assessmentId, String reason) {
        Child child = children.childToWorkOn(childId);
        child.requireOpen();
        Checks checks = new Checks().required("assessmentId", assessmentId).required("reason", reason)
                .maxLength("reason", reason, Checks.TEXT_MAX);
        if (assessmentId != null) {
            Number ofChild = (Number) em.createNativeQuery("SELECT COUNT(*) FROM bia WHERE id = ? AND child_id = ?")
                    .setParameter(1, assessmentId).setParameter(2, childId).getSingleResult();
            checks.that(ofChild.longValue() > 0, "assessmentId", "tracing.validation.assessmentOfChild");
        }
        checks.throwIfAny();
        int inserted = em.createNativeQuery("INSERT IGNORE INTO tracing_deferral (child_id, assessment_id, reason,"
                        + " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)").setParameter(1, childId)
                .setParameter(2, assessmentId).setParameter(3, reason.strip())
                .setParameter(4, currentUser.getName()).setParameter(5, Timestamp.from(clock.instant()))
                .executeUpdate();
        if (inserted == 0) {
            throw new Conflict("tracing.alreadyDeferred", List.of());
        }
        audit.record(AuditAction.CREATE, "TracingDeferral", childId, Optional.of(childId),
                Changes.none().note("assessmentId", assessmentId).field("reason", null, reason.strip()));
        return status(child);
    }

    /** An anonymised case keeps no reason in words. */
    @PermitAll
    public void erase(@Observes CaseAnonymised anonymised) {
        em.createNativeQuery("UPDATE tracing_deferral SET reason = '—' WHERE child_id = ?")
                .setParameter(1, anonymised.childId()).executeUpdate();
    }

    private TracingDue status(Child child) {
        LocalDate today = LocalDate.now(clock);
        LocalDate dueOn = child.getIdentifiedOn().plusDays(settings.value(SettingKey.TRACING_DUE_DAYS));
        boolean requested = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM tracing_request WHERE child_id = ?")
                .setParameter(1, child.getId()).getSingleResult()).longValue() > 0;
        List<Row> deferral = NativeRows.list(em.createNativeQuery("SELECT assessment_id, reason FROM tracing_deferral"
                + " WHERE child_id = ?").setParameter(1, child.getId()));
        Optional<Row> deferred = deferral.stream().findFirst();
        return new TracingDue(child.getId(), child.getCaseNumber(), child.getFullName(), child.getIdentifiedOn(),
                dueOn, requested, deferred.map(row -> row.number("assessment_id")).orElse(null),
                deferred.map(row -> row.text("reason")).orElse(null),
                !requested && deferred.isEmpty() && dueOn.isBefore(today));
    }

    private SqlConditions notStarted(boolean overdueOnly, LocalDate today, int days) {
        SqlConditions conditions = access.conditions().and("c.status = 'OPEN'").and(NOT_STARTED);
        if (overdueOnly) {
            conditions.and("c.identified_on < ?", Date.valueOf(today.minusDays(days)));
        }
        return conditions;
    }
}
