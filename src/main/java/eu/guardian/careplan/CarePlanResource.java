package eu.guardian.careplan;

import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code /api/children/{id}/care-plan}: a child's care plan (read: who may see the child; plan: caseworker,
 * authority; progress: also the child's guardian). A child the caller may not see is 404.
 */
@Path("children/{childId}/care-plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class CarePlanResource {

    @Inject
    CarePlan carePlan;

    @GET
    public List<CarePlanItemRecord> items(@PathParam("childId") long childId) {
        return carePlan.items(childId);
    }

    @POST
    public Response add(@PathParam("childId") long childId, CarePlanItemInput input) {
        if (input == null) {
            throw new BadRequestException("An item is needed");
        }
        return Response.status(Response.Status.CREATED).entity(carePlan.add(childId, input)).build();
    }

    @PUT
    @Path("{itemId}")
    public CarePlanItemRecord update(@PathParam("childId") long childId, @PathParam("itemId") long itemId,
            CarePlanItemInput input) {
        if (input == null) {
            throw new BadRequestException("An item is needed");
        }
        return carePlan.update(childId, itemId, input);
    }
}
