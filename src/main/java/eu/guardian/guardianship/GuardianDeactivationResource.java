package eu.guardian.guardianship;

import eu.guardian.guardian.GuardianSummary;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /api/guardians/{id}/deactivation}: take a guardian out of the registry, reassigning their wards. */
@Path("guardians/{id}/deactivation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.AUTHORITY)
public class GuardianDeactivationResource {

    @Inject
    GuardianDeactivation deactivation;

    @POST
    public GuardianSummary deactivate(@PathParam("id") long id, DeactivationInput input) {
        if (input == null) {
            throw new BadRequestException("A version and a reason are needed");
        }
        return deactivation.deactivate(id, input);
    }
}
