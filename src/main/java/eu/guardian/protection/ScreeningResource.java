package eu.guardian.protection;

import eu.guardian.protection.ProtectionInputs.NrmInput;
import eu.guardian.protection.ProtectionInputs.OverrideInput;
import eu.guardian.protection.ProtectionInputs.ScreeningInput;
import eu.guardian.protection.ProtectionRecords.NrmRecord;
import eu.guardian.protection.ProtectionRecords.ScreeningRecord;
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

/** {@code /api/children/{id}/screenings}: trafficking screenings, their overrides and NRM referrals. */
@Path("children/{childId}/screenings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class ScreeningResource {

    @Inject
    Screenings screenings;

    @GET
    public List<ScreeningRecord> list(@PathParam("childId") long childId) {
        return screenings.screenings(childId);
    }

    @POST
    public Response screen(@PathParam("childId") long childId, ScreeningInput input) {
        if (input == null) {
            throw new BadRequestException("A screening is needed");
        }
        return Response.status(Response.Status.CREATED).entity(screenings.screen(childId, input)).build();
    }

    @POST
    @Path("{screeningId}/override")
    public ScreeningRecord override(@PathParam("childId") long childId, @PathParam("screeningId") long screeningId,
            OverrideInput input) {
        if (input == null) {
            throw new BadRequestException("An override is needed");
        }
        return screenings.override(childId, screeningId, input);
    }

    @PUT
    @Path("nrm-referrals/{referralId}")
    public NrmRecord recordNrm(@PathParam("childId") long childId, @PathParam("referralId") long referralId,
            NrmInput input) {
        if (input == null) {
            throw new BadRequestException("An NRM outcome is needed");
        }
        return screenings.recordNrm(childId, referralId, input);
    }
}
