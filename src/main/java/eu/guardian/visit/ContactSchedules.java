package eu.guardian.visit;

import eu.guardian.guardianship.GuardianshipStarted;
import eu.guardian.platform.notification.NotificationKind;
import eu.guardian.platform.notification.NotificationRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Starts a guardianship's contact schedule when it is appointed (in the appointment's transaction), and tells the
 * guardian about the new ward and the first meeting's deadline.
 */
@ApplicationScoped
public class ContactSchedules {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<NotificationRequested> notifications;

    void started(@Observes GuardianshipStarted started) {
        if (em.find(ContactSchedule.class, started.guardianshipId()) == null) {
            em.persist(new ContactSchedule(started.guardianshipId(), started.childId(), started.guardianId(),
                    ContactRules.Schedule.start(started.appointedOn(), started.firstMeetingDue())));
        }
        started.guardianUsername().ifPresent(username -> notifications.fire(NotificationRequested.toUser(username,
                NotificationKind.APPOINTMENT, Optional.of(started.childId()), "notification.appointed",
                started.caseNumber(), started.firstMeetingDue())));
    }
}
