package eu.guardian.platform.notification;

import eu.guardian.platform.i18n.Messages;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.persistence.NativeRows;
import eu.guardian.platform.persistence.Row;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A signed-in user's own notifications: the bell's unread count (one indexed count), the latest, the daily digest,
 * marking read. Everyone sees only their own list; role-wide notifications are first delivered into it.
 */
@Stateless
@PermitAll
public class Notifications {

    /** Role-wide notifications older than this are not delivered to a member who signs in for the first time. */
    static final Duration FIRST_DELIVERY = Duration.ofDays(7);
    private static final int DELIVERY_BATCH = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    NotificationScope scope;

    @Inject
    Clock clock;

    /** Copies the role-wide notifications the caller has not had yet into their own list. */
    public void deliverRoleNotifications() {
        Optional<String> user = currentUser.username();
        if (user.isEmpty()) {
            return;
        }
        for (Role role : currentUser.getRoles()) {
            deliver(user.get(), role);
        }
    }

    private void deliver(String username, Role role) {
        List<?> cursor = em.createNativeQuery("SELECT last_id FROM notification_cursor WHERE username = ? AND role = ?")
                .setParameter(1, username).setParameter(2, role.id()).getResultList();
        Number newest = (Number) em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM role_notification WHERE role = ?")
                .setParameter(1, role.id()).getSingleResult();
        long lastId = cursor.isEmpty() ? -1 : ((Number) cursor.get(0)).longValue();
        if (lastId == newest.longValue()) {
            return;
        }
        List<Row> rows;
        if (lastId < 0) {
            rows = NativeRows.list(em.createNativeQuery("SELECT id, kind, child_id, message_key, arguments, created_at"
                            + " FROM role_notification WHERE role = ? AND created_at >= ? ORDER BY id DESC LIMIT ?")
                    .setParameter(1, role.id()).setParameter(2, Timestamp.from(clock.instant().minus(FIRST_DELIVERY)))
                    .setParameter(3, DELIVERY_BATCH));
            em.createNativeQuery("INSERT IGNORE INTO notification_cursor (username, role, last_id) VALUES (?, ?, ?)")
                    .setParameter(1, username).setParameter(2, role.id()).setParameter(3, newest.longValue())
                    .executeUpdate();
        } else {
            rows = NativeRows.list(em.createNativeQuery("SELECT id, kind, child_id, message_key, arguments, created_at"
                            + " FROM role_notification WHERE role = ? AND id > ? ORDER BY id LIMIT ?")
                    .setParameter(1, role.id()).setParameter(2, lastId).setParameter(3, DELIVERY_BATCH));
            long delivered = rows.stream().mapToLong(row -> row.number("id")).max().orElse(lastId);
            // Only the request that moves the cursor delivers: a concurrent request of the same user delivers nothing.
            int moved = em.createNativeQuery("UPDATE notification_cursor SET last_id = ? WHERE username = ? AND role = ?"
                            + " AND last_id = ?").setParameter(1, delivered).setParameter(2, username)
                    .setParameter(3, role.id()).setParameter(4, lastId).executeUpdate();
            if (moved == 0) {
                return;
            }
        }
        for (Row row : rows) {
            if (row.optionalNumber("child_id").filter(childId -> !scope.reaches(childId)).isPresent()) {
                continue; // about a child out of this member's reach
            }
            em.persist(new Notification(username, row.enumValue("kind", NotificationKind.class),
                    row.optionalNumber("child_id"), row.text("message_key"), row.optionalText("arguments").orElse(null),
                    row.instant("created_at")));
        }
    }

    public long unreadCount() {
        return currentUser.username().map(user -> em.createQuery("SELECT COUNT(n) FROM Notification n"
                        + " WHERE n.recipient = :user AND n.readAt IS NULL", Long.class)
                .setParameter("user", user).getSingleResult()).orElse(0L);
    }

    /** The newest notifications, unread first. */
    public List<NotificationItem> latest(int limit, Locale reader) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipient = :user"
                        + " ORDER BY CASE WHEN n.readAt IS NULL THEN 0 ELSE 1 END, n.id DESC", Notification.class)
                .setParameter("user", currentUser.getName()).setMaxResults(Math.max(1, Math.min(limit, 50)))
                .getResultList().stream().map(n -> item(n, reader)).toList();
    }

    /** All of the caller's notifications, newest first, paged. */
    public Page<NotificationItem> page(int page, int size, Locale reader) {
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        String user = currentUser.getName();
        List<NotificationItem> items = em.createQuery("SELECT n FROM Notification n WHERE n.recipient = :user"
                        + " ORDER BY n.createdAt DESC, n.id DESC", Notification.class).setParameter("user", user)
                .setFirstResult(pageNumber * pageSize).setMaxResults(pageSize).getResultList().stream()
                .map(n -> item(n, reader)).toList();
        long total = em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipient = :user", Long.class)
                .setParameter("user", user).getSingleResult();
        return new Page<>(items, total, pageNumber, pageSize);
    }

    /** The daily digest: what arrived in the last 24 hours, grouped by kind (the page groups the ordered list). */
    public List<NotificationItem> digest(Locale reader) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipient = :user AND n.createdAt >= :since"
                        + " ORDER BY n.kind, n.createdAt DESC", Notification.class)
                .setParameter("user", currentUser.getName())
                .setParameter("since", clock.instant().minus(Duration.ofHours(24))).setMaxResults(Page.MAX_SIZE)
                .getResultList().stream().map(n -> item(n, reader)).toList();
    }

    /** Marks one of the caller's own notifications read and returns it (another user's is "not found"). */
    public NotificationItem markRead(long id, Locale reader) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null || !notification.getRecipient().equals(currentUser.getName())) {
            throw new NotFound("Notification " + id);
        }
        notification.markRead(clock.instant());
        return item(notification, reader);
    }

    public int markAllRead() {
        return em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.recipient = :user"
                        + " AND n.readAt IS NULL").setParameter("now", clock.instant())
                .setParameter("user", currentUser.getName()).executeUpdate();
    }

    private NotificationItem item(Notification n, Locale reader) {
        List<Object> arguments = arguments(n.getArguments());
        String text = Messages.text(reader, n.getMessageKey(), arguments);
        return new NotificationItem(n.getId(), n.getKind(), n.childId().orElse(null), text, n.getCreatedAt(),
                n.readAt().isPresent(), link(n));
    }

    /** Where a notification leads: the concerns list for those who handle concerns, else the child's file. */
    private String link(Notification n) {
        boolean handlesConcerns = currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY)
                || currentUser.has(Role.AUDITOR);
        if ((n.getKind() == NotificationKind.CONCERN || n.getKind() == NotificationKind.CONCERN_ESCALATED)
                && handlesConcerns) {
            return "/visits/concerns.xhtml";
        }
        if (n.getKind() == NotificationKind.OVERDUE_CONTACT && currentUser.has(Role.GUARDIAN)) {
            return "/guardian/my-children.xhtml";
        }
        return n.childId().map(id -> "/children/file.xhtml?id=" + id).orElse("/notifications/digest.xhtml");
    }

    private static List<Object> arguments(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        JsonArray array = Json.createReader(new StringReader(json)).readArray();
        return array.stream().map(value -> (Object) (value instanceof JsonString s ? s.getString() : value.toString()))
                .toList();
    }
}
