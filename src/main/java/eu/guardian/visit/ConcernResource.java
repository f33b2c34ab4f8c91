package eu.guardian.visit;

import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.validation.Checks;
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
import java.util.Optional;

/** {@code /api/concerns}: safeguarding concerns raised at visits; caseworkers acknowledge and close them. */
@Path("concerns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR, Role.Names.GUARDIAN})
public class ConcernResource {

    public record Acknowledgement(Long version) {
    }

    public record Outcome(Long version, String outcome) {
    }

    @Inject
    Concerns concerns;

    /** {@code view}: OPEN (default), ESCALATED or ALL. */
    @GET
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public Page<ConcernRecord> list(@QueryParam("view") @DefaultValue("OPEN") String view,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("25") int size) {
        return concerns.list(view(view), page, size);
    }

    @GET
    @Path("{id}")
    public ConcernRecord concern(@PathParam("id") long id) {
        return concerns.concern(id);
    }

    @POST
    @Path("{id}/acknowledge")
    @RolesAllowed(Role.Names.CASEWORKER)
    public ConcernRecord acknowledge(@PathParam("id") long id, Acknowledgement input) {
        return concerns.acknowledge(id, Optional.ofNullable(input).map(Acknowledgement::version));
    }

    @POST
    @Path("{id}/outcome")
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY})
    public ConcernRecord outcome(@PathParam("id") long id, Outcome input) {
        if (input == null) {
            throw new BadRequestException("An outcome is needed");
        }
        return concerns.recordOutcome(id, Optional.ofNullable(input.version()), input.outcome());
    }

    static Concerns.View view(String view) {
        Checks checks = new Checks();
        Optional<Concerns.View> chosen = checks.choice(Concerns.View.class, "view",
                view.strip().toUpperCase(java.util.Locale.ROOT));
        checks.throwIfAny();
        return chosen.orElse(Concerns.View.OPEN);
    }
}
