package eu.guardian.platform.notification;

import java.util.Optional;

/** One claimed row of the mail outbox: what the e-mail may say (kind, case number), never a name. */
public record OutboxMail(long id, String recipient, NotificationKind kind, Optional<Long> childId,
        Optional<String> caseNumber, int attempts) {
}
