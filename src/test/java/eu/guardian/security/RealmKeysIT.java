package eu.guardian.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.stack.GuardianStack;
import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * Guardian reads the realm's keys once and keeps them by key id (the figure {@code guardian_realm_key_reads_total} of
 * /metrics counts the reads); a token signed with a new key (Keycloak rotated its keys) makes it read them once more.
 */
class RealmKeysIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void keysAreReadOnceAndAgainOnlyForAKeyIdNotSeenYet() throws Exception {
        String token = Tokens.signIn("reception1").accessToken();
        assertEquals(200, Api.get("/api/me", token).status());
        long reads = keyReads();
        for (int call = 0; call < 25; call++) {
            assertEquals(200, Api.get("/api/me", token).status());
        }
        assertEquals(reads, keyReads(), "no request read the keys again");

        String rotatedKey = addRealmKey();
        try {
            String signedWithNewKey = Tokens.signIn("reception1").accessToken();
            assertNotEquals(keyIdOf(token), keyIdOf(signedWithNewKey), "Keycloak signs with the new key");
            // Guardian reads the keys at most every two seconds, whatever key ids callers send.
            Thread.sleep(RealmKeys.MIN_GAP.toMillis() + 500);
            assertEquals(200, Api.get("/api/me", signedWithNewKey).status(), "a rotated key is accepted");
            assertEquals(reads + 1, keyReads());
            assertEquals(200, Api.get("/api/me", signedWithNewKey).status());
            assertEquals(200, Api.get("/api/me", token).status(), "tokens of the older key keep working");
            assertEquals(reads + 1, keyReads());
        } finally {
            removeRealmKey(rotatedKey);
        }
    }

    static long keyReads() {
        HttpResponse<String> metrics = Api.exchange(Api.request("/metrics"));
        assertEquals(200, metrics.statusCode(), "this test talks to Guardian directly over loopback");
        Matcher figure = Pattern.compile("(?m)^guardian_realm_key_reads_total (\\d+)$").matcher(metrics.body());
        assertTrue(figure.find(), metrics.body());
        return Long.parseLong(figure.group(1));
    }

    private static String keyIdOf(String token) {
        String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        Map<String, Object> fields = new Json().toType(header, Map.class);
        return String.valueOf(fields.get("kid"));
    }

    /** A new RSA signing key of the realm with the highest priority, as an administrator rotating keys adds it. */
    private static String addRealmKey() throws IOException, InterruptedException {
        URI realm = adminUri("");
        Map<String, Object> realmJson = new Json().toType(send(HttpRequest.newBuilder(realm).GET()).body(), Map.class);
        String component = new Json().toJson(Map.of("name", "rotated-by-RealmKeysIT", "providerId", "rsa-generated",
                "providerType", "org.keycloak.keys.KeyProvider", "parentId", realmJson.get("id"), "config",
                Map.of("priority", List.of("1000"), "enabled", List.of("true"), "active", List.of("true"),
                        "algorithm", List.of("RS256"))));
        HttpResponse<String> created = send(HttpRequest.newBuilder(adminUri("/components"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(component)));
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static void removeRealmKey(String id) throws IOException, InterruptedException {
        assertEquals(204, send(HttpRequest.newBuilder(adminUri("/components/" + id)).DELETE()).statusCode());
    }

    private static URI adminUri(String path) {
        String issuer = GuardianStack.shared().keycloakIssuer().toString();
        return URI.create(issuer.replace("/realms/", "/admin/realms/") + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        String admin = Tokens.tokenFromAnotherRealm(GuardianStack.shared().keycloakAdminPassword());
        return HTTP.send(request.header("Authorization", "Bearer " + admin).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
