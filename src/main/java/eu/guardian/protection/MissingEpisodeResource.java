package eu.guardian.protection;

import eu.guardian.protection.ProtectionInputs.AlertsInput;
import eu.guardian.protection.ProtectionInputs.MissingReport;
import eu.guardian.protection.ProtectionInputs.PoliceInput;
import eu.guardian.protection.ProtectionInputs.ReturnInput;
import eu.guardian.protection.ProtectionRecords.EpisodeRecord;
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

/** {@code /api/children/{id}/missing-episodes}: a child reported missing, the police, the alerts, the return. */
@Path("children/{childId}/missing-episodes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class MissingEpisodeResource {

    @Inject
    MissingChildren missing;

    @GET
    public List<EpisodeRecord> list(@PathParam("childId") long childId) {
        return missing.episodes(childId);
    }

    @POST
    public Response report(@PathParam("childId") long childId, MissingReport input) {
        if (input == null) {
            throw new BadRequestException("A report is needed");
        }
        return Response.status(Response.Status.CREATED).entity(missing.report(childId, input)).build();
    }

    @POST
    @Path("{episodeId}/police")
    public EpisodeRecord police(@PathParam("childId") long childId, @PathParam("episodeId") long episodeId,
            PoliceInput input) {
        if (input == null) {
            throw new BadRequestException("The police notification is needed");
        }
        return missing.policeNotified(childId, episodeId, input);
    }

    @POST
    @Path("{episodeId}/alerts")
    public EpisodeRecord alerts(@PathParam("childId") long childId, @PathParam("episodeId") long episodeId,
            AlertsInput input) {
        if (input == null) {
            throw new BadRequestException("Alerts are needed");
        }
        return missing.alerts(childId, episodeId, input);
    }

    @POST
    @Path("{episodeId}/return")
    public EpisodeRecord returned(@PathParam("childId") long childId, @PathParam("episodeId") long episodeId,
            ReturnInput input) {
        if (input == null) {
            throw new BadRequestException("The return is needed");
        }
        return missing.returned(childId, episodeId, input);
    }
}
