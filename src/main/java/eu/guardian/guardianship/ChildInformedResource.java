package eu.guardian.guardianship;

import eu.guardian.platform.persistence.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/child-informed/overdue}: appointments the child was not told of in time;
 * {@code PUT /api/child-informed/{guardianshipId}} {@code {"childInformedOn": "2026-12-01", "version": 3}}: the day
 * the child was told. Who may do what is decided by {@link ChildInformedDeadlines}.
 */
@Path("child-informed")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChildInformedResource {

    public record Informed(String childInformedOn, Long version) {
    }

    @Inject
    ChildInformedDeadlines deadlines;

    @GET
    @Path("overdue")
    public Page<ChildInformed> overdue(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("25") int size) {
        return deadlines.overdue(page, size);
    }

    @PUT
    @Path("{guardianshipId}")
    public ChildInformed record(@PathParam("guardianshipId") long guardianshipId, Informed informed) {
        if (informed == null) {
            throw new BadRequestException("childInformedOn is needed");
        }
        return deadlines.record(guardianshipId, informed.version(), informed.childInformedOn());
    }
}
