package eu.guardian.protection;

import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/**
 * {@code POST /api/handovers/import?placementKind&place[&centreId&region]}: the receiving side of a cross-border
 * handover; the body is the package JSON as the sending side produced it, and becomes a new case.
 */
@Path("handovers/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class HandoverImportResource {

    @Inject
    Handovers handovers;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importPackage(String packageJson, @QueryParam("placementKind") String placementKind,
            @QueryParam("centreId") Long centreId, @QueryParam("place") String place,
            @QueryParam("region") String region) {
        long childId = handovers.importPackage(packageJson, placementKind, centreId, place, region);
        return Response.created(uriInfo.getBaseUriBuilder().path("children").path(String.valueOf(childId)).build())
                .entity(Map.of("id", childId)).build();
    }
}
