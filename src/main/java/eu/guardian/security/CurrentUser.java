package eu.guardian.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonString;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Who is asking, as the container authenticated them: for views and for services' row-level checks. */
@Named
@RequestScoped
public class CurrentUser {

    /** Request attribute: the jurisdiction an API caller's access token carries (set by the authentication). */
    static final String JURISDICTION = Jurisdiction.class.getName();

    /** Request attribute: the groups of an API caller's access token, which the container maps to roles one to one. */
    static final String TOKEN_GROUPS = CurrentUser.class.getName() + ".groups";

    @Inject
    SecurityContext securityContext;

    @Inject
    Instance<HttpServletRequest> request;

    @Inject
    Instance<OpenIdContext> openIdContext;

    private List<Role> roles;
    private Jurisdiction jurisdiction;

    public Optional<String> username() {
        return Optional.ofNullable(securityContext.getCallerPrincipal()).map(Principal::getName);
    }

    public boolean isSignedIn() {
        return username().isPresent();
    }

    /** For the header; empty when nobody is signed in. */
    public String getName() {
        return username().orElse("");
    }

    public List<Role> getRoles() {
        if (roles == null) {
            // An API caller's roles are its token's groups (the container maps them one to one): asking the
            // container role by role went through its authorisation policy six times per request, about a tenth of
            // an API request's CPU (docs/performance.md, "Per request").
            Optional<Set<?>> groups = fromApiRequest(TOKEN_GROUPS).map(Set.class::cast);
            roles = groups.isPresent()
                    ? Arrays.stream(Role.values()).filter(role -> groups.get().contains(role.id())).toList()
                    : Arrays.stream(Role.values()).filter(role -> securityContext.isCallerInRole(role.id())).toList();
        }
        return roles;
    }

    public boolean has(Role role) {
        return getRoles().contains(role);
    }

    /** The role whose landing page a user sees first; users normally hold exactly one Guardian role. */
    public Optional<Role> primaryRole() {
        return getRoles().stream().findFirst();
    }

    /**
     * The regions the caller works for, from the {@code regions} claim: of the access token an API caller brought, or
     * of the tokens a page user signed in with (a change in Keycloak counts from the next sign-in). None when the
     * caller has no such claim, or nobody is signed in.
     */
    public Jurisdiction jurisdiction() {
        if (jurisdiction == null) {
            jurisdiction = isSignedIn()
                    ? fromApiToken().or(this::fromSignIn).or(this::fromSessionOnAnotherInstance)
                            .orElse(Jurisdiction.none())
                    : Jurisdiction.none();
        }
        return jurisdiction;
    }

    private Optional<Jurisdiction> fromApiToken() {
        return fromApiRequest(JURISDICTION).map(Jurisdiction.class::cast);
    }

    private Optional<Object> fromApiRequest(String attribute) {
        try {
            return request.isResolvable() ? Optional.ofNullable(request.get().getAttribute(attribute))
                    : Optional.empty();
        } catch (RuntimeException noRequest) {
            return Optional.empty(); // a job, not a request
        }
    }

    private Optional<Jurisdiction> fromSignIn() {
        try {
            if (!openIdContext.isResolvable()) {
                return Optional.empty();
            }
            OpenIdContext context = openIdContext.get();
            return claimValues(context.getIdentityToken().getClaims())
                    .or(() -> claimValues(context.getAccessToken().getClaims())).map(Jurisdiction::of);
        } catch (RuntimeException notSignedInThroughOpenId) {
            return Optional.empty();
        }
    }

    /** The session moved from another instance without the mechanism's context: what it kept at sign-in. */
    private Optional<Jurisdiction> fromSessionOnAnotherInstance() {
        try {
            return request.isResolvable() ? SignedInSession.of(request.get()).map(SignedInSession::regions)
                    .filter(regions -> !regions.isEmpty()).map(regions -> Jurisdiction.of(List.copyOf(regions)))
                    : Optional.empty();
        } catch (RuntimeException noRequest) {
            return Optional.empty();
        }
    }

    /** A claim that is one text or a list of texts (a JSON array, whichever type the token library reads it as). */
    static Optional<List<String>> claimValues(Map<String, Object> claims) {
        Object value = claims == null ? null : claims.get(Jurisdiction.CLAIM);
        if (value instanceof Collection<?> values) {
            return Optional.of(values.stream().filter(item -> item != null).map(CurrentUser::text).toList());
        }
        if (value instanceof Object[] values) {
            return Optional.of(Stream.of(values).filter(item -> item != null).map(CurrentUser::text).toList());
        }
        return value == null ? Optional.empty() : Optional.of(List.of(text(value)));
    }

    private static String text(Object value) {
        return value instanceof JsonString json ? json.getString() : String.valueOf(value);
    }
}
