package eu.guardian.assessment;

import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** {@code /api/children/{id}/assessments}: a child's best-interests assessments (list, start a draft, reviews). */
@Path("children/{childId}/assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class ChildAssessmentResource {

    public record NewAssessment(String kind) {
    }

    @Inject
    Assessments assessments;

    @GET
    public List<AssessmentSummary> list(@PathParam("childId") long childId) {
        return assessments.listOf(childId);
    }

    @POST
    public Response create(@PathParam("childId") long childId, NewAssessment input) {
        AssessmentRecord created = assessments.create(childId, input == null ? null : input.kind());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** The next review date and the open reviews of the child's assessment. */
    @GET
    @Path("reviews")
    public Assessments.ReviewOverview reviews(@PathParam("childId") long childId) {
        return assessments.reviewsOf(childId);
    }
}
