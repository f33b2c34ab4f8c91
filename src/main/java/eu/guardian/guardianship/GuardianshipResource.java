package eu.guardian.guardianship;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A child's guardianships: {@code /api/children/{id}/guardianships} (history, appoint, change, suggestions). Ending
 * one is {@link DischargeResource}; the queue of children awaiting a guardian is {@link GuardianshipQueueResource}.
 */
@Path("children/{childId}/guardianships")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class GuardianshipResource {

    /** A change of guardian: the new appointment and why the current guardian is replaced. */
    public record ChangeInput(String reason, AppointmentInput appointment) {
    }

    @Inject
    Appointments appointments;

    @GET
    public List<GuardianshipRecord> history(@PathParam("childId") long childId) {
        return appointments.history(childId);
    }

    @POST
    public Response appoint(@PathParam("childId") long childId, AppointmentInput input) {
        if (input == null) {
            throw new BadRequestException("An appointment is needed");
        }
        return Response.status(Response.Status.CREATED).entity(appointments.appoint(childId, input)).build();
    }

    @POST
    @Path("change")
    public GuardianshipRecord change(@PathParam("childId") long childId, ChangeInput input) {
        if (input == null || input.appointment() == null) {
            throw new BadRequestException("A reason and an appointment are needed");
        }
        return appointments.change(childId, input.appointment(), input.reason());
    }

    @GET
    @Path("suggestions")
    public List<SuggestionRecord> suggestions(@PathParam("childId") long childId,
            @QueryParam("limit") @DefaultValue("10") int limit) {
        return appointments.suggestions(childId, limit);
    }
}
