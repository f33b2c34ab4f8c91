package eu.guardian.security;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * Where Keycloak sends the browser back after sign-in. The authentication mechanism has already exchanged the code
 * for tokens by the time this runs; this sends the user on (post-redirect-get) to the page they first asked for.
 */
@WebServlet(SignInCallbackServlet.PATH)
public class SignInCallbackServlet extends HttpServlet {

    public static final String PATH = "/callback";

    @Inject
    transient Event<SessionEvent> sessions;

    @Inject
    transient OpenIdContext openIdContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = "/";
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            sessions.fire(new SessionEvent(SessionEvent.Kind.SIGN_IN));
            keycloakSession().ifPresent(
                    sid -> session.setAttribute(GuardianAuthenticationMechanism.KEYCLOAK_SESSION, sid));
            keepForOtherInstances(request);
            target = Optional.ofNullable(session.getAttribute(GuardianAuthenticationMechanism.ORIGINAL_PAGE))
                    .map(Object::toString)
                    .filter(SignInCallbackServlet::isLocalPage)
                    .orElse("/");
            session.removeAttribute(GuardianAuthenticationMechanism.ORIGINAL_PAGE);
        }
        response.sendRedirect(request.getContextPath() + target);
    }

    /** The Keycloak session the user signed in with: when it ends, so does this page session. */
    private Optional<String> keycloakSession() {
        try {
            return openIdContext.getIdentityToken().getJwtClaims().getStringClaim("sid");
        } catch (RuntimeException notSignedInThroughOpenId) {
            return Optional.empty();
        }
    }

    private void keepForOtherInstances(HttpServletRequest request) {
        try {
            SignedInSession.keep(request, openIdContext.getIdentityToken().getToken(),
                    CurrentUser.claimValues(openIdContext.getIdentityToken().getClaims())
                            .or(() -> CurrentUser.claimValues(openIdContext.getAccessToken().getClaims())));
        } catch (RuntimeException notSignedInThroughOpenId) {
            // nothing to keep
        }
    }

    /** Only pages of Guardian itself: never an open redirect to another site. */
    static boolean isLocalPage(String target) {
        return target.startsWith("/") && !target.startsWith("//") && !target.startsWith("/\\")
                && !target.startsWith(PATH);
    }
}
