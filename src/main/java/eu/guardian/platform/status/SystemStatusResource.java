package eu.guardian.platform.status;

import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/system/status}: the administrator's status report (role {@code admin}). */
@Path("system/status")
@RolesAllowed(Role.Names.ADMIN)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SystemStatusResource {

    @Inject
    SystemStatus systemStatus;

    @GET
    public SystemStatus.Report status() {
        return systemStatus.report();
    }
}
