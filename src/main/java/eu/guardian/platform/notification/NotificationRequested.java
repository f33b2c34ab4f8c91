package eu.guardian.platform.notification;

import eu.guardian.security.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A CDI event any capability fires (synchronously, {@code Event.fire}, inside its own transaction) to tell a user or
 * every member of a role about something: the notification is stored in the same transaction, so it exists exactly
 * when the change that caused it was committed. The text is a message key with arguments, shown in the reader's
 * language; arguments must not carry special-category data (use case numbers, not names or health details).
 */
public record NotificationRequested(Recipient recipient, NotificationKind kind, Optional<Long> childId,
        String messageKey, List<String> arguments) {

    /** Who is told: one user, or every member of a role (delivered to each when they next open a page). */
    public sealed interface Recipient {
        record User(String username) implements Recipient {
            public User {
                Objects.requireNonNull(username);
            }
        }

        record RoleMembers(Role role) implements Recipient {
            public RoleMembers {
                Objects.requireNonNull(role);
            }
        }
    }

    public NotificationRequested {
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(childId);
        Objects.requireNonNull(messageKey);
        arguments = List.copyOf(arguments);
    }

    public static NotificationRequested toUser(String username, NotificationKind kind, Optional<Long> childId,
            String messageKey, Object... arguments) {
        return new NotificationRequested(new Recipient.User(username), kind, childId, messageKey, strings(arguments));
    }

    public static NotificationRequested toRole(Role role, NotificationKind kind, Optional<Long> childId,
            String messageKey, Object... arguments) {
        return new NotificationRequested(new Recipient.RoleMembers(role), kind, childId, messageKey,
                strings(arguments));
    }

    private static List<String> strings(Object... arguments) {
        return Arrays.stream(arguments).map(String::valueOf).toList();
    }
}
