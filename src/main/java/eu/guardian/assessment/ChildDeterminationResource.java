package eu.guardian.assessment;

import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** {@code /api/children/{id}/determinations}: a child's best-interests determinations (list, convene a panel). */
@Path("children/{childId}/determinations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class ChildDeterminationResource {

    @Inject
    Determinations determinations;

    @GET
    public List<DeterminationSummary> list(@PathParam("childId") long childId) {
        return determinations.listOf(childId);
    }

    @POST
    public Response create(@PathParam("childId") long childId, DeterminationInput input) {
        if (input == null) {
            throw new BadRequestException("A determination's subject, proposal and panel are needed");
        }
        return Response.status(Response.Status.CREATED).entity(determinations.create(childId, input)).build();
    }
}
