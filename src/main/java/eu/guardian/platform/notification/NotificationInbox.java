package eu.guardian.platform.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Stores requested notifications in the transaction of whoever fired the event (synchronous observer): a personal
 * notification as a row of the user's list, a role-wide one once, to be delivered to each member when they next
 * open a page ({@link Notifications#deliverRoleNotifications}). A personal one is also put in the e-mail outbox, as
 * the user chose ({@link MailOutbox}); a role-wide one is not e-mailed (docs/notifications.md).
 */
@ApplicationScoped
public class NotificationInbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailOutbox mailOutbox;

    void on(@Observes NotificationRequested request) {
        Instant now = clock.instant();
        String arguments = json(request.arguments());
        if (request.recipient() instanceof NotificationRequested.Recipient.User user) {
            em.persist(new Notification(user.username(), request.kind(), request.childId(), request.messageKey(),
                    arguments, now));
            mailOutbox.enqueue(user.username(), request.kind(), request.childId(), now);
        } else if (request.recipient() instanceof NotificationRequested.Recipient.RoleMembers members) {
            em.createNativeQuery("INSERT INTO role_notification (role, kind, child_id, message_key, arguments,"
                            + " created_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .setParameter(1, members.role().id()).setParameter(2, request.kind().name())
                    .setParameter(3, request.childId().orElse(null)).setParameter(4, request.messageKey())
                    .setParameter(5, arguments).setParameter(6, Timestamp.from(now)).executeUpdate();
        }
    }

    static String json(List<String> arguments) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        arguments.forEach(array::add);
        return array.build().toString();
    }
}
