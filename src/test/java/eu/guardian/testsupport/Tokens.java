package eu.guardian.testsupport;

import eu.guardian.stack.GuardianStack;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.json.Json;

/** Access tokens from the real Keycloak (password grant, enabled in the demo realm only), and forged ones. */
public final class Tokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Tokens() {
    }

    private record Cached(String token, Instant fetchedAt) {
    }

    private static final Map<String, Cached> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A demo user's access token for Guardian's client (password = username), reused for a minute. One request at a
     * time: twenty parallel first sign-ins of one user made Keycloak refuse some with "invalid_grant".
     */
    public static synchronized String accessToken(String username) {
        Cached cached = CACHE.get(username);
        if (cached != null && cached.fetchedAt().plusSeconds(60).isAfter(Instant.now())) {
            return cached.token();
        }
        GuardianStack stack = GuardianStack.shared();
        String token = passwordGrant(stack.keycloakIssuer(), Map.of("client_id", stack.clientId(), "client_secret",
                stack.clientSecret(), "username", username, "password", username));
        CACHE.put(username, new Cached(token, Instant.now()));
        return token;
    }

    /** What a sign-in gives a client: the access token for the API and the ID token that names the session. */
    public record SignIn(String accessToken, String idToken) {
    }

    /** A fresh Keycloak session of a demo user of its own (not shared with other tests), with its ID token. */
    public static synchronized SignIn signIn(String username) {
        GuardianStack stack = GuardianStack.shared();
        Map<String, Object> tokens = tokenRequest(stack.keycloakIssuer(), Map.of("client_id", stack.clientId(),
                "client_secret", stack.clientSecret(), "username", username, "password", username, "scope",
                "openid"));
        return new SignIn((String) tokens.get("access_token"), (String) tokens.get("id_token"));
    }

    /**
     * Ends the Keycloak session the way Guardian's sign-out does (RP-initiated logout naming the ID token); Keycloak
     * then tells Guardian over the back channel before it answers.
     */
    public static int signOut(String idToken) {
        GuardianStack stack = GuardianStack.shared();
        URI logout = URI.create(stack.keycloakIssuer() + "/protocol/openid-connect/logout?client_id="
                + stack.clientId() + "&id_token_hint=" + idToken + "&post_logout_redirect_uri="
                + URLEncoder.encode(stack.appUrl() + "/signed-out.xhtml", StandardCharsets.UTF_8));
        try {
            return HTTP.send(HttpRequest.newBuilder(logout).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A genuine Keycloak token, but from another realm (issuer): the master realm's administrator. */
    public static String tokenFromAnotherRealm(String adminPassword) {
        URI master = URI.create(GuardianStack.shared().keycloakIssuer().toString().replace("/guardianship", "/master"));
        return passwordGrant(master, Map.of("client_id", "admin-cli", "username", "admin", "password", adminPassword));
    }

    /** A well-formed token with Guardian's claims, signed by a key Keycloak never had. */
    public static String selfSignedToken(String username, String role) throws Exception {
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        var pair = keys.generateKeyPair();
        long now = Instant.now().getEpochSecond();
        String header = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"forged\"}");
        String payload = encode("{\"iss\":\"" + GuardianStack.shared().keycloakIssuer() + "\",\"aud\":\"guardian-app\","
                + "\"sub\":\"forged\",\"upn\":\"" + username + "\",\"groups\":[\"" + role + "\"],\"iat\":" + now
                + ",\"exp\":" + (now + 300) + "}");
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(pair.getPrivate());
        signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }

    /** The same token with its payload edited (another role), keeping the original signature. */
    public static String withRole(String token, String role) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        Map<String, Object> claims = new Json().toType(payload, Map.class);
        var edited = new java.util.LinkedHashMap<>(claims);
        edited.put("groups", java.util.List.of(role));
        return parts[0] + "." + encode(new Json().toJson(edited)) + "." + parts[2];
    }

    private static String passwordGrant(URI issuer, Map<String, String> form) {
        return (String) tokenRequest(issuer, form).get("access_token");
    }

    private static Map<String, Object> tokenRequest(URI issuer, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")) + "&grant_type=password";
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Token request failed: " + response.statusCode() + " " + response.body());
            }
            return new Json().toType(response.body(), Map.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
