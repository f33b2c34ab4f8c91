package eu.guardian.testsupport;

import eu.guardian.stack.GuardianStack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.json.Json;

/** Calls Guardian's REST API (or any page) over real HTTP. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public record Reply(int status, String body) {
        public Map<String, Object> json() {
            return new Json().toType(body, Map.class);
        }
    }

    private Api() {
    }

    public static Reply get(String path, Optional<String> bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GuardianStack.shared().appUrl() + path)).GET();
        bearerToken.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Reply get(String path, String bearerToken) {
        return get(path, Optional.of(bearerToken));
    }

    public static Reply anonymousGet(String path) {
        return get(path, Optional.empty());
    }
}
