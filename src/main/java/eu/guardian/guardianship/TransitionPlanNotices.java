package eu.guardian.guardianship;

import eu.guardian.platform.notification.NotificationKind;
import eu.guardian.platform.notification.NotificationRequested;
import eu.guardian.platform.persistence.NativeRows;
import eu.guardian.platform.persistence.Row;
import eu.guardian.platform.persistence.SqlConditions;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
import eu.guardian.security.Role;
import jakarta.annotation.security.PermitAll;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tells those who must act that a child's transition plan has fallen due (docs/domain-rules.md#transition-to-adulthood):
 * the child's current guardian and the responsible caseworker, or the authority when the case has neither. Each plan
 * is told once, also with several servers: the notice's row (child, 18th birthday) is the key only one transaction
 * can insert, as for interim breaches ({@link InterimBreaches#notifyNew}). The text names the case number only.
 */
@Stateless
public class TransitionPlanNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Event<NotificationRequested> notifications;

    @Inject
    Clock clock;

    /**
     * Tells the plans due and not yet told, a batch per transaction (run by {@link GuardianshipClockSchedule}).
     * @return how many plans were looked at (fewer than {@code batch}: nothing more to do)
     */
    @PermitAll
    public int notifyDue(int batch) {
        LocalDate today = LocalDate.now(clock);
        int months = settings.value(SettingKey.TRANSITION_MONTHS);
        SqlConditions due = new SqlConditions().and("c.status = 'OPEN'")
                .and("c.adult_on <= ?", Date.valueOf(today.plusMonths(months)))
                .and("NOT EXISTS (SELECT 1 FROM adulthood_transition t WHERE t.child_id = c.id"
                        + " AND t.plan_recorded_on IS NOT NULL)")
                .and("NOT EXISTS (SELECT 1 FROM transition_plan_notice n WHERE n.child_id = c.id"
                        + " AND n.adult_on = c.adult_on)");
        Query select = em.createNativeQuery("SELECT c.id, c.case_number, c.adult_on, c.responsible_caseworker"
                + " FROM child c" + due.where() + " ORDER BY c.adult_on, c.id LIMIT ? OFFSET ?");
        due.bindPage(select, batch, 0);
        List<Row> rows = NativeRows.list(select);
        for (Row row : rows) {
            long childId = row.number("id");
            LocalDate adultOn = row.date("adult_on");
            int inserted = em.createNativeQuery("INSERT IGNORE INTO transition_plan_notice (child_id, adult_on,"
                            + " notified_at) VALUES (?, ?, ?)").setParameter(1, childId)
                    .setParameter(2, Date.valueOf(adultOn)).setParameter(3, Timestamp.from(clock.instant()))
                    .executeUpdate();
            if (inserted == 1) {
                tell(childId, row.text("case_number"), Transitions.planDueOn(adultOn, months), recipients(row, today));
            }
        }
        return rows.size();
    }

    private void tell(long childId, String caseNumber, LocalDate planDueOn, Set<String> users) {
        if (users.isEmpty()) {
            notifications.fire(NotificationRequested.toRole(Role.AUTHORITY, NotificationKind.DUE_SOON,
                    Optional.of(childId), "notification.transitionPlanDue", caseNumber, planDueOn));
        }
        for (String user : users) {
            notifications.fire(NotificationRequested.toUser(user, NotificationKind.DUE_SOON, Optional.of(childId),
                    "notification.transitionPlanDue", caseNumber, planDueOn));
        }
    }

    /** The current guardian's account (if the guardian has one) and the responsible caseworker, each once. */
    private Set<String> recipients(Row child, LocalDate today) {
        Set<String> users = new LinkedHashSet<>();
        SqlConditions current = new SqlConditions().and("g.child_id = ?", child.number("id"))
                .and(CurrentGuardianship.onDay("g", today)).and("gu.username IS NOT NULL");
        Query guardian = em.createNativeQuery("SELECT gu.username FROM guardianship g JOIN guardian gu"
                + " ON gu.id = g.guardian_id" + current.where());
        current.bind(guardian);
        NativeRows.list(guardian).forEach(row -> row.optionalText("username").ifPresent(users::add));
        child.optionalText("responsible_caseworker").ifPresent(users::add);
        return users;
    }
}
