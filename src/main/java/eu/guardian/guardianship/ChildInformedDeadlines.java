package eu.guardian.guardianship;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.child.ChildAccess;
import eu.guardian.child.ChildRegistry;
import eu.guardian.platform.notification.NotificationKind;
import eu.guardian.platform.notification.NotificationRequested;
import eu.guardian.platform.persistence.NativeRows;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.persistence.Row;
import eu.guardian.platform.persistence.SqlConditions;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The child is told of the appointment (docs/domain-rules.md#the-laws-clocks): by a setting's working days after it,
 * recorded on the guardianship; the overdue list (the caller's part of the children: a guardian their own wards), its
 * count for the dashboard, and a notice to the guardian once per overdue appointment.
 */
@Stateless
public class ChildInformedDeadlines {

    private static final String SELECT = "SELECT g.id, g.child_id, c.case_number, gu.name, g.appointed_on,"
            + " g.child_informed_due_on, g.child_informed_on, g.version";

    @PersistenceContext
    EntityManager em;

    @Inject
    ChildAccess access;

    @Inject
    ChildRegistry children;

    @Inject
    AuditTrail audit;

    @Inject
    Event<NotificationRequested> notifications;

    @Inject
    Clock clock;

    /** Current appointments whose child has not been told in time, the oldest first; one audit entry per page. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public Page<ChildInformed> overdue(int page, int size) {
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        LocalDate today = LocalDate.now(clock);
        SqlConditions conditions = overdueConditions(access.conditions(), today);
        Query select = em.createNativeQuery(SELECT + FROM + conditions.where()
                + " ORDER BY g.child_informed_due_on, g.id LIMIT ? OFFSET ?");
        conditions.bindPage(select, pageSize, pageNumber * pageSize);
        List<ChildInformed> items = NativeRows.list(select).stream().map(row -> of(row, today)).toList();
        audit.record(AuditAction.READ, "ChildInformedOverdueList", null, Optional.empty(),
                Changes.none().note("page", pageNumber).note("size", pageSize));
        return new Page<>(items, count(), pageNumber, pageSize);
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public long count() {
        SqlConditions conditions = overdueConditions(access.conditions(), LocalDate.now(clock));
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1" + FROM + conditions.where() + " LIMIT "
                + Page.COUNT_LIMIT + ") matches");
        conditions.bind(count);
        return ((Number) count.getSingleResult()).longValue();
    }

    /** Records the day the child was told; by the guardian of the ward, a caseworker or the authority. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY})
    public ChildInformed record(long guardianshipId, Long expectedVersion, String informedOn) {
        Guardianship guardianship = Optional.ofNullable(em.find(Guardianship.class, guardianshipId))
                .orElseThrow(() -> new NotFound("Guardianship " + guardianshipId));
        children.childToWorkOn(guardianship.getChild().getId());
        if (expectedVersion != null && expectedVersion != guardianship.getVersion()) {
            throw new OptimisticLockException("The guardianship was changed by someone else");
        }
        LocalDate today = LocalDate.now(clock);
        Checks checks = new Checks().required("childInformedOn", informedOn);
        Optional<LocalDate> day = checks.date("childInformedOn", informedOn);
        day.ifPresent(d -> checks.notInFuture("childInformedOn", d, today)
                .notBefore("childInformedOn", d, "appointedOn", guardianship.getAppointedOn()));
        checks.throwIfAny();
        LocalDate before = guardianship.getChildInformedOn();
        guardianship.recordChildInformed(day.orElseThrow());
        audit.record(AuditAction.UPDATE, "Guardianship", guardianshipId, Optional.of(guardianship.getChild().getId()),
                Changes.none().field("childInformedOn", before, day.get()));
        em.flush();
        LocalDate due = guardianship.childInformedDueOn().orElse(null);
        return new ChildInformed(guardianshipId, guardianship.getChild().getId(),
                guardianship.getChild().getCaseNumber(), guardianship.getGuardian().getName(),
                guardianship.getAppointedOn(), due, day.get(), false, guardianship.getVersion());
    }

    /**
     * Tells each guardian once of their wards not told in time, a batch per transaction (the job runs it): the flag's
     * update is the one step only one server can make.
     * @return how many were looked at
     */
    @PermitAll
    public int notifyOverdue(int batch) {
        LocalDate today = LocalDate.now(clock);
        SqlConditions conditions = overdueConditions(new SqlConditions(), today)
                .and("g.child_informed_overdue_told = FALSE");
        Query select = em.createNativeQuery(SELECT + ", gu.username" + FROM + conditions.where()
                + " ORDER BY g.child_informed_due_on, g.id LIMIT ? OFFSET ?");
        conditions.bindPage(select, batch, 0);
        List<Row> rows = NativeRows.list(select);
        for (Row row : rows) {
            int told = em.createNativeQuery("UPDATE guardianship SET child_informed_overdue_told = TRUE WHERE id = ?"
                    + " AND child_informed_overdue_told = FALSE").setParameter(1, row.number("id")).executeUpdate();
            Optional<String> guardian = row.optionalText("username");
            if (told == 1 && guardian.isPresent()) {
                notifications.fire(NotificationRequested.toUser(guardian.get(), NotificationKind.DEADLINE_BREACH,
                        Optional.of(row.number("child_id")), "notification.childInformedOverdue",
                        row.text("case_number"), row.date("child_informed_due_on")));
            }
        }
        return rows.size();
    }

    private static final String FROM = " FROM guardianship g JOIN child c ON c.id = g.child_id"
            + " JOIN guardian gu ON gu.id = g.guardian_id";

    private static SqlConditions overdueConditions(SqlConditions base, LocalDate today) {
        Date day = Date.valueOf(today);
        return base.and("c.status = 'OPEN'").and("g.child_informed_on IS NULL")
                .and("g.child_informed_due_on < ?", day).and(CurrentGuardianship.onDay("g", today));
    }

    private static ChildInformed of(Row row, LocalDate today) {
        LocalDate due = row.date("child_informed_due_on");
        Optional<LocalDate> informed = row.optionalDate("child_informed_on");
        return new ChildInformed(row.number("id"), row.number("child_id"), row.text("case_number"), row.text("name"),
                row.date("appointed_on"), due, informed.orElse(null), informed.isEmpty() && due.isBefore(today),
                row.number("version"));
    }
}
