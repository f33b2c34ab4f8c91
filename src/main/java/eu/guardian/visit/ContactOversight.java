package eu.guardian.visit;

import eu.guardian.guardian.Guardian;
import eu.guardian.guardian.GuardianRegistry;
import eu.guardian.guardianship.GuardianshipKind;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.persistence.SqlValues;
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
        List<?> rows = em.createNativeQuery("SELECT g.child_id, s.last_contact_at, s.last_personal_contact_on,"
                        + " COALESCE(s.next_contact_due, g.first_meeting_due), c.birth_date, g.kind, g.appointed_on,"
                        + " g.first_meeting_due FROM guardianship g"
                        + " JOIN child c ON c.id = g.child_id"
                        + " LEFT JOIN contact_schedule s ON s.guardianship_id = g.id"
                        + " WHERE g.guardian_id = ? AND g.ended_on IS NULL AND g.appointed_on <= ?")
                .setParameter(1, guardianId.get()).setParameter(2, Date.valueOf(today)).getResultList();
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<Long> childIds = rows.stream().map(row -> ((Number) ((Object[]) row)[0]).longValue()).toList();
        Map<Long, Long> openFollowUps = new HashMap<>();
        em.createQuery("SELECT f.childId, COUNT(f) FROM FollowUp f WHERE f.childId IN :children AND f.doneOn IS NULL"
                        + " GROUP BY f.childId", Object[].class).setParameter("children", childIds).getResultList()
                .forEach(r -> openFollowUps.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        Map<Long, WardContact> wards = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long childId = ((Number) r[0]).longValue();
            LocalDate due = SqlValues.date(r[3]);
            WardContact contact = new WardContact(childId, GuardianshipKind.valueOf((String) r[5]), SqlValues.date(r[6]),
                    SqlValues.date(r[7]), SqlValues.instantOrNull(r[1]), SqlValues.date(r[2]), due,
                    ContactRules.isOverdue(due, today), openFollowUps.getOrDefault(childId, 0L),
                    ContactRules.upcomingEighteenth(Optional.ofNullable(SqlValues.date(r[4])), today, transitionMonths)
                            .orElse(null));
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
        List<?> rows = em.createNativeQuery("SELECT s.guardianship_id, s.child_id, c.case_number, c.given_names,"
                        + " c.family_name, s.guardian_id, gu.name, s.next_contact_due, s.last_personal_contact_on"
                        + " FROM contact_schedule s JOIN guardianship g ON g.id = s.guardianship_id"
                        + " JOIN child c ON c.id = s.child_id JOIN guardian gu ON gu.id = s.guardian_id"
                        + " WHERE s.next_contact_due < ? AND g.ended_on IS NULL"
                        + " ORDER BY s.next_contact_due, s.guardianship_id LIMIT ? OFFSET ?")
                .setParameter(1, Date.valueOf(today)).setParameter(2, pageSize)
                .setParameter(3, pageNumber * pageSize).getResultList();
        List<OverdueContact> items = rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            LocalDate due = SqlValues.date(r[7]);
            return new OverdueContact(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    r[3] + " " + r[4], ((Number) r[5]).longValue(), (String) r[6], due, SqlValues.date(r[8]),
                    ChronoUnit.DAYS.between(due, today));
        }).toList();
        return new Page<>(items, countOverdueUpTo(Page.COUNT_LIMIT, today), pageNumber, pageSize);
    }

    private long countOverdueUpTo(int limit, LocalDate today) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM contact_schedule s"
                        + " JOIN guardianship g ON g.id = s.guardianship_id"
                        + " WHERE s.next_contact_due < ? AND g.ended_on IS NULL LIMIT ?) matches")
                .setParameter(1, Date.valueOf(today)).setParameter(2, limit).getSingleResult()).longValue();
    }

    /** How many active guardianships have an overdue personal contact (dashboards). */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR, Role.Names.CASEWORKER})
    public long countOverdue() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM contact_schedule s"
                        + " JOIN guardianship g ON g.id = s.guardianship_id"
                        + " WHERE s.next_contact_due < ? AND g.ended_on IS NULL")
                .setParameter(1, Date.valueOf(LocalDate.now(clock))).getSingleResult()).longValue();
    }
}
