package eu.guardian.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.security.BearerTokens.TokenRules;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which tokens Guardian trusts, apart from the realm's keys and ended sessions (those need Keycloak: see ITs). */
class BearerTokenRulesTest {

    private static final String ISSUER = "http://localhost:8180/realms/guardianship";
    private static final String CLIENT = "guardian-app";
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static KeyPair realmKey;

    @BeforeAll
    static void realmKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        realmKey = generator.generateKeyPair();
    }

    private static Map<String, Object> accessClaims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", List.of(CLIENT, "account"));
        claims.put("azp", CLIENT);
        claims.put("typ", "Bearer");
        claims.put("exp", NOW.plusSeconds(300).getEpochSecond());
        claims.put("iat", NOW.minusSeconds(10).getEpochSecond());
        claims.put("sid", "session-1");
        claims.put("preferred_username", "guardian1");
        claims.put("groups", List.of("guardian"));
        return claims;
    }

    private static Optional<String> accessProblem(Map<String, Object> claims) {
        return TokenRules.accessToken(token(claims), ISSUER, CLIENT, NOW);
    }

    @Test
    void anAccessTokenForGuardianIsAccepted() {
        assertEquals(Optional.empty(), accessProblem(accessClaims()));
        assertEquals(java.util.Set.of("guardian"), token(accessClaims()).claims("groups"));
    }

    @Test
    void theIdTokenIsRefusedThoughItIsSignedByTheRealmForGuardian() {
        Map<String, Object> idToken = accessClaims();
        idToken.put("typ", "ID");
        idToken.put("aud", CLIENT);
        idToken.put("nonce", "n-0S6_WzA2Mj");
        assertEquals(Optional.of("not an access token"), accessProblem(idToken));
    }

    @Test
    void tokensOfOtherClientsIssuersOrTimesAreRefused() {
        assertEquals(Optional.of("issued to another client"), accessProblem(with(accessClaims(), "azp", "other-app")));
        assertEquals(Optional.of("another audience"), accessProblem(with(accessClaims(), "aud", "account")));
        assertEquals(Optional.of("another issuer"),
                accessProblem(with(accessClaims(), "iss", "http://localhost:8180/realms/master")));
        assertEquals(Optional.of("expired"),
                accessProblem(with(accessClaims(), "exp", NOW.minusSeconds(60).getEpochSecond())));
        assertEquals(Optional.empty(), accessProblem(with(accessClaims(), "exp", NOW.minusSeconds(5).getEpochSecond())),
                "a few seconds of clock difference are tolerated");
        assertEquals(Optional.of("not valid yet"),
                accessProblem(with(accessClaims(), "nbf", NOW.plusSeconds(60).getEpochSecond())));
        Map<String, Object> noExpiry = accessClaims();
        noExpiry.remove("exp");
        assertEquals(Optional.of("no expiry"), accessProblem(noExpiry));
    }

    @Test
    void aLogoutTokenNeedsTheLogoutEventASessionAndNoNonce() {
        Map<String, Object> logout = new LinkedHashMap<>();
        logout.put("iss", ISSUER);
        logout.put("aud", CLIENT);
        logout.put("iat", NOW.getEpochSecond());
        logout.put("exp", NOW.plusSeconds(120).getEpochSecond());
        logout.put("sid", "session-1");
        logout.put("events", Map.of(BearerTokens.LOGOUT_EVENT, Map.of()));
        assertEquals(Optional.empty(), TokenRules.logoutToken(token(logout), ISSUER, CLIENT, NOW));

        assertEquals(Optional.of("no back-channel logout event"),
                TokenRules.logoutToken(token(with(logout, "events", Map.of())), ISSUER, CLIENT, NOW));
        assertEquals(Optional.of("a nonce (an ID token?)"),
                TokenRules.logoutToken(token(with(logout, "nonce", "x")), ISSUER, CLIENT, NOW));
        Map<String, Object> noSession = new LinkedHashMap<>(logout);
        noSession.remove("sid");
        assertEquals(Optional.of("no session id"), TokenRules.logoutToken(token(noSession), ISSUER, CLIENT, NOW));
        assertEquals(Optional.of("not an access token"), accessProblem(logout), "a logout token opens no API");
    }

    @Test
    void onlyTheRealmsRsaSignatureCounts() throws Exception {
        String signed = sign(Map.of("alg", "RS256", "kid", "k1"), accessClaims());
        assertTrue(SignedToken.parse(signed).orElseThrow().isSignedBy(realmKey.getPublic()));

        String[] parts = signed.split("\\.");
        String otherClaims = encode(json(with(accessClaims(), "groups", List.of("admin"))));
        assertFalse(SignedToken.parse(parts[0] + "." + otherClaims + "." + parts[2]).orElseThrow()
                .isSignedBy(realmKey.getPublic()), "claims changed after signing");

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        assertFalse(SignedToken.parse(signed).orElseThrow().isSignedBy(generator.generateKeyPair().getPublic()));

        String unsigned = encode("{\"alg\":\"none\"}") + "." + parts[1] + ".";
        assertTrue(SignedToken.parse(unsigned).isEmpty(), "alg none carries no signature");
        String hmac = encode("{\"alg\":\"HS256\",\"kid\":\"k1\"}") + "." + parts[1] + "." + parts[2];
        assertFalse(SignedToken.parse(hmac).orElseThrow().isSignedBy(realmKey.getPublic()));
        assertTrue(SignedToken.parse("not.a-token").isEmpty());
        assertTrue(SignedToken.parse("e30.!!!.e30").isEmpty());
    }

    @Test
    void realmKeysAreTheRsaSigningKeysByKeyId() {
        RSAPublicKey key = (RSAPublicKey) realmKey.getPublic();
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String n = base64.encodeToString(key.getModulus().toByteArray());
        String e = base64.encodeToString(key.getPublicExponent().toByteArray());
        String jwks = "{\"keys\":[{\"kid\":\"sig1\",\"kty\":\"RSA\",\"alg\":\"RS256\",\"use\":\"sig\",\"n\":\"" + n
                + "\",\"e\":\"" + e + "\"},{\"kid\":\"enc1\",\"kty\":\"RSA\",\"alg\":\"RSA-OAEP\",\"use\":\"enc\","
                + "\"n\":\"" + n + "\",\"e\":\"" + e + "\"}]}";
        var keys = RealmKeys.parse(jwks);
        assertEquals(java.util.Set.of("sig1"), keys.keySet());
        assertEquals(key, keys.get("sig1"));
    }

    private static Map<String, Object> with(Map<String, Object> claims, String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(claims);
        copy.put(name, value);
        return copy;
    }

    private static SignedToken token(Map<String, Object> claims) {
        return SignedToken.parse(sign(Map.of("alg", "RS256", "kid", "k1"), claims)).orElseThrow();
    }

    private static String sign(Map<String, Object> header, Map<String, Object> claims) {
        try {
            String signedPart = encode(json(header)) + "." + encode(json(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(realmKey.getPrivate());
            signature.update(signedPart.getBytes(StandardCharsets.US_ASCII));
            return signedPart + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Enough JSON for claims: strings, numbers, lists of strings and nested maps. */
    private static String json(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(entry -> json(entry.getKey()) + ":" + json(entry.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(BearerTokenRulesTest::json).collect(Collectors.joining(",", "[", "]"));
        }
        return value instanceof Number ? value.toString() : "\"" + value + "\"";
    }
}
