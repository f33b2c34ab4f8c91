package eu.guardian.platform.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands an e-mail to the SMTP server. The Jakarta Mail session is built from MicroProfile Config ({@code
 * GUARDIAN_MAIL_HOST}, {@code GUARDIAN_MAIL_PORT}, {@code GUARDIAN_MAIL_FROM}, optional user and password with
 * STARTTLS) rather than declared with {@code @MailSessionDefinition}, whose attributes would be fixed at build time
 * (docs/notifications.md). Without a host no e-mail is sent and the outbox keeps its rows.
 */
@ApplicationScoped
public class Mailer {

    @Inject
    @ConfigProperty(name = "guardian.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "guardian.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "guardian.mail.from", defaultValue = "guardian@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "guardian.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "guardian.mail.password")
    Optional<String> password;

    private Session session;

    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public void send(String to, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        Transport.send(message);
    }

    private synchronized Session session() {
        if (session == null) {
            Properties properties = new Properties();
            properties.put("mail.smtp.host", host.orElseThrow());
            properties.put("mail.smtp.port", Integer.toString(port));
            properties.put("mail.smtp.connectiontimeout", "10000");
            properties.put("mail.smtp.timeout", "20000");
            properties.put("mail.smtp.writetimeout", "20000");
            if (user.filter(u -> !u.isBlank()).isPresent()) {
                properties.put("mail.smtp.auth", "true");
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
                session = Session.getInstance(properties, new jakarta.mail.Authenticator() {
                    @Override
                    protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                        return new jakarta.mail.PasswordAuthentication(user.get(), password.orElse(""));
                    }
                });
            } else {
                session = Session.getInstance(properties);
            }
        }
        return session;
    }
}
