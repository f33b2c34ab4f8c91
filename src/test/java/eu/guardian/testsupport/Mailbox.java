package eu.guardian.testsupport;

import eu.guardian.stack.GuardianStack;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.json.Json;

/** What the development mail server received for an address, read through its REST API (GreenMail). */
public final class Mailbox {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern ACTION_LINK =
            Pattern.compile("http://localhost:\\d+/realms/guardianship/login-actions/action-token\\?key=[A-Za-z0-9._-]+");

    private Mailbox() {
    }

    /** The raw messages (headers and body) that arrived for the address, oldest first. */
    @SuppressWarnings("unchecked")
    public static List<String> messagesTo(String address) {
        URI uri = URI.create(GuardianStack.shared().mailApiUrl() + "/api/user/"
                + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/");
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return List.of(); // no mail for this address yet
            }
            List<Map<String, Object>> messages = new Json().toType(response.body(), List.class);
            return messages.stream().map(m -> (String) m.get("mimeMessage")).toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the {@code n}-th message (1-based) to the address and gives the Keycloak action link in it. */
    public static String awaitActionLink(String address, int n) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            List<String> messages = messagesTo(address);
            if (messages.size() >= n) {
                return actionLink(messages.get(n - 1)).orElseThrow(() -> new AssertionError(
                        "No action link in the mail to " + address + ":\n" + messages.get(n - 1)));
            }
            sleep();
        }
        throw new AssertionError("No mail number " + n + " to " + address + " within 60 s");
    }

    public static Optional<String> actionLink(String message) {
        Matcher link = ACTION_LINK.matcher(message);
        return link.find() ? Optional.of(link.group()) : Optional.empty();
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
