package eu.guardian.platform.notification;

import eu.guardian.platform.i18n.UserPreferences;
import eu.guardian.platform.jobs.OncePerSlot;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox's e-mails (docs/notifications.md): every minute the immediate ones, every day at 06:00 UTC one
 * digest per recipient. Once in the cluster ({@link OncePerSlot}), outside any request's transaction. An e-mail says
 * the notice's kind, the case number and a link to Guardian, in the recipient's language; never a name or free text.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Interceptors(OncePerSlot.class) // once per run in a cluster (docs/cluster.md#jobs)
public class NotificationMailDelivery {

    private static final Logger LOG = Logger.getLogger(NotificationMailDelivery.class.getName());
    private static final int BATCH = 100;
    private static final int MAX_BATCHES = 20;

    @Inject
    MailOutbox outbox;

    @Inject
    Mailer mailer;

    @Inject
    MailAddresses addresses;

    @Inject
    UserPreferences preferences;

    @Inject
    @ConfigProperty(name = "guardian.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    Clock clock;

    /** What one run did: sent, skipped for want of an address, failed (to be tried again). */
    public record Outcome(int sent, int withoutAddress, int failed) {
        Outcome plus(Outcome other) {
            return new Outcome(sent + other.sent, withoutAddress + other.withoutAddress, failed + other.failed);
        }
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    void deliverImmediate() {
        sendImmediate();
    }

    @Schedule(hour = "6", minute = "0", persistent = false)
    void deliverDigests() {
        sendDigests();
    }

    /** The immediate mails now (the authority, or a test): {@link NotificationMailResource}. */
    @RolesAllowed(Role.Names.AUTHORITY)
    public Outcome runNow(boolean digests) {
        return digests ? sendDigests() : sendImmediate();
    }

    private Outcome sendImmediate() {
        Outcome total = new Outcome(0, 0, 0);
        if (!mailer.configured()) {
            return total;
        }
        for (int i = 0; i < MAX_BATCHES; i++) {
            List<OutboxMail> batch = outbox.claimImmediate(BATCH, clock.instant());
            for (OutboxMail mail : batch) {
                total = total.plus(send(List.of(mail), false));
            }
            if (batch.size() < BATCH) {
                break;
            }
        }
        report("Notification e-mails", total);
        return total;
    }

    private Outcome sendDigests() {
        Outcome total = new Outcome(0, 0, 0);
        if (!mailer.configured()) {
            return total;
        }
        for (int i = 0; i < MAX_BATCHES; i++) {
            List<String> recipients = outbox.digestRecipients(BATCH, clock.instant());
            for (String recipient : recipients) {
                List<OutboxMail> mails = outbox.claimDigest(recipient, clock.instant());
                if (!mails.isEmpty()) {
                    total = total.plus(send(mails, true));
                }
            }
            if (recipients.size() < BATCH) {
                break;
            }
        }
        report("Notification digests", total);
        return total;
    }

    private Outcome send(List<OutboxMail> mails, boolean digest) {
        String recipient = mails.get(0).recipient();
        try {
            Optional<String> address = addresses.of(recipient).filter(a -> !a.isBlank());
            if (address.isEmpty()) {
                outbox.noAddress(mails, clock.instant());
                return new Outcome(0, 1, 0);
            }
            Locale language = preferences.languageOf(recipient).orElse(Locale.ENGLISH);
            if (digest) {
                mailer.send(address.get(), NotificationMailText.digestSubject(language, mails.size()),
                        NotificationMailText.digestBody(language, mails, publicUrl));
            } else {
                OutboxMail mail = mails.get(0);
                mailer.send(address.get(), NotificationMailText.subject(language, mail),
                        NotificationMailText.body(language, mail, publicUrl));
            }
            outbox.sent(mails, clock.instant());
            return new Outcome(1, 0, 0);
        } catch (MessagingException | RuntimeException e) {
            // The exception's text may name the address; only its type is logged.
            LOG.log(Level.WARNING, "A notification e-mail was not sent ({0}); tried again later",
                    e.getClass().getSimpleName());
            outbox.failed(mails, clock.instant());
            return new Outcome(0, 0, 1);
        }
    }

    private static void report(String what, Outcome outcome) {
        if (outcome.sent() + outcome.withoutAddress() + outcome.failed() > 0) {
            LOG.info(() -> what + ": " + outcome.sent() + " sent, " + outcome.withoutAddress()
                    + " skipped (the user has no e-mail address), " + outcome.failed() + " to try again");
        }
    }
}
