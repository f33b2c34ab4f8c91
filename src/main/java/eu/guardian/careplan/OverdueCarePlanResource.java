package eu.guardian.careplan;

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

/** {@code /api/care-plan}: overdue care-plan items across open cases, and the counts dashboards show. */
@Path("care-plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR, Role.Names.CASEWORKER})
public class OverdueCarePlanResource {

    /** How many open items are overdue, and how many fall due within {@code days}. */
    public record Counts(long overdue, long dueWithin, int days) {
    }

    @Inject
    CarePlan carePlan;

    @GET
    @Path("overdue")
    public Page<OverdueItem> overdue(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("25") int size) {
        return carePlan.overdue(page, size);
    }

    @GET
    @Path("counts")
    public Counts counts(@QueryParam("days") @DefaultValue("7") int days) {
        int within = Math.max(0, Math.min(days, 365));
        return new Counts(carePlan.countOverdue(), carePlan.countDueWithin(within), within);
    }
}
