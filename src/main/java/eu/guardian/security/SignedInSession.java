package eu.guardian.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a page session keeps of its sign-in, in a form that moves with the session to another instance of a cluster
 * (docs/cluster.md, "Sessions"): the OpenID Connect mechanism's own context does not serialise, so the instance a
 * session moved to finds the caller signed in but no tokens. Kept at sign-in ({@link SignInCallbackServlet}); read
 * only when the mechanism's context is empty.
 *
 * @param groups         the caller's roles at sign-in
 * @param identityToken  the identity token, for Keycloak's sign-out
 * @param regions        the regions claim ({@link CurrentUser#jurisdiction()}), empty when none
 */
record SignedInSession(String username, TreeSet<String> groups, String identityToken, ArrayList<String> regions)
        implements Serializable {

    static final String ATTRIBUTE = SignedInSession.class.getName();

    static void keep(HttpServletRequest request, String identityToken, Optional<List<String>> regions) {
        TreeSet<String> groups = new TreeSet<>();
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.id())) {
                groups.add(role.id());
            }
        }
        if (request.isUserInRole(OperatorAccess.ROLE)) {
            groups.add(OperatorAccess.ROLE);
        }
        request.getSession().setAttribute(ATTRIBUTE, new SignedInSession(request.getUserPrincipal().getName(), groups,
                identityToken, new ArrayList<>(regions.orElse(List.of()))));
    }

    static Optional<SignedInSession> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        try {
            return session == null ? Optional.empty()
                    : Optional.ofNullable(session.getAttribute(ATTRIBUTE)).map(SignedInSession.class::cast);
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    Set<String> groupSet() {
        return Set.copyOf(groups);
    }
}
