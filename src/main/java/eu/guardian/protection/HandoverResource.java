package eu.guardian.protection;

import eu.guardian.protection.ProtectionInputs.Confirmation;
import eu.guardian.protection.ProtectionInputs.HandoverInput;
import eu.guardian.protection.ProtectionRecords.HandoverRecord;
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
import jakarta.ws.rs.core.StreamingOutput;
import eu.guardian.document.Documents;
import java.util.List;

/**
 * {@code /api/children/{id}/handovers}: cross-border handover packages (JSON and PDF) and their confirmation.
 */
@Path("children/{childId}/handovers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class HandoverResource {

    @Inject
    Handovers handovers;

    @GET
    public List<HandoverRecord> list(@PathParam("childId") long childId) {
        return handovers.handovers(childId);
    }

    @POST
    public Response prepare(@PathParam("childId") long childId, HandoverInput input) {
        if (input == null) {
            throw new BadRequestException("A handover is needed");
        }
        return Response.status(Response.Status.CREATED).entity(handovers.prepare(childId, input)).build();
    }

    @GET
    @Path("{handoverId}/package")
    public Response packageJson(@PathParam("childId") long childId, @PathParam("handoverId") long handoverId) {
        return Response.ok(handovers.packageJson(childId, handoverId), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"handover-" + handoverId + ".json\"").build();
    }

    @GET
    @Path("{handoverId}/package.pdf")
    @Produces("application/pdf")
    public Response packagePdf(@PathParam("childId") long childId, @PathParam("handoverId") long handoverId) {
        return Response.ok(handovers.packagePdf(childId, handoverId), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"handover-" + handoverId + ".pdf\"").build();
    }

    /** A document that went with the package, streamed (an export in the trail). */
    @GET
    @Path("{handoverId}/attachments/{documentId}")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@PathParam("childId") long childId, @PathParam("handoverId") long handoverId,
            @PathParam("documentId") long documentId) {
        Documents.Download download = handovers.attachment(childId, handoverId, documentId);
        Response.ResponseBuilder answer = Response.ok((StreamingOutput) download.content()::writeTo)
                .header("Content-Length", download.document().size());
        download.headers().forEach(answer::header);
        return answer.build();
    }

    @POST
    @Path("{handoverId}/confirmation")
    public HandoverRecord confirm(@PathParam("childId") long childId, @PathParam("handoverId") long handoverId,
            Confirmation input) {
        return handovers.confirm(childId, handoverId, input == null ? new Confirmation(null) : input);
    }
}
