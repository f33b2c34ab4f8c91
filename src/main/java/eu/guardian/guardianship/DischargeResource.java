package eu.guardian.guardianship;

import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /api/guardianships/{id}/discharge}: ends a guardianship with its reason (role authority). */
@Path("guardianships")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class DischargeResource {

    public record DischargeInput(String endReason, String endedOn, String note) {
    }

    @Inject
    Appointments appointments;

    @POST
    @Path("{id}/discharge")
    public GuardianshipRecord discharge(@PathParam("id") long id, DischargeInput input) {
        if (input == null) {
            throw new BadRequestException("An end reason and date are needed");
        }
        return appointments.discharge(id, input.endReason(), input.endedOn(), input.note());
    }
}
