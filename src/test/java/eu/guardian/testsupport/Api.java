package eu.guardian.testsupport;

import eu.guardian.stack.GuardianStack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.json.Json;

/** Calls Guardian's REST API (or any page) over real HTTP. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Json JSON = new Json();

    public record Reply(int status, String body) {
        public Map<String, Object> json() {
            return JSON.toType(body, Map.class);
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> jsonList() {
            return JSON.toType(body, List.class);
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> items() {
            return (List<Map<String, Object>>) json().get("items");
        }

        public long id() {
            return ((Number) json().get("id")).longValue();
        }
    }

    private Api() {
    }

    public static Reply get(String path, Optional<String> bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        bearerToken.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        return send(request);
    }

    public static Reply get(String path, String bearerToken) {
        return get(path, Optional.of(bearerToken));
    }

    public static Reply anonymousGet(String path) {
        return get(path, Optional.empty());
    }

    /** A user's GET, with a token from Keycloak. */
    public static Reply getAs(String username, String path) {
        return get(path, Tokens.accessToken(username));
    }

    public static Reply postAs(String username, String path, Object body) {
        return send(json(path, username, "en").POST(HttpRequest.BodyPublishers.ofString(JSON.toJson(body))));
    }

    public static Reply postAs(String username, String path, Object body, String language) {
        return send(json(path, username, language).POST(HttpRequest.BodyPublishers.ofString(JSON.toJson(body))));
    }

    public static Reply putAs(String username, String path, Object body) {
        return send(json(path, username, "en").PUT(HttpRequest.BodyPublishers.ofString(JSON.toJson(body))));
    }

    public static Reply deleteAs(String username, String path) {
        return send(json(path, username, "en").DELETE());
    }

    private static HttpRequest.Builder json(String path, String username, String language) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + Tokens.accessToken(username))
                .header("Content-Type", "application/json").header("Accept-Language", language);
    }

    /** A request to Guardian to build freely (headers, raw bytes), for {@link #exchange}. */
    public static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path));
    }

    /** Sends a request as built, redirects not followed, and gives the whole answer (status, headers, body). */
    public static HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(String path) {
        return URI.create(GuardianStack.shared().appUrl() + path);
    }

    private static Reply send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request);
        return new Reply(response.statusCode(), response.body());
    }
}
