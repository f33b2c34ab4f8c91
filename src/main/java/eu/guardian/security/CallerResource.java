package eu.guardian.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code GET /api/me}: who the bearer token says the caller is, the roles Guardian recognises and the regions the
 * caller works for ({@code ["*"]} for the whole country).
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CallerResource {

    public record Caller(String username, List<String> roles, List<String> regions) {
    }

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR, Role.Names.ADMIN})
    public Caller me() {
        Jurisdiction jurisdiction = currentUser.jurisdiction();
        return new Caller(currentUser.getName(), currentUser.getRoles().stream().map(Role::id).toList(),
                jurisdiction.national() ? List.of(Jurisdiction.NATIONAL)
                        : jurisdiction.regions().stream().sorted().toList());
    }
}
