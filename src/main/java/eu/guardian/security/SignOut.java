package eu.guardian.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Signs the user out of Guardian and of Keycloak (RP-initiated logout), so that neither the browser's back button nor
 * a second tab can reopen a child's file without signing in again.
 */
@Named
@RequestScoped
public class SignOut {

    @Inject
    OidcSettings settings;

    @Inject
    OpenIdContext openIdContext;

    @Inject
    Event<SessionEvent> sessions;

    public void signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Optional<String> idToken = identityToken()
                .or(() -> SignedInSession.of(request).map(SignedInSession::identityToken)); // moved from another instance
        sessions.fire(new SessionEvent(SessionEvent.Kind.SIGN_OUT));
        // Guardian's sign-in lives in the HTTP session; request.logout() is not used because the OpenID Connect
        // mechanism answers it with a response of its own, which would leave no room for Keycloak's logout.
        external.invalidateSession();
        external.redirect(endSessionUrl(request, idToken));
    }

    private Optional<String> identityToken() {
        try {
            return Optional.ofNullable(openIdContext.getIdentityToken()).map(IdentityToken::getToken);
        } catch (RuntimeException notSignedInThroughOpenId) {
            return Optional.empty();
        }
    }

    private String endSessionUrl(HttpServletRequest request, Optional<String> idToken) {
        String signedOutPage = request.getRequestURL().toString()
                .replace(request.getRequestURI(), request.getContextPath() + "/signed-out.xhtml");
        StringBuilder url = new StringBuilder(settings.endSessionEndpoint().toString())
                .append("?client_id=").append(encode(settings.getClientId()))
                .append("&post_logout_redirect_uri=").append(encode(signedOutPage));
        idToken.ifPresent(token -> url.append("&id_token_hint=").append(encode(token)));
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
