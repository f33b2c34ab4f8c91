package eu.guardian.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * Where Keycloak tells Guardian that a session ended (sign-out in Guardian or in any other application of the realm,
 * an administrator ending it, its expiry): OpenID Connect Back-Channel Logout 1.0. From then on Guardian refuses the
 * session's tokens and ends its page sessions, on every instance ({@link RevokedSessions}). Configured as the
 * client's back-channel logout URL in the realm (realm-export.json).
 */
@WebServlet(BackChannelLogoutServlet.PATH)
public class BackChannelLogoutServlet extends HttpServlet {

    public static final String PATH = "/logout/backchannel";
    private static final long serialVersionUID = 1L;

    @Inject
    transient BearerTokens tokens;

    @Inject
    transient RevokedSessions revokedSessions;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        Optional<String> session = Optional.ofNullable(request.getParameter("logout_token"))
                .flatMap(tokens::loggedOutSession);
        session.ifPresent(revokedSessions::revoke);
        response.setStatus(session.isPresent() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_BAD_REQUEST);
    }
}
