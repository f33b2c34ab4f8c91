package eu.guardian.platform.notification;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.discharge;
import static eu.guardian.testsupport.TestData.guardianIdOf;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Mailbox;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Notification e-mails through the real mail server (GreenMail): an appointment tells guardian1 by e-mail, as they
 * chose (immediately, in the daily digest, not at all), with the case number and never the child's name
 * (docs/notifications.md).
 */
class NotificationMailIT {

    private static final String ADDRESS = "guardian1@guardian.example";

    /** A new child appointed to guardian1; the appointment notifies guardian1. */
    private record Appointed(long guardianshipId, String caseNumber, String familyName) implements AutoCloseable {
        static Appointed newWard() {
            String familyName = uniqueWord();
            Api.Reply registered = Api.postAs("caseworker1", "/api/children", child(familyName));
            assertEquals(201, registered.status(), registered.body());
            Api.Reply appointed = Api.postAs("authority1", "/api/children/" + registered.id() + "/guardianships",
                    appointment(guardianIdOf("guardian1")));
            assertEquals(201, appointed.status(), appointed.body());
            return new Appointed(appointed.id(), (String) registered.json().get("caseNumber"), familyName);
        }

        @Override
        public void close() {
            Api.postAs("authority1", "/api/guardianships/" + guardianshipId + "/discharge",
                    discharge("GUARDIAN_UNAVAILABLE"));
        }
    }

    @AfterEach
    void backToTheDefault() {
        choose("IMMEDIATELY");
    }

    @Test
    void anAppointmentIsMailedOnceWithTheCaseNumberAndNoName() {
        choose("IMMEDIATELY");
        try (Appointed ward = Appointed.newWard()) {
            run(false);
            String mail = awaitMailAbout(ward.caseNumber());
            assertTrue(mail.contains("Subject: Guardian"), mail);
            assertTrue(mail.contains("/children/file.xhtml?id="), "a link to Guardian: " + mail);
            assertFalse(mail.contains(ward.familyName()), "no family name in the e-mail: " + mail);
            assertFalse(mail.contains("Amina"), "no given name in the e-mail: " + mail);
            run(false);
            run(true);
            assertEquals(1, mailsAbout(ward.caseNumber()).size(), "sent once");
        }
    }

    @Test
    void offSendsNothing() {
        choose("OFF");
        try (Appointed ward = Appointed.newWard()) {
            run(false);
            run(true);
            assertEquals(List.of(), mailsAbout(ward.caseNumber()));
        }
    }

    @Test
    void theDigestCarriesItWhenTheDailyJobRuns() {
        choose("DIGEST");
        try (Appointed ward = Appointed.newWard()) {
            run(false);
            assertEquals(List.of(), mailsAbout(ward.caseNumber()), "not immediately");
            run(true);
            String digest = awaitMailAbout(ward.caseNumber());
            assertTrue(digest.contains("/notifications/digest.xhtml"), "the link to the digest: " + digest);
            assertFalse(digest.contains(ward.familyName()), digest);
            run(true);
            assertEquals(1, mailsAbout(ward.caseNumber()).size(), "in one digest only");
        }
    }

    @Test
    void theChoiceIsValidated() {
        Api.Reply wrong = Api.putAs("guardian1", "/api/notification-email", Map.of("choice", "HOURLY"));
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals(403, Api.postAs("guardian1", "/api/notification-email/run", Map.of()).status());
    }

    private static void choose(String choice) {
        Api.Reply chosen = Api.putAs("guardian1", "/api/notification-email", Map.of("choice", choice));
        assertEquals(200, chosen.status(), chosen.body());
        assertEquals(choice, Api.getAs("guardian1", "/api/notification-email").json().get("choice"));
    }

    private static void run(boolean digest) {
        Api.Reply run = Api.postAs("authority1", "/api/notification-email/run?digest=" + digest, Map.of());
        assertEquals(200, run.status(), run.body());
    }

    private static List<String> mailsAbout(String caseNumber) {
        return Mailbox.messagesTo(ADDRESS).stream().map(NotificationMailIT::readable)
                .filter(mail -> mail.contains(caseNumber)).toList();
    }

    private static String awaitMailAbout(String caseNumber) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            List<String> mails = mailsAbout(caseNumber);
            if (!mails.isEmpty()) {
                return mails.get(0);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No e-mail about case " + caseNumber + " to " + ADDRESS + " within 60 s");
    }

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?UTF-8\\?([QqBb])\\?([^?]*)\\?=");

    /** The message with its headers' encoded words and its body's transfer encoding undone (UTF-8). */
    static String readable(String mime) {
        String normalised = mime.replace("\r\n", "\n");
        int split = normalised.indexOf("\n\n");
        String headers = split < 0 ? normalised : normalised.substring(0, split);
        String body = split < 0 ? "" : normalised.substring(split + 2);
        headers = headers.replaceAll("\\?=\\s+=\\?", "?==?").replaceAll("\n[ \t]+", " ");
        Matcher word = ENCODED_WORD.matcher(headers);
        StringBuilder decoded = new StringBuilder();
        while (word.find()) {
            byte[] bytes = word.group(1).equalsIgnoreCase("B") ? Base64.getDecoder().decode(word.group(2))
                    : quotedPrintable(word.group(2).replace('_', ' '));
            word.appendReplacement(decoded, Matcher.quoteReplacement(new String(bytes, StandardCharsets.UTF_8)));
        }
        word.appendTail(decoded);
        String lowerHeaders = headers.toLowerCase();
        if (lowerHeaders.contains("content-transfer-encoding: base64")) {
            body = new String(Base64.getMimeDecoder().decode(body.strip()), StandardCharsets.UTF_8);
        } else if (lowerHeaders.contains("content-transfer-encoding: quoted-printable")) {
            body = new String(quotedPrintable(body.replace("=\n", "")), StandardCharsets.UTF_8);
        }
        return decoded + "\n\n" + body;
    }

    private static byte[] quotedPrintable(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '=' && i + 2 < bytes.length) {
                out.write(Integer.parseInt(new String(bytes, i + 1, 2, StandardCharsets.US_ASCII), 16));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toByteArray();
    }
}
