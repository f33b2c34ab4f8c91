package eu.guardian.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import eu.guardian.platform.time.RealTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The realm's signing keys, read from Keycloak's JWKS and kept by key id, parsed once. A token signed with a key id
 * not seen yet makes Guardian read the keys again (Keycloak rotated them), at most once per {@link #MIN_GAP} so that
 * forged key ids cannot flood Keycloak; known keys are re-read every {@link #REREAD_AFTER} so that a key the realm
 * dropped stops being accepted. While Keycloak is down the keys read last stay in use: still-valid tokens keep working.
 */
@ApplicationScoped
public class RealmKeys {

    static final Duration REREAD_AFTER = Duration.ofMinutes(10);
    static final Duration MIN_GAP = Duration.ofSeconds(2);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Logger LOG = Logger.getLogger(RealmKeys.class.getName());

    @Inject
    OidcSettings settings;

    @Inject

    @RealTime
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ReentrantLock reading = new ReentrantLock();
    private final AtomicLong reads = new AtomicLong();
    private volatile Keys keys = new Keys(Map.of(), Instant.EPOCH);
    private volatile Instant lastAttempt = Instant.EPOCH;

    private record Keys(Map<String, PublicKey> byId, Instant readAt) {
    }

    public Optional<PublicKey> key(String keyId) {
        Keys current = keys;
        PublicKey key = current.byId().get(keyId);
        if (key == null) {
            reading.lock();
        } else if (current.readAt().plus(REREAD_AFTER).isAfter(clock.instant()) || !reading.tryLock()) {
            return Optional.of(key);
        }
        try {
            return Optional.ofNullable(reread(current).byId().get(keyId));
        } finally {
            reading.unlock();
        }
    }

    /** How often the keys were read from Keycloak since Guardian started (a figure of /metrics). */
    public long reads() {
        return reads.get();
    }

    private Keys reread(Keys seen) {
        Instant now = clock.instant();
        if (keys != seen || lastAttempt.plus(MIN_GAP).isAfter(now)) {
            return keys;
        }
        lastAttempt = now;
        try {
            keys = new Keys(fetch(), now);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the realm''s keys; keeping the {0} read before: {1}",
                    new Object[] {keys.byId().size(), e.toString()});
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return keys;
    }

    private Map<String, PublicKey> fetch() throws IOException, InterruptedException {
        reads.incrementAndGet();
        URI location = URI.create(settings.getProviderUri() + "/protocol/openid-connect/certs");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(location).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + location);
        }
        return parse(response.body());
    }

    /** The RSA signing keys of a JWKS document by key id; encryption keys and other key types are left out. */
    static Map<String, PublicKey> parse(String jwks) {
        Map<String, PublicKey> byId = new HashMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(jwks))) {
            for (JsonValue value : reader.readObject().getJsonArray("keys")) {
                JsonObject key = value.asJsonObject();
                if ("RSA".equals(key.getString("kty", "")) && "sig".equals(key.getString("use", "sig"))
                        && key.containsKey("kid")) {
                    byId.put(key.getString("kid"), rsaKey(key.getString("n"), key.getString("e")));
                }
            }
        } catch (JsonException | ClassCastException | NullPointerException | GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable JWKS: " + e, e);
        }
        return Map.copyOf(byId);
    }

    private static PublicKey rsaKey(String modulus, String exponent) throws GeneralSecurityException {
        Base64.Decoder base64 = Base64.getUrlDecoder();
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, base64.decode(modulus)), new BigInteger(1, base64.decode(exponent))));
    }
}
