package eu.guardian.security;

import eu.guardian.platform.persistence.DatabaseUnavailable;
import eu.guardian.platform.rest.JsonErrorAnswer;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.PassivationCapable;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one authentication mechanism the container sees. Jakarta Security 3 allows a single mechanism per application,
 * but Guardian has two kinds of callers: people on pages, who sign in through Keycloak (OpenID Connect, authorization
 * code flow), and programs on {@code /api} (and {@code /metrics}), which bring a Keycloak access token that
 * {@link BearerTokens} checks. This mechanism routes each request to the right check, sends people to a clear page
 * while the sign-in service is down, ends page sessions whose Keycloak session ended ({@link RevokedSessions}), and
 * refuses session ids in URLs (tracking is by cookie only: a session id in a link can be stolen or planted).
 *
 * <p>{@code redirectToOriginalResource} stays false: with true, the first JSF request after sign-in fails on Payara
 * (docs/stack-notes.md#redirect-after-sign-in); {@link SignInCallbackServlet} sends the user on instead.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}" + SignInCallbackServlet.PATH,
        redirectToOriginalResource = false,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
@DeclareRoles({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN, OperatorAccess.ROLE})
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class GuardianAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute: the page a user asked for before being sent to sign in. */
    public static final String ORIGINAL_PAGE = "eu.guardian.security.originalPage";
    /** Session attribute: the Keycloak session ({@code sid}) the page session was signed in with. */
    public static final String KEYCLOAK_SESSION = "eu.guardian.security.keycloakSession";

    private static final Logger LOG = Logger.getLogger(GuardianAuthenticationMechanism.class.getName());
    private static final String BEARER = "Bearer ";
    private static final String API_PREFIX = "/api/";
    private static final String METRICS = "/metrics";
    private static final String OPENID_MECHANISM = "org.glassfish.soteria.mechanisms.OpenIdAuthenticationMechanism";

    @Inject
    BeanManager beanManager;

    @Inject
    SignInServiceProbe signInService;

    @Inject
    BearerTokens bearerTokens;

    @Inject
    RevokedSessions revokedSessions;

    @Inject
    jakarta.enterprise.inject.Instance<OpenIdContext> openIdContext;

    private volatile HttpAuthenticationMechanism pages;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        try {
            return validate(request, response, context);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e)) {
                throw e;
            }
            // Revoked sessions are checked in the database: when it cannot be reached, the request cannot be
            // authenticated, and could not have been served either. "Try again in a few seconds", not a 500.
            return databaseUnavailable(request, response);
        }
    }

    private AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (request.isRequestedSessionIdFromURL()) {
            return refuseSessionIdInUrl(request, response);
        }
        if (isBearerTokenPath(request)) {
            return bearerToken(request, response, context);
        }
        if (BackChannelLogoutServlet.PATH.equals(pathOf(request))) {
            return context.doNothing();
        }
        if (endsSessionSignedOutElsewhere(request)) {
            return startAfresh(request, response);
        }
        boolean mustSignIn = context.isProtected() && request.getUserPrincipal() == null
                && !SignInCallbackServlet.PATH.equals(pathOf(request));
        if (mustSignIn && !signInService.isAvailable()) {
            return signInUnavailable(request, response, context);
        }
        if (mustSignIn && "GET".equals(request.getMethod())) {
            request.getSession().setAttribute(ORIGINAL_PAGE, pathAndQueryOf(request));
        }
        Optional<SignedInSession> movedHere = movedFromAnotherInstance(request);
        if (movedHere.isPresent()) {
            return context.notifyContainerAboutLogin(movedHere.get().username(), movedHere.get().groupSet());
        }
        try {
            return pages().validateRequest(request, response, context);
        } catch (RuntimeException | AuthenticationException e) {
            signInService.forget();
            if (signInService.isAvailable()) {
                throw e;
            }
            LOG.log(Level.WARNING, "Sign-in service failed during sign-in: {0}", e.toString());
            return signInUnavailable(request, response, context);
        }
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        return isBearerTokenPath(request) ? AuthenticationStatus.SUCCESS
                : pages().secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (!isBearerTokenPath(request)) {
            pages().cleanSubject(request, response, context);
        }
    }

    /** No token: anonymous (the resource's roles answer 401). A token Guardian does not trust: 401 at once, in JSON. */
    private AuthenticationStatus bearerToken(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            return context.doNothing();
        }
        boolean bearer = authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
        Optional<BearerTokens.Caller> caller = bearer
                ? bearerTokens.caller(authorization.substring(BEARER.length()).strip()) : Optional.empty();
        if (caller.isPresent()) {
            request.setAttribute(CurrentUser.JURISDICTION, caller.get().jurisdiction());
            request.setAttribute(CurrentUser.TOKEN_GROUPS, Set.copyOf(caller.get().groups()));
            return context.notifyContainerAboutLogin(caller.get().username(), caller.get().groups());
        }
        try {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            JsonErrorAnswer.write(request, response, Response.Status.UNAUTHORIZED, "error.401.token");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus databaseUnavailable(HttpServletRequest request, HttpServletResponse response) {
        LOG.warning(() -> "Database unreachable while authenticating a request to " + request.getServletPath());
        try {
            response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
            if (isBearerTokenPath(request)) {
                JsonErrorAnswer.write(request, response, Response.Status.SERVICE_UNAVAILABLE, "error.503.text");
            } else {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE); // web.xml: /error/503.xhtml
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus refuseSessionIdInUrl(HttpServletRequest request, HttpServletResponse response) {
        try {
            JsonErrorAnswer.write(request, response, Response.Status.BAD_REQUEST, "error.sessionIdInUrl");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * A signed-in session that came from another instance of the cluster (docs/cluster.md, "Sessions"): the container
     * restored it, but not the OpenID Connect mechanism's context (tokens), which does not serialise; the mechanism
     * would fail on it. The caller is then the one the session kept at sign-in; tokens are not refreshed on this
     * instance (Guardian uses them only at sign-in and sign-out), the session's idle timeout and Keycloak's
     * back-channel logout (checked above) still end it.
     */
    private Optional<SignedInSession> movedFromAnotherInstance(HttpServletRequest request) {
        if (SignInCallbackServlet.PATH.equals(pathOf(request))) {
            return Optional.empty();
        }
        Optional<SignedInSession> kept = SignedInSession.of(request);
        if (kept.isEmpty()) {
            return kept;
        }
        try {
            return openIdContext.get().getAccessToken() == null ? kept : Optional.empty();
        } catch (RuntimeException noContext) {
            return kept;
        }
    }

    /**
     * Keycloak said the user's session ended (back-channel logout, possibly to another instance): so does the page
     * session signed in with it. True when this request found and ended it.
     */
    private boolean endsSessionSignedOutElsewhere(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        try {
            Object keycloakSession = session.getAttribute(KEYCLOAK_SESSION);
            if (keycloakSession != null && revokedSessions.isRevoked(keycloakSession.toString())) {
                session.invalidate();
                return true;
            }
        } catch (IllegalStateException alreadyInvalidated) {
            // ended meanwhile by a parallel request: nothing left to end
        }
        return false;
    }

    /**
     * The ended session's beans (the OpenID Connect context among them) live on until this request ends, so the user
     * is sent to ask again: the page itself after a GET, the start page otherwise; a JSF ajax request needs its own
     * form of redirect.
     */
    private AuthenticationStatus startAfresh(HttpServletRequest request, HttpServletResponse response) {
        String target = "GET".equals(request.getMethod()) ? request.getContextPath() + pathAndQueryOf(request)
                : request.getContextPath() + "/";
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                        + "<redirect url=\"" + target.replace("&", "&amp;").replace("\"", "&quot;") + "\"/>"
                        + "</partial-response>");
            } else {
                response.sendRedirect(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static boolean isBearerTokenPath(HttpServletRequest request) {
        String path = pathOf(request);
        return path.startsWith(API_PREFIX) || path.equals(METRICS);
    }

    private AuthenticationStatus signInUnavailable(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        try {
            response.sendRedirect(request.getContextPath() + "/signin-unavailable.xhtml");
        } catch (IOException e) {
            throw new IllegalStateException("Could not redirect to the sign-in-unavailable page", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private HttpAuthenticationMechanism pages() {
        if (pages == null) {
            pages = find(OPENID_MECHANISM);
        }
        return pages;
    }

    /**
     * The container's own mechanism stays a bean of its own; this one, an alternative, stands in front of it. Soteria
     * registers the OpenID Connect mechanism as a synthetic bean whose id names its implementation.
     */
    private HttpAuthenticationMechanism find(String implementation) {
        List<String> seen = new ArrayList<>();
        for (Bean<?> bean : beanManager.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE)) {
            String id = bean instanceof PassivationCapable passivationCapable ? passivationCapable.getId() : "";
            boolean matches = bean.getBeanClass().getName().equals(implementation) || id.contains(implementation)
                    || bean.getTypes().stream().anyMatch(type -> type.getTypeName().equals(implementation));
            if (matches) {
                return (HttpAuthenticationMechanism) beanManager.getReference(bean, HttpAuthenticationMechanism.class,
                        beanManager.createCreationalContext(bean));
            }
            seen.add(bean.getBeanClass().getName() + " " + id + " " + bean.getTypes());
        }
        throw new IllegalStateException("Authentication mechanism not available: " + implementation + "; found " + seen);
    }

    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static String pathAndQueryOf(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? pathOf(request) : pathOf(request) + "?" + query;
    }
}
