package eu.guardian.platform.notification;

import eu.guardian.platform.persistence.NativeRows;
import eu.guardian.platform.persistence.Row;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The notification e-mails' outbox (docs/notifications.md): a row is written with the notification, in its
 * transaction; the delivery job claims rows in transactions of their own, so that a claimed row is never handed to
 * the SMTP server twice (a later failure puts it back with a backoff; a server dying mid-send leaves it UNCERTAIN).
 */
@Stateless
public class MailOutbox {

    /** A claim older than this belongs to a server that died while sending: not resent, as it may have gone out. */
    static final Duration CLAIM_LIFETIME = Duration.ofMinutes(15);
    static final int MAX_ATTEMPTS = 8;
    static final Duration MAX_BACKOFF = Duration.ofHours(6);

    @PersistenceContext
    EntityManager em;

    /** In the caller's transaction: the mail for a personal notification, as the recipient chose (none when off). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueue(String recipient, NotificationKind kind, Optional<Long> childId, Instant now) {
        EmailChoice choice = EmailChoices.of(em, recipient);
        if (choice == EmailChoice.OFF) {
            return;
        }
        Optional<String> caseNumber = childId.flatMap(id -> NativeRows.first(em.createNativeQuery(
                "SELECT case_number FROM child WHERE id = ?").setParameter(1, id)).map(row -> row.text("case_number")));
        em.createNativeQuery("INSERT INTO notification_mail (recipient, kind, child_id, case_number, delivery, state,"
                        + " created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?)")
                .setParameter(1, recipient).setParameter(2, kind.name()).setParameter(3, childId.orElse(null))
                .setParameter(4, caseNumber.orElse(null)).setParameter(5, choice.name())
                .setParameter(6, Timestamp.from(now)).setParameter(7, Timestamp.from(now)).executeUpdate();
    }

    /** Claims the oldest due immediate mails (and first gives up on claims left by a server that died). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<OutboxMail> claimImmediate(int batch, Instant now) {
        em.createNativeQuery("UPDATE notification_mail SET state = 'UNCERTAIN' WHERE state = 'SENDING'"
                + " AND claimed_at < ?").setParameter(1, Timestamp.from(now.minus(CLAIM_LIFETIME))).executeUpdate();
        String claim = UUID.randomUUID().toString();
        em.createNativeQuery("UPDATE notification_mail SET state = 'SENDING', claim = ?, claimed_at = ?"
                        + " WHERE state = 'PENDING' AND delivery = 'IMMEDIATELY' AND next_attempt_at <= ?"
                        + " ORDER BY id LIMIT ?").setParameter(1, claim).setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(now)).setParameter(4, batch).executeUpdate();
        return claimed(claim);
    }

    /** Recipients with digest mails due. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<String> digestRecipients(int batch, Instant now) {
        return NativeRows.list(em.createNativeQuery("SELECT DISTINCT recipient FROM notification_mail"
                        + " WHERE state = 'PENDING' AND delivery = 'DIGEST' AND next_attempt_at <= ? LIMIT ?")
                .setParameter(1, Timestamp.from(now)).setParameter(2, batch)).stream()
                .map(row -> row.text("recipient")).toList();
    }

    /** Claims all of one recipient's due digest mails, to go out as one e-mail. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<OutboxMail> claimDigest(String recipient, Instant now) {
        String claim = UUID.randomUUID().toString();
        em.createNativeQuery("UPDATE notification_mail SET state = 'SENDING', claim = ?, claimed_at = ?"
                        + " WHERE recipient = ? AND state = 'PENDING' AND delivery = 'DIGEST' AND next_attempt_at <= ?")
                .setParameter(1, claim).setParameter(2, Timestamp.from(now)).setParameter(3, recipient)
                .setParameter(4, Timestamp.from(now)).executeUpdate();
        return claimed(claim);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(List<OutboxMail> mails, Instant now) {
        finish(mails, "UPDATE notification_mail SET state = 'SENT', sent_at = ?, claim = NULL WHERE id = ?", now);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void noAddress(List<OutboxMail> mails, Instant now) {
        finish(mails, "UPDATE notification_mail SET state = 'NO_ADDRESS', sent_at = ?, claim = NULL WHERE id = ?",
                now);
    }

    /** The SMTP server (or the address book) failed: tried again after 1, 2, 4 … minutes, at most 6 h apart. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(List<OutboxMail> mails, Instant now) {
        for (OutboxMail mail : mails) {
            int attempts = mail.attempts() + 1;
            em.createNativeQuery("UPDATE notification_mail SET state = ?, attempts = ?, next_attempt_at = ?,"
                            + " claim = NULL WHERE id = ?")
                    .setParameter(1, attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING").setParameter(2, attempts)
                    .setParameter(3, Timestamp.from(now.plus(backoff(attempts)))).setParameter(4, mail.id())
                    .executeUpdate();
        }
    }

    static Duration backoff(int attempts) {
        Duration wait = Duration.ofMinutes(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private void finish(List<OutboxMail> mails, String update, Instant now) {
        for (OutboxMail mail : mails) {
            em.createNativeQuery(update).setParameter(1, Timestamp.from(now)).setParameter(2, mail.id())
                    .executeUpdate();
        }
    }

    private List<OutboxMail> claimed(String claim) {
        return NativeRows.list(em.createNativeQuery("SELECT id, recipient, kind, child_id, case_number, attempts"
                + " FROM notification_mail WHERE claim = ? ORDER BY id").setParameter(1, claim)).stream()
                .map(MailOutbox::mail).toList();
    }

    private static OutboxMail mail(Row row) {
        return new OutboxMail(row.number("id"), row.text("recipient"), row.enumValue("kind", NotificationKind.class),
                row.optionalNumber("child_id"), row.optionalText("case_number"), row.integer("attempts"));
    }
}
