package eu.guardian.protection;

import eu.guardian.protection.ProtectionInputs.MarkInput;
import eu.guardian.protection.ProtectionRecords.MarkRecord;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/children/{id}/not-for-sharing}: the parts of the child's file left out of every handover package. */
@Path("children/{childId}/not-for-sharing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class NotForSharingResource {

    @Inject
    Handovers handovers;

    @GET
    public List<MarkRecord> marks(@PathParam("childId") long childId) {
        return handovers.marks(childId);
    }

    @POST
    public List<MarkRecord> mark(@PathParam("childId") long childId, MarkInput input) {
        if (input == null) {
            throw new BadRequestException("A part is needed");
        }
        return handovers.mark(childId, input);
    }

    @DELETE
    @Path("{part}")
    public List<MarkRecord> unmark(@PathParam("childId") long childId, @PathParam("part") String part) {
        return handovers.unmark(childId, part);
    }
}
