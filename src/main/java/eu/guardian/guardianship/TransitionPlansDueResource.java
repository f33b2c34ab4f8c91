package eu.guardian.guardianship;

import eu.guardian.platform.persistence.Page;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/transition-plans/due}: the caller's open cases whose transition plan is due and not recorded,
 * soonest 18th birthday first (docs/domain-rules.md#transition-to-adulthood).
 */
@Path("transition-plans/due")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class TransitionPlansDueResource {

    @Inject
    ComingOfAge comingOfAge;

    @GET
    public Page<ComingOfAge.TurningEighteen> due(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("25") int size) {
        return comingOfAge.transitionPlansDue(page, size);
    }
}
