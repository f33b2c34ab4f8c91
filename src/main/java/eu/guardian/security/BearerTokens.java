package eu.guardian.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import eu.guardian.platform.time.RealTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Decides which tokens Guardian trusts: an API caller's access token and Keycloak's back-channel logout token. Both
 * must be signed by one of the realm's keys ({@link RealmKeys}) and issued by the realm for Guardian's client; an
 * access token must moreover be an access token (not the ID token, which travels in sign-out URLs), be meant for
 * Guardian and come from a session that has not ended ({@link RevokedSessions}).
 */
@ApplicationScoped
public class BearerTokens {

    /** The {@code events} member that makes a token a logout token (OpenID Connect Back-Channel Logout 1.0, 2.4). */
    static final String LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";
    /** Clocks of Keycloak and Guardian may differ a little. */
    static final Duration LEEWAY = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(BearerTokens.class.getName());

    /** Who an access token says the caller is, and the regions they work for. */
    public record Caller(String username, Set<String> groups, Jurisdiction jurisdiction) {
    }

    @Inject
    OidcSettings settings;

    @Inject
    RealmKeys keys;

    @Inject
    RevokedSessions revokedSessions;

    @Inject

    @RealTime
    Clock clock;

    public Optional<Caller> caller(String compact) {
        Optional<SignedToken> token = signedByRealm(compact);
        Optional<String> problem = token.map(this::accessTokenProblem).orElse(Optional.of("not signed by the realm"));
        if (problem.isPresent()) {
            LOG.log(Level.FINE, "Bearer token refused: {0}", problem.get());
            return Optional.empty();
        }
        SignedToken access = token.orElseThrow();
        return access.claim("preferred_username").or(() -> access.claim("upn"))
                .map(username -> new Caller(username, access.claims("groups"),
                        access.has(Jurisdiction.CLAIM) ? Jurisdiction.of(access.claims(Jurisdiction.CLAIM))
                                : Jurisdiction.none()));
    }

    /** The session a valid logout token ends; empty for anything else. */
    public Optional<String> loggedOutSession(String compact) {
        Optional<SignedToken> token = signedByRealm(compact);
        Optional<String> problem = token.map(this::logoutTokenProblem).orElse(Optional.of("not signed by the realm"));
        if (problem.isPresent()) {
            LOG.log(Level.WARNING, "Logout token refused: {0}", problem.get());
            return Optional.empty();
        }
        return token.orElseThrow().claim("sid");
    }

    private Optional<SignedToken> signedByRealm(String compact) {
        return SignedToken.parse(compact).filter(token -> token.keyId().flatMap(keys::key)
                .filter(token::isSignedBy).isPresent());
    }

    private Optional<String> accessTokenProblem(SignedToken token) {
        return TokenRules.accessToken(token, settings.getProviderUri(), settings.getClientId(), clock.instant())
                .or(() -> token.claim("sid").filter(revokedSessions::isRevoked).map(sid -> "its session ended"));
    }

    private Optional<String> logoutTokenProblem(SignedToken token) {
        return TokenRules.logoutToken(token, settings.getProviderUri(), settings.getClientId(), clock.instant());
    }

    /** The rules on a token's claims, apart from its signature and its session (pure, unit-tested). */
    static final class TokenRules {

        private TokenRules() {
        }

        static Optional<String> accessToken(SignedToken token, String issuer, String clientId, Instant now) {
            return issuedFor(token, issuer, clientId, now)
                    .or(() -> problem(!token.claim("typ").equals(Optional.of("Bearer")), "not an access token"))
                    .or(() -> problem(!token.claim("azp").equals(Optional.of(clientId)), "issued to another client"))
                    .or(() -> problem(token.time("exp").isEmpty(), "no expiry"))
                    .or(() -> problem(token.claim("preferred_username").or(() -> token.claim("upn")).isEmpty(),
                            "no username"));
        }

        static Optional<String> logoutToken(SignedToken token, String issuer, String clientId, Instant now) {
            return issuedFor(token, issuer, clientId, now)
                    .or(() -> problem(token.object("events").filter(events -> events.containsKey(LOGOUT_EVENT))
                            .isEmpty(), "no back-channel logout event"))
                    .or(() -> problem(token.has("nonce"), "a nonce (an ID token?)"))
                    .or(() -> problem(token.time("iat").isEmpty(), "no issue time"))
                    .or(() -> problem(token.claim("sid").isEmpty(), "no session id"));
        }

        private static Optional<String> issuedFor(SignedToken token, String issuer, String clientId, Instant now) {
            return problem(!token.claim("iss").equals(Optional.of(issuer)), "another issuer")
                    .or(() -> problem(!token.claims("aud").contains(clientId), "another audience"))
                    .or(() -> problem(token.time("exp").filter(exp -> exp.plus(LEEWAY).isBefore(now)).isPresent(),
                            "expired"))
                    .or(() -> problem(token.time("nbf").filter(nbf -> nbf.minus(LEEWAY).isAfter(now)).isPresent(),
                            "not valid yet"));
        }

        private static Optional<String> problem(boolean broken, String description) {
            return broken ? Optional.of(description) : Optional.empty();
        }
    }
}
