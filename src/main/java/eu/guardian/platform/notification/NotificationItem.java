package eu.guardian.platform.notification;

import java.io.Serializable;
import java.time.Instant;

/** A notification as the bell, the digest and the API show it, its text in the reader's language. */
public record NotificationItem(long id, NotificationKind kind, Long childId, String text, Instant createdAt,
        boolean read, String link) implements Serializable {
}
