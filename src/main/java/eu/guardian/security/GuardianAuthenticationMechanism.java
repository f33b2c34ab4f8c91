package eu.guardian.security;

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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one authentication mechanism the container sees. Jakarta Security 3 allows a single mechanism per application,
 * but Guardian has two kinds of callers: people on pages, who sign in through Keycloak (OpenID Connect, authorization
 * code flow), and programs on {@code /api}, which bring a Keycloak bearer token (MicroProfile JWT). This mechanism
 * routes each request to the right one, and sends people to a clear page while the sign-in service is down.
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
        Role.Names.AUDITOR, Role.Names.ADMIN})
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class GuardianAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute: the page a user asked for before being sent to sign in. */
    public static final String ORIGINAL_PAGE = "eu.guardian.security.originalPage";

    private static final Logger LOG = Logger.getLogger(GuardianAuthenticationMechanism.class.getName());
    private static final String API_PREFIX = "/api/";
    private static final String OPENID_MECHANISM = "org.glassfish.soteria.mechanisms.OpenIdAuthenticationMechanism";
    private static final String BEARER_TOKEN_MECHANISM =
            "fish.payara.microprofile.jwtauth.eesecurity.JWTAuthenticationMechanism";

    @Inject
    BeanManager beanManager;

    @Inject
    SignInServiceProbe signInService;

    private volatile HttpAuthenticationMechanism pages;
    private volatile HttpAuthenticationMechanism api;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (pathOf(request).startsWith(API_PREFIX)) {
            return api().validateRequest(request, response, context);
        }
        boolean mustSignIn = context.isProtected() && request.getUserPrincipal() == null
                && !SignInCallbackServlet.PATH.equals(pathOf(request));
        if (mustSignIn && !signInService.isAvailable()) {
            return signInUnavailable(request, response, context);
        }
        if (mustSignIn && "GET".equals(request.getMethod())) {
            request.getSession().setAttribute(ORIGINAL_PAGE, pathAndQueryOf(request));
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
        return (pathOf(request).startsWith(API_PREFIX) ? api() : pages()).secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        (pathOf(request).startsWith(API_PREFIX) ? api() : pages()).cleanSubject(request, response, context);
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

    private HttpAuthenticationMechanism api() {
        if (api == null) {
            api = find(BEARER_TOKEN_MECHANISM);
        }
        return api;
    }

    /**
     * The container's own mechanisms stay beans of their own; this one, an alternative, stands in front of them.
     * Soteria registers the OpenID Connect mechanism as a synthetic bean whose id names its implementation; Payara
     * registers the bearer-token mechanism with its implementation among the bean's types.
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
