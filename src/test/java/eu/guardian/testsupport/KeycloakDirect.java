package eu.guardian.testsupport;

import eu.guardian.stack.GuardianStack;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.json.Json;

/**
 * Keycloak's Admin REST API as the realm's operator would use it by hand (master realm's administrator), straight to
 * Keycloak and never through Guardian or its relay: what the tests check Guardian's effects against.
 */
public final class KeycloakDirect {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private KeycloakDirect() {
    }

    /** The realm's user of this name, if any. */
    @SuppressWarnings("unchecked")
    public static Optional<Map<String, Object>> user(String username) {
        HttpResponse<String> response = send("GET", "/users?exact=true&briefRepresentation=false&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8), null);
        List<Map<String, Object>> users = new Json().toType(response.body(), List.class);
        return users.stream().findFirst();
    }

    /** Creates a user directly in Keycloak (as if made by hand), returns its id. */
    public static String createUser(String username, String email) {
        HttpResponse<String> response = send("POST", "/users", Map.of("username", username, "email", email,
                "enabled", true, "firstName", "Hand", "lastName", "Made"));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Keycloak refused: " + response.statusCode() + " " + response.body());
        }
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    public static void deleteUser(String id) {
        send("DELETE", "/users/" + id, null);
    }

    /** Sets a password directly (the realm's operator), for users whose invitation a test does not follow. */
    public static void setPassword(String id, String password) {
        HttpResponse<String> response = send("PUT", "/users/" + id + "/reset-password",
                Map.of("type", "password", "value", password, "temporary", false));
        if (response.statusCode() != 204) {
            throw new IllegalStateException("Keycloak refused: " + response.statusCode() + " " + response.body());
        }
        send("PUT", "/users/" + id, Map.of("requiredActions", List.of()));
    }

    /** An access token for Guardian's client, signing in with the password grant. */
    @SuppressWarnings("unchecked")
    public static String accessToken(String username, String password) {
        HttpResponse<String> response = grant(username, password);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Sign-in refused: " + response.body());
        }
        Map<String, Object> tokens = new Json().toType(response.body(), Map.class);
        return (String) tokens.get("access_token");
    }

    /** The status code of a password grant for this user at Guardian's client (200 signed in, 400/401 refused). */
    public static int passwordGrant(String username, String password) {
        return grant(username, password).statusCode();
    }

    private static HttpResponse<String> grant(String username, String password) {
        GuardianStack stack = GuardianStack.shared();
        String form = "grant_type=password&client_id=" + stack.clientId() + "&client_secret="
                + URLEncoder.encode(stack.clientSecret(), StandardCharsets.UTF_8) + "&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.keycloakIssuer()
                        + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return exchange(request);
    }

    public static HttpResponse<String> send(String method, String path, Object body) {
        GuardianStack stack = GuardianStack.shared();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.keycloakUrl()
                        + "/admin/realms/guardianship" + path))
                .header("Authorization", "Bearer " + Tokens.tokenFromAnotherRealm(stack.keycloakAdminPassword()))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(new Json().toJson(body)));
        return exchange(request.build());
    }

    private static HttpResponse<String> exchange(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
