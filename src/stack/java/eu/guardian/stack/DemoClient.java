package eu.guardian.stack;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guardian's REST API as the demo users call it (tokens by the demo realm's password grant): the demo data goes in
 * through the same services, rules and audit trail as any user's work.
 */
final class DemoClient {

    private record Token(String value, Instant expiresAt) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI app;
    private final URI tokenEndpoint;
    private final String clientId;
    private final String clientSecret;
    private final Map<String, Token> tokens = new HashMap<>();

    DemoClient(URI app, URI issuer, String clientId, String clientSecret) {
        this.app = app;
        this.tokenEndpoint = URI.create(issuer + "/protocol/openid-connect/token");
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** GET as the user; the JSON answer (object or array). */
    JsonStructure get(String user, String path) {
        return send(user, HttpRequest.newBuilder(app.resolve(path)).GET(), path);
    }

    /** POST as the user; the JSON answer, which must be a success. */
    JsonObject post(String user, String path, JsonObjectBuilder body) {
        return (JsonObject) send(user, HttpRequest.newBuilder(app.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.build().toString())), path);
    }

    /** PUT as the user; the JSON answer, which must be a success. */
    JsonObject put(String user, String path, JsonObjectBuilder body) {
        return (JsonObject) send(user, HttpRequest.newBuilder(app.resolve(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.build().toString())), path);
    }

    static JsonObjectBuilder object(Object... keysAndValues) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            add(object, (String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    private static void add(JsonObjectBuilder object, String key, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            object.add(key, text);
        } else if (value instanceof Boolean flag) {
            object.add(key, flag);
        } else if (value instanceof Long number) {
            object.add(key, number);
        } else if (value instanceof Integer number) {
            object.add(key, number);
        } else if (value instanceof JsonObjectBuilder nested) {
            object.add(key, nested);
        } else if (value instanceof List<?> list) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            for (Object item : list) {
                if (item instanceof JsonObjectBuilder nested) {
                    array.add(nested);
                } else {
                    array.add(String.valueOf(item));
                }
            }
            object.add(key, array);
        } else {
            object.add(key, String.valueOf(value));
        }
    }

    private JsonStructure send(String user, HttpRequest.Builder request, String path) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + bearerFor(user)).header("Accept", "application/json")
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(user + " " + path + ": HTTP " + response.statusCode() + " "
                        + response.body());
            }
            String body = response.body().isBlank() ? "{}" : response.body();
            return Json.createReader(new StringReader(body)).read();
        } catch (IOException e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private String bearerFor(String user) throws IOException, InterruptedException {
        Token token = tokens.get(user);
        if (token == null || Instant.now().isAfter(token.expiresAt().minusSeconds(60))) {
            String form = "grant_type=password&client_id=" + encode(clientId) + "&client_secret="
                    + encode(clientSecret) + "&username=" + encode(user) + "&password=" + encode(user);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenEndpoint)
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("No token for " + user + ": HTTP " + response.statusCode());
            }
            JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
            token = new Token(json.getString("access_token"),
                    Instant.now().plusSeconds(json.getJsonNumber("expires_in").longValue()));
            tokens.put(user, token);
        }
        return token.value();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
