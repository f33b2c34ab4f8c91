package eu.guardian.visit;

import eu.guardian.guardianship.CurrentGuardianship;
import eu.guardian.platform.notification.NotificationKind;
import eu.guardian.platform.notification.NotificationRequested;
import eu.guardian.platform.persistence.NativeRows;
import eu.guardian.platform.persistence.Row;
import eu.guardian.platform.persistence.SqlFragment;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
import eu.guardian.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The reminders the clock causes, in batches (each batch its own transaction): guardians whose personal contact is
 * overdue (once per due date), visit authors whose follow-ups fall due soon (once), and the authority for urgent
 * concerns left unacknowledged beyond the escalation setting (once). Run by {@link ReminderSchedule}.
 */
@Stateless
@PermitAll
public class Reminders {

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Event<NotificationRequested> notifications;

    @Inject
    Clock clock;

    /** @return how many guardians were told in this batch */
    public int overdueContacts(int batch) {
        LocalDate today = LocalDate.now(clock);
        SqlFragment current = CurrentGuardianship.onDay("g", today);
        var query = em.createNativeQuery("SELECT s.guardianship_id, s.child_id, c.case_number, gu.username,"
                + " s.next_contact_due FROM contact_schedule s JOIN guardianship g ON g.id = s.guardianship_id"
                + " JOIN child c ON c.id = s.child_id JOIN guardian gu ON gu.id = s.guardian_id"
                + " WHERE s.next_contact_due < ? AND " + current.sql()
                + " AND (s.overdue_notified_for IS NULL OR s.overdue_notified_for <> s.next_contact_due)"
                + " ORDER BY s.next_contact_due LIMIT ?");
        int next = current.bind(query.setParameter(1, Date.valueOf(today)), 2);
        List<Row> rows = NativeRows.list(query.setParameter(next, batch));
        for (Row row : rows) {
            ContactSchedule schedule = em.find(ContactSchedule.class, row.number("guardianship_id"));
            schedule.overdueNotified(schedule.getNextContactDue());
            row.optionalText("username").ifPresent(username -> notifications.fire(NotificationRequested.toUser(
                    username, NotificationKind.OVERDUE_CONTACT, Optional.of(row.number("child_id")),
                    "notification.contactOverdue", row.text("case_number"), row.date("next_contact_due"))));
        }
        return rows.size();
    }

    /** @return how many follow-ups were reminded in this batch */
    public int followUpsDueSoon(int batch) {
        LocalDate horizon = LocalDate.now(clock).plusDays(settings.value(SettingKey.DUE_SOON_DAYS));
        List<FollowUp> due = em.createQuery("SELECT f FROM FollowUp f WHERE f.doneOn IS NULL AND f.reminded = FALSE"
                + " AND f.dueOn <= :horizon ORDER BY f.dueOn", FollowUp.class).setParameter("horizon", horizon)
                .setMaxResults(batch).getResultList();
        for (FollowUp followUp : due) {
            em.createQuery("UPDATE FollowUp f SET f.reminded = TRUE WHERE f.id = :id")
                    .setParameter("id", followUp.getId()).executeUpdate();
            notifications.fire(NotificationRequested.toUser(followUp.getVisit().getAuthor(), NotificationKind.DUE_SOON,
                    Optional.of(followUp.getChildId()), "notification.followUpDue", followUp.getDueOn()));
        }
        return due.size();
    }

    /**
     * Concerns the responsible caseworker has not acknowledged within the setting's hours go to the whole team
     * (docs/domain-rules.md#responsible-caseworker). Each is claimed by one UPDATE, so that a concern is passed on
     * once whichever server runs the job.
     *
     * @return how many concerns were passed on in this batch
     */
    public int concernsToTeam(int batch) {
        Instant now = clock.instant();
        List<Object[]> late = em.createQuery("SELECT c.id, c.childId, ch.caseNumber, c.urgency FROM Concern c, Child ch"
                        + " WHERE ch.id = c.childId AND c.status = eu.guardian.visit.ConcernStatus.OPEN"
                        + " AND c.teamAlertedAt IS NULL AND c.raisedAt < :before"
                        + " AND ch.responsibleCaseworker IS NOT NULL ORDER BY c.raisedAt", Object[].class)
                .setParameter("before", now.minus(java.time.Duration.ofHours(
                        settings.value(SettingKey.CONCERN_TEAM_HOURS)))).setMaxResults(batch).getResultList();
        for (Object[] concern : late) {
            int claimed = em.createQuery("UPDATE Concern c SET c.teamAlertedAt = :now WHERE c.id = :id"
                    + " AND c.teamAlertedAt IS NULL").setParameter("now", now).setParameter("id", concern[0])
                    .executeUpdate();
            if (claimed == 1) {
                notifications.fire(NotificationRequested.toRole(Role.CASEWORKER, NotificationKind.CONCERN,
                        Optional.of((Long) concern[1]), concern[3] == Urgency.URGENT ? "notification.urgentConcern"
                                : "notification.concern", concern[2]));
            }
        }
        return late.size();
    }

    /** @return how many concerns were escalated in this batch */
    public int escalateConcerns(int batch) {
        List<Concern> late = em.createQuery("SELECT c FROM Concern c WHERE c.status = eu.guardian.visit.ConcernStatus.OPEN"
                        + " AND c.urgency = eu.guardian.visit.Urgency.URGENT AND c.escalatedAt IS NULL"
                        + " AND c.raisedAt < :before ORDER BY c.raisedAt", Concern.class)
                .setParameter("before", clock.instant().minus(java.time.Duration.ofHours(
                        settings.value(SettingKey.CONCERN_ESCALATION_HOURS)))).setMaxResults(batch).getResultList();
        for (Concern concern : late) {
            concern.escalate(clock.instant());
            String caseNumber = (String) em.createQuery("SELECT c.caseNumber FROM Child c WHERE c.id = :id")
                    .setParameter("id", concern.getChildId()).getSingleResult();
            notifications.fire(NotificationRequested.toRole(Role.AUTHORITY, NotificationKind.CONCERN_ESCALATED,
                    Optional.of(concern.getChildId()), "notification.concernEscalated", caseNumber));
        }
        return late.size();
    }
}
