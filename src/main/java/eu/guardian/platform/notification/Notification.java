package eu.guardian.platform.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One notification in a user's list; unread until the user opens it or marks all read. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @TableGenerator(name = "notification_id", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "notification", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "notification_id")
    private Long id;

    @Column(name = "recipient", nullable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private NotificationKind kind;

    @Column(name = "child_id")
    private Long childId;

    @Column(name = "message_key", nullable = false)
    private String messageKey;

    @Column(name = "arguments")
    private String arguments;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
        // for JPA
    }

    Notification(String recipient, NotificationKind kind, Optional<Long> childId, String messageKey,
            String argumentsJson, Instant createdAt) {
        this.recipient = Objects.requireNonNull(recipient);
        this.kind = Objects.requireNonNull(kind);
        this.childId = childId.orElse(null);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.arguments = argumentsJson;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Optional<Long> childId() {
        return Optional.ofNullable(childId);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getArguments() {
        return arguments;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> readAt() {
        return Optional.ofNullable(readAt);
    }
}
