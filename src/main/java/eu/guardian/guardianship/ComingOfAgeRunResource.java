package eu.guardian.guardianship;

import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** {@code POST /api/coming-of-age/run}: the nightly age-out (docs/domain-rules.md#age-used), now. */
@Path("coming-of-age/run")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.AUTHORITY)
public class ComingOfAgeRunResource {

    @Inject
    ComingOfAge comingOfAge;

    @POST
    public Map<String, Integer> run() {
        return Map.of("closed", comingOfAge.endGuardianshipsOfAdultsNow());
    }
}
