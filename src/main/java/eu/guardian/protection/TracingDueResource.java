package eu.guardian.protection;

import eu.guardian.platform.persistence.Page;
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
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/tracing-due?overdue=true}: children whose family tracing is due (not requested nor deferred);
 * {@code GET /api/tracing-due/children/{id}}: one child's; {@code POST /api/tracing-due/children/{id}/deferral}
 * {@code {"assessmentId": 7, "reason": "..."}}: the best-interests assessment says why not.
 */
@Path("tracing-due")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TracingDueResource {

    public record Deferral(Long assessmentId, String reason) {
    }

    @Inject
    TracingDeadlines deadlines;

    @GET
    public Page<TracingDue> due(@QueryParam("overdue") @DefaultValue("false") boolean overdueOnly,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("25") int size) {
        return deadlines.due(overdueOnly, page, size);
    }

    @GET
    @Path("children/{childId}")
    public TracingDue ofChild(@PathParam("childId") long childId) {
        return deadlines.of(childId);
    }

    @POST
    @Path("children/{childId}/deferral")
    public Response defer(@PathParam("childId") long childId, Deferral deferral) {
        if (deferral == null) {
            throw new BadRequestException("A deferral is needed");
        }
        return Response.status(Response.Status.CREATED)
                .entity(deadlines.defer(childId, deferral.assessmentId(), deferral.reason())).build();
    }
}
