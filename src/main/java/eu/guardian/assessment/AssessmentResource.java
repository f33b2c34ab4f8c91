package eu.guardian.assessment;

import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * Best-interests assessments: {@code /api/assessments/{id}} (read, save, child's views, submit, approve, return, amend, PDF). The services decide
 * who may; 400 broken rules, 404 a child the caller may not see, 409 a refused workflow step or a stale version.
 */
@Path("assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class AssessmentResource {

    /** A workflow step against the version the caller read; {@code comment} for returns. */
    public record Step(Long version, String comment) {
    }

    @Inject
    Assessments assessments;

    @Inject
    ReviewSchedule schedule;

    @Inject
    Reports reports;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{id}")
    public AssessmentRecord get(@PathParam("id") long id) {
        return assessments.get(id);
    }

    @PUT
    @Path("{id}")
    public AssessmentRecord update(@PathParam("id") long id, AssessmentInput input) {
        return assessments.update(id, required(input));
    }

    @PUT
    @Path("{id}/child-views")
    public AssessmentRecord childViews(@PathParam("id") long id, AssessmentInput input) {
        return assessments.contributeChildViews(id, required(input));
    }

    @POST
    @Path("{id}/submit")
    public AssessmentRecord submit(@PathParam("id") long id, Step step) {
        return assessments.submit(id, step == null ? null : step.version());
    }

    @POST
    @Path("{id}/approve")
    public AssessmentRecord approve(@PathParam("id") long id, Step step) {
        return assessments.approve(id, step == null ? null : step.version());
    }

    @POST
    @Path("{id}/return")
    public AssessmentRecord returnForRework(@PathParam("id") long id, Step step) {
        return assessments.returnForRework(id, step == null ? null : step.version(),
                step == null ? null : step.comment());
    }

    @POST
    @Path("{id}/amend")
    public Response amend(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(assessments.amend(id)).build();
    }

    @GET
    @Path("{id}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("id") long id) {
        Reports.Pdf pdf = reports.assessment(id, locale());
        return Response.ok(pdf.bytes(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"").build();
    }

    /** "Assessments due": open reviews, earliest first; {@code overdue=true} only those past their date. */
    @GET
    @Path("due")
    public eu.guardian.platform.persistence.Page<DueReview> due(
            @jakarta.ws.rs.QueryParam("overdue") @jakarta.ws.rs.DefaultValue("false") boolean overdue,
            @jakarta.ws.rs.QueryParam("page") @jakarta.ws.rs.DefaultValue("0") int page,
            @jakarta.ws.rs.QueryParam("size") @jakarta.ws.rs.DefaultValue("25") int size) {
        return schedule.due(overdue, page, size);
    }

    private Locale locale() {
        return headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH : headers.getAcceptableLanguages().get(0);
    }

    private static AssessmentInput required(AssessmentInput input) {
        if (input == null) {
            throw new BadRequestException("An assessment's content is needed");
        }
        return input;
    }
}
