package eu.guardian.guardianship;

import eu.guardian.platform.persistence.Page;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * {@code GET /api/guardianship-queue}: children awaiting a guardian, nearest deadline first;
 * {@code GET .../interim-breaches}: those whose interim representative is overdue; {@code POST
 * .../interim-breaches/notify}: tell of missed appointment deadlines now, as the job does every ten minutes
 * ({@link GuardianshipClockSchedule}).
 */
@Path("guardianship-queue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class GuardianshipQueueResource {

    @Inject
    Appointments appointments;

    @GET
    public Page<QueueEntry> queue(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("25") int size) {
        return appointments.queue(page, size);
    }

    @Inject
    InterimBreaches interimBreaches;

    @Inject
    GuardianshipClockSchedule clockSchedule;

    @GET
    @Path("interim-breaches")
    public Page<InterimBreach> interimBreaches(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("25") int size) {
        return interimBreaches.list(page, size);
    }

    @POST
    @Path("interim-breaches/notify")
    @RolesAllowed(Role.Names.AUTHORITY)
    public Map<String, Integer> notifyInterimBreaches() {
        return clockSchedule.runNow();
    }
}
