package eu.guardian.guardianship;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.child.ChildAccess;
import eu.guardian.platform.notification.NotificationKind;
import eu.guardian.platform.notification.NotificationRequested;
import eu.guardian.platform.persistence.NativeRows;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.persistence.Row;
import eu.guardian.platform.persistence.SqlConditions;
import eu.guardian.platform.persistence.SqlFragment;
import eu.guardian.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Interim representatives not appointed in time (docs/domain-rules.md#appointment-deadlines): an open case awaiting a
 * guardian, its interim due date before today, and nobody acting for the child today. Due today is not a breach yet;
 * at midnight it becomes one. The authority is told of each breach once, also with several servers: the notice's row
 * (child, due date) is the key only one transaction can insert.
 */
@Stateless
public class InterimBreaches {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChildAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Event<NotificationRequested> notifications;

    @Inject
    Event<InterimRepresentativeBreached> breached;

    @Inject
    Clock clock;

    /** The breaches within the caller's reach, the longest first; one audit entry per page viewed. */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR, Role.Names.CASEWORKER})
    public Page<InterimBreach> list(int page, int size) {
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        LocalDate today = LocalDate.now(clock);
        SqlConditions conditions = breached(access.conditions(), today);
        Query select = em.createNativeQuery("SELECT c.id, c.case_number, c.region, c.interim_due_on FROM child c"
                + conditions.where() + " ORDER BY c.interim_due_on, c.id LIMIT ? OFFSET ?");
        conditions.bindPage(select, pageSize, pageNumber * pageSize);
        List<InterimBreach> items = NativeRows.list(select).stream().map(row -> breach(row, today)).toList();
        audit.record(AuditAction.READ, "InterimBreachList", null, Optional.empty(),
                Changes.none().note("page", pageNumber).note("size", pageSize));
        return new Page<>(items, count(), pageNumber, pageSize);
    }

    /** How many breaches within the caller's reach (the dashboard's figure). */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR, Role.Names.CASEWORKER})
    public long count() {
        SqlConditions conditions = breached(access.conditions(), LocalDate.now(clock));
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM child c" + conditions.where());
        conditions.bind(count);
        return ((Number) count.getSingleResult()).longValue();
    }

    /**
     * Tells the authority of breaches not yet told, a batch per transaction (run by {@link GuardianshipClockSchedule}).
     * @return how many breaches were looked at (fewer than {@code batch}: nothing more to do)
     */
    @PermitAll
    public int notifyNew(int batch) {
        LocalDate today = LocalDate.now(clock);
        SqlConditions conditions = breached(new SqlConditions(), today).and("NOT EXISTS (SELECT 1 FROM"
                + " interim_breach_notice n WHERE n.child_id = c.id AND n.interim_due_on = c.interim_due_on)");
        Query select = em.createNativeQuery("SELECT c.id, c.case_number, c.region, c.interim_due_on FROM child c"
                + conditions.where() + " ORDER BY c.interim_due_on, c.id LIMIT ? OFFSET ?");
        conditions.bindPage(select, batch, 0);
        List<Row> rows = NativeRows.list(select);
        for (Row row : rows) {
            InterimBreach breach = breach(row, today);
            int inserted = em.createNativeQuery("INSERT IGNORE INTO interim_breach_notice (child_id, interim_due_on,"
                            + " notified_at) VALUES (?, ?, ?)").setParameter(1, breach.childId())
                    .setParameter(2, Date.valueOf(breach.interimDueOn()))
                    .setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
            if (inserted == 1) {
                notifications.fire(NotificationRequested.toRole(Role.AUTHORITY, NotificationKind.DEADLINE_BREACH,
                        Optional.of(breach.childId()), "notification.interimBreached", breach.caseNumber(),
                        breach.interimDueOn()));
                breached.fire(new InterimRepresentativeBreached(breach.childId(), breach.caseNumber(),
                        breach.interimDueOn()));
            }
        }
        return rows.size();
    }

    private static SqlConditions breached(SqlConditions base, LocalDate today) {
        SqlFragment current = CurrentGuardianship.onDay("g", today);
        return base.and("c.status = 'OPEN'").and("c.awaiting_guardian = TRUE")
                .and("c.interim_due_on < ?", Date.valueOf(today))
                .and(new SqlFragment("NOT EXISTS (SELECT 1 FROM guardianship g WHERE g.child_id = c.id AND "
                        + current.sql() + ")", current.parameters()));
    }

    private static InterimBreach breach(Row row, LocalDate today) {
        LocalDate due = row.date("interim_due_on");
        return new InterimBreach(row.number("id"), row.text("case_number"), row.text("region"), due,
                ChronoUnit.DAYS.between(due, today));
    }
}
