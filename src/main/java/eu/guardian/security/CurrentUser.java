package eu.guardian.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Who is asking, as the container authenticated them: for views and for services' row-level checks. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    private List<Role> roles;

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
            roles = Arrays.stream(Role.values()).filter(role -> securityContext.isCallerInRole(role.id())).toList();
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
}
