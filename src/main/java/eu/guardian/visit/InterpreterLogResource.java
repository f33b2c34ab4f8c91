package eu.guardian.visit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/children/{childId}/interpreter-log} {@code {"kind": "AGE_INTERVIEW", "referenceId": 12,
 * "language": "ps", "interpreter": "...", "occurredAt": "2026-12-01T09:30:00Z"}}: an interpreted interaction other
 * than a visit. The whole log is read at {@code GET /api/oversight/interpreter-log}.
 */
@Path("children/{childId}/interpreter-log")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InterpreterLogResource {

    @Inject
    InterpreterLog log;

    @POST
    public Response log(@PathParam("childId") long childId, InterpreterLog.Interaction input) {
        if (input == null) {
            throw new BadRequestException("An interaction is needed");
        }
        return Response.status(Response.Status.CREATED).entity(log.log(childId, input)).build();
    }
}
