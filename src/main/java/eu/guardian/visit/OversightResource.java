package eu.guardian.visit;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@code /api/oversight}: what the authority watches across all guardians: overdue contacts, escalated concerns. */
@Path("oversight")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR, Role.Names.CASEWORKER})
public class OversightResource {

    @Inject
    ContactOversight contacts;

    @Inject
    Concerns concerns;

    @Inject
    Visits visits;

    @GET
    @Path("overdue-contacts")
    public Page<OverdueContact> overdueContacts(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("25") int size) {
        return contacts.overdue(page, size);
    }

    @GET
    @Path("escalated-concerns")
    public Page<ConcernRecord> escalatedConcerns(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("25") int size) {
        return concerns.list(Concerns.View.ESCALATED, page, size);
    }

    @GET
    @Path("interpreter-log")
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public Page<InterpreterLogEntry> interpreterLog(@QueryParam("language") String language,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("25") int size) {
        return visits.interpreterLog(Optional.ofNullable(language).filter(l -> !l.isBlank()), page, size);
    }

    /** Figures for dashboards. */
    @GET
    @Path("visit-counts")
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("overdueContacts", contacts.countOverdue());
        counts.put("openConcerns", concerns.countOpen());
        counts.put("unacknowledgedUrgentConcerns", concerns.countUnacknowledgedUrgent());
        counts.put("escalatedConcerns", concerns.countEscalated());
        return counts;
    }
}
