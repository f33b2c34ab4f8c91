package eu.guardian.visit;

import eu.guardian.child.ChildAccess;
import eu.guardian.child.ChildNames;
import eu.guardian.guardian.Guardian;
import eu.guardian.guardian.GuardianRegistry;
import eu.guardian.guardianship.CurrentGuardianship;
import eu.guardian.guardianship.GuardianshipKind;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.persistence.NativeRows;
import eu.guardian.platform.persistence.Row;
import eu.guardian.platform.persistence.SqlConditions;
import eu.guardian.platform.persistence.SqlFragment;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is due to be seen: a guardian's own wards ("My children", a few indexed lookups per page whatever the number of
 * visits), and for the authority every guardianship whose personal contact is overdue (paged, in due order, served by
 * the schedule's index). The count is for dashboards.
 */
@Stateless
public class ContactOversight {

    @PersistenceContext
    EntityManager em;

    @Inject
    GuardianRegistry guardians;

    @Inject
    CurrentUser currentUser;

    @Inject
    Settings settings;

    @Inject
    ChildAccess access;

    @Inject
    Clock clock;

    /** The caller's current wards by child id, with their appointment (a guardian asks only about themself). */
    @RolesAllowed(Role.Names.GUARDIAN)
    public Map<Long, WardContact> myWards() {
        Optional<Long> guardianId = guardians.byUsername(currentUser.getName()).map(Guardian::getId);
        if (guardianId.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        int transitionMonths = settings.value(SettingKey.TRANSITION_MONTHS);
        SqlFragment current = CurrentGuardianship.onDay("g", today);
        var query = em.createNativeQuery("SELECT g.child_id, s.last_contact_at, s.last_personal_contact_on,"
                + " COALESCE(s.next_contact_due, g.first_meeting_due) AS next_contact_due, c.adult_on, g.kind,"
                + " g.appointed_on, g.first_meeting_due FROM guardianship g"
                + " JOIN child c ON c.id = g.child_id"
                + " LEFT JOIN contact_schedule s ON s.guardianship_id = g.id"
                + " WHERE g.guardian_id = ? AND " + current.sql());
        current.bind(query.setParameter(1, guardianId.get()), 2);
        List<Row> rows = NativeRows.list(query);
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<Long> childIds = rows.stream().map(row -> row.number("child_id")).toList();
        Map<Long, Long> openFollowUps = new HashMap<>();
        em.createQuery("SELECT f.childId, COUNT(f) FROM FollowUp f WHERE f.childId IN :children AND f.doneOn IS NULL"
                        + " GROUP BY f.childId", Object[].class).setParameter("children", childIds).getResultList()
                .forEach(r -> openFollowUps.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        Map<Long, WardContact> wards = new HashMap<>();
        for (Row row : rows) {
            long childId = row.number("child_id");
            LocalDate due = row.date("next_contact_due");
            WardContact contact = new WardContact(childId, row.enumValue("kind", GuardianshipKind.class),
                    row.date("appointed_on"), row.date("first_meeting_due"),
                    row.optionalInstant("last_contact_at").orElse(null),
                    row.optionalDate("last_personal_contact_on").orElse(null), due, ContactRules.isOverdue(due, today),
                    openFollowUps.getOrDefault(childId, 0L), ContactRules.upcomingEighteenth(
                            row.optionalDate("adult_on"), today, transitionMonths).orElse(null));
            wards.merge(childId, contact, (a, b) -> a.nextContactDue().isBefore(b.nextContactDue()) ? a : b);
        }
        return wards;
    }

    /** Active guardianships whose personal contact is overdue, the longest overdue first. */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR, Role.Names.CASEWORKER})
    public Page<OverdueContact> overdue(int page, int size) {
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        LocalDate today = LocalDate.now(clock);
        SqlConditions overdue = overdueContacts(today);
        var query = em.createNativeQuery("SELECT s.guardianship_id, s.child_id, c.case_number, "
                + ChildNames.columns("c") + ", s.guardian_id, gu.name AS guardian_name, s.next_contact_due,"
                + " s.last_personal_contact_on FROM contact_schedule s JOIN guardianship g ON g.id = s.guardianship_id"
                + " JOIN child c ON c.id = s.child_id JOIN guardian gu ON gu.id = s.guardian_id" + overdue.where()
                + " ORDER BY s.next_contact_due, s.guardianship_id LIMIT ? OFFSET ?");
        overdue.bindPage(query, pageSize, pageNumber * pageSize);
        List<OverdueContact> items = NativeRows.list(query).stream().map(row -> {
            LocalDate due = row.date("next_contact_due");
            return new OverdueContact(row.number("guardianship_id"), row.number("child_id"), row.text("case_number"),
                    ChildNames.fullName(row), row.number("guardian_id"),
                    row.text("guardian_name"), due, row.optionalDate("last_personal_contact_on").orElse(null),
                    ChronoUnit.DAYS.between(due, today));
        }).toList();
        return new Page<>(items, countOverdueUpTo(Page.COUNT_LIMIT, today), pageNumber, pageSize);
    }

    private long countOverdueUpTo(int limit, LocalDate today) {
        SqlConditions overdue = overdueContacts(today);
        var count = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM contact_schedule s"
                + " JOIN guardianship g ON g.id = s.guardianship_id" + overdue.where() + " LIMIT " + limit
                + ") matches");
        overdue.bind(count);
        return ((Number) count.getSingleResult()).longValue();
    }

    /** Current guardianships past their next contact, of children within the caller's reach. */
    private SqlConditions overdueContacts(LocalDate today) {
        return new SqlConditions().and("s.next_contact_due < ?", Date.valueOf(today))
                .and(CurrentGuardianship.onDay("g", today)).and(access.onChildId("s.child_id"));
    }

    /**
     * How many active guardianships have an overdue personal contact (dashboards, landing pages), up to
     * {@link Page#COUNT_LIMIT} like every count shown ("10,000+"): counting all of them joined every overdue
     * schedule to its guardianship on each dashboard view.
     */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR, Role.Names.CASEWORKER})
    public long countOverdue() {
        return countOverdueUpTo(Page.COUNT_LIMIT, LocalDate.now(clock));
    }
}
