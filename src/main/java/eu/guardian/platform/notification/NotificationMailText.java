package eu.guardian.platform.notification;

import eu.guardian.platform.i18n.Messages;
import java.util.List;
import java.util.Locale;

/** The words of the notification e-mails, in the recipient's language: kind, case number, link; never a name. */
final class NotificationMailText {

    private NotificationMailText() {
    }

    static String subject(Locale language, OutboxMail mail) {
        return Messages.text(language, "mail.notification.subject", List.of(kind(language, mail), caseOf(mail)));
    }

    static String body(Locale language, OutboxMail mail, String publicUrl) {
        return Messages.text(language, "mail.notification.body", List.of(kind(language, mail), caseOf(mail)))
                + "\n\n" + link(mail, publicUrl) + "\n\n" + footer(language);
    }

    static String digestSubject(Locale language, int count) {
        return Messages.text(language, "mail.digest.subject", List.of(count));
    }

    static String digestBody(Locale language, List<OutboxMail> mails, String publicUrl) {
        StringBuilder body = new StringBuilder(Messages.text(language, "mail.digest.intro", List.of())).append("\n\n");
        for (OutboxMail mail : mails) {
            body.append("- ").append(Messages.text(language, "mail.digest.line",
                    List.of(kind(language, mail), caseOf(mail)))).append('\n');
        }
        return body.append('\n').append(base(publicUrl)).append("/notifications/digest.xhtml\n\n")
                .append(footer(language)).toString();
    }

    private static String kind(Locale language, OutboxMail mail) {
        return Messages.text(language, "notificationKind." + mail.kind().name(), List.of());
    }

    private static String caseOf(OutboxMail mail) {
        return mail.caseNumber().orElse("–");
    }

    /** The file asks for sign-in; its number is Guardian's own, not the child's. */
    private static String link(OutboxMail mail, String publicUrl) {
        return base(publicUrl) + mail.childId().map(id -> "/children/file.xhtml?id=" + id)
                .orElse("/notifications/digest.xhtml");
    }

    private static String footer(Locale language) {
        return Messages.text(language, "mail.footer", List.of());
    }

    private static String base(String publicUrl) {
        return publicUrl.replaceAll("/+$", "");
    }
}
