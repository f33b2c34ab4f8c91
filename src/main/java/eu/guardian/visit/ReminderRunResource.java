package eu.guardian.visit;

import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** {@code POST /api/reminders/run}: the ten-minute reminder and escalation job, now. */
@Path("reminders/run")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.AUTHORITY)
public class ReminderRunResource {

    @Inject
    ReminderSchedule schedule;

    @POST
    public Map<String, Boolean> run() {
        schedule.runNow();
        return Map.of("run", true);
    }
}
