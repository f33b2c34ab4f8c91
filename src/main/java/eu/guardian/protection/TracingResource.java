package eu.guardian.protection;

import eu.guardian.protection.ProtectionInputs.TracingConclusion;
import eu.guardian.protection.ProtectionInputs.TracingInput;
import eu.guardian.protection.ProtectionInputs.TracingNote;
import eu.guardian.protection.ProtectionRecords.TracingRecord;
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

/** {@code /api/children/{id}/tracing-requests}: family tracing, confidential where needed. */
@Path("children/{childId}/tracing-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class TracingResource {

    @Inject
    FamilyTracing tracing;

    @GET
    public List<TracingRecord> list(@PathParam("childId") long childId) {
        return tracing.requests(childId);
    }

    @POST
    public Response request(@PathParam("childId") long childId, TracingInput input) {
        if (input == null) {
            throw new BadRequestException("A request is needed");
        }
        return Response.status(Response.Status.CREATED).entity(tracing.request(childId, input)).build();
    }

    @POST
    @Path("{requestId}/updates")
    public TracingRecord update(@PathParam("childId") long childId, @PathParam("requestId") long requestId,
            TracingNote input) {
        if (input == null) {
            throw new BadRequestException("A note is needed");
        }
        return tracing.addUpdate(childId, requestId, input);
    }

    @POST
    @Path("{requestId}/outcome")
    public TracingRecord conclude(@PathParam("childId") long childId, @PathParam("requestId") long requestId,
            TracingConclusion input) {
        if (input == null) {
            throw new BadRequestException("An outcome is needed");
        }
        return tracing.conclude(childId, requestId, input);
    }
}
