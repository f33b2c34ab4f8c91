package eu.guardian.visit;

import eu.guardian.platform.persistence.Page;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code /api/children/{id}/visits}: log a visit (guardians for their wards, caseworkers) and list a child's. */
@Path("children/{childId}/visits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.GUARDIAN, Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
public class VisitResource {

    @Inject
    Visits visits;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Role.Names.GUARDIAN, Role.Names.CASEWORKER})
    public Response log(@PathParam("childId") long childId, VisitInput input) {
        if (input == null) {
            throw new BadRequestException("A visit is needed");
        }
        VisitRecord visit = visits.log(childId, input);
        return Response.created(uriInfo.getBaseUriBuilder().path("visits").path(String.valueOf(visit.id())).build())
                .entity(visit).build();
    }

    @GET
    public Page<VisitRecord> list(@PathParam("childId") long childId,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("25") int size) {
        return visits.list(childId, page, size);
    }
}
