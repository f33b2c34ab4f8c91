package eu.guardian.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Access tokens of the demo users (password = username) by Keycloak's password grant, which only the demo realm
 * allows. A token is renewed shortly before it expires (the realm's tokens live 5 minutes, a run takes longer), and
 * always between requests, never inside a measured one.
 */
final class TokenSource {

    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);

    private record Token(String value, Instant expiresAt) {
    }

    private final HttpClient http;
    private final URI tokenEndpoint;
    private final String clientId;
    private final String clientSecret;
    private final Map<String, Token> tokens = new HashMap<>();

    TokenSource(HttpClient http, URI issuer, String clientId, String clientSecret) {
        this.http = http;
        this.tokenEndpoint = URI.create(issuer + "/protocol/openid-connect/token");
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** OIDC_CLIENT_SECRET, else the guardian-app client's secret in the demo realm export. */
    static String clientSecret(Path realmExport, String clientId) throws IOException {
        String configured = System.getenv("OIDC_CLIENT_SECRET");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        JsonObject realm = Json.createReader(new StringReader(Files.readString(realmExport))).readObject();
        return realm.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                .filter(client -> clientId.equals(client.getString("clientId", null)))
                .map(client -> client.getString("secret")).findFirst()
                .orElseThrow(() -> new IllegalStateException("No client " + clientId + " in " + realmExport));
    }

    synchronized String bearerFor(String username) throws IOException, InterruptedException {
        Token token = tokens.get(username);
        if (token == null || Instant.now().isAfter(token.expiresAt().minus(RENEW_BEFORE_EXPIRY))) {
            token = passwordGrant(username);
            tokens.put(username, token);
        }
        return token.value();
    }

    private Token passwordGrant(String username) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=" + encode(clientId) + "&client_secret=" + encode(clientSecret)
                + "&username=" + encode(username) + "&password=" + encode(username);
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + username + " at " + tokenEndpoint
                    + ": HTTP " + response.statusCode() + " " + response.body());
        }
        JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
        long lifetimeSeconds = json.getJsonNumber("expires_in").longValue();
        return new Token(json.getString("access_token"), Instant.now().plusSeconds(lifetimeSeconds));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
