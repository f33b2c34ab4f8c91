package eu.guardian.security;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A JSON Web Token in compact form ({@code header.claims.signature}), read but not yet trusted: {@link #isSignedBy}
 * tells whether one of the realm's keys signed it. Only the RSA algorithms Keycloak signs with are accepted (never
 * {@code none}, never an HMAC whose secret would be a public key).
 */
final class SignedToken {

    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());
    private static final Map<String, String> ALGORITHMS =
            Map.of("RS256", "SHA256withRSA", "RS384", "SHA384withRSA", "RS512", "SHA512withRSA");

    private final JsonObject header;
    private final JsonObject claims;
    private final byte[] signedPart;
    private final byte[] signature;

    private SignedToken(JsonObject header, JsonObject claims, byte[] signedPart, byte[] signature) {
        this.header = header;
        this.claims = claims;
        this.signedPart = signedPart;
        this.signature = signature;
    }

    /** The token's parts; empty for anything that is not a well-formed signed token. */
    static Optional<SignedToken> parse(String compact) {
        String[] parts = compact.split("\\.", -1);
        if (parts.length != 3 || parts[2].isEmpty()) {
            return Optional.empty();
        }
        try {
            Base64.Decoder base64 = Base64.getUrlDecoder();
            return Optional.of(new SignedToken(object(base64.decode(parts[0])), object(base64.decode(parts[1])),
                    (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII), base64.decode(parts[2])));
        } catch (IllegalArgumentException | JsonException | ClassCastException malformed) {
            return Optional.empty();
        }
    }

    Optional<String> keyId() {
        return text(header, "kid");
    }

    boolean isSignedBy(PublicKey key) {
        Optional<String> algorithm = text(header, "alg").map(ALGORITHMS::get);
        if (algorithm.isEmpty()) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(algorithm.get());
            verifier.initVerify(key);
            verifier.update(signedPart);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    Optional<String> claim(String name) {
        return text(claims, name);
    }

    /** A claim that is one string or an array of strings ({@code aud}, {@code groups}). */
    Set<String> claims(String name) {
        JsonValue value = claims.get(name);
        if (value instanceof JsonString single) {
            return Set.of(single.getString());
        }
        if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
            return value.asJsonArray().stream().filter(JsonString.class::isInstance)
                    .map(item -> ((JsonString) item).getString()).collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }

    /** A NumericDate claim ({@code exp}, {@code iat}, {@code nbf}). */
    Optional<Instant> time(String name) {
        JsonValue value = claims.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.NUMBER
                ? Optional.of(Instant.ofEpochSecond(claims.getJsonNumber(name).longValue())) : Optional.empty();
    }

    boolean has(String name) {
        return claims.containsKey(name);
    }

    /** A claim that is a JSON object, e.g. a logout token's {@code events}. */
    Optional<JsonObject> object(String name) {
        JsonValue value = claims.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT ? Optional.of(value.asJsonObject())
                : Optional.empty();
    }

    private static Optional<String> text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString value ? Optional.of(value.getString()) : Optional.empty();
    }

    private static JsonObject object(byte[] json) {
        try (JsonReader reader = JSON.createReader(new StringReader(new String(json, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }
}
