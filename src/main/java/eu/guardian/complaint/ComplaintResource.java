package eu.guardian.complaint;

import eu.guardian.complaint.ComplaintRecords.AssignInput;
import eu.guardian.complaint.ComplaintRecords.ComplaintDetail;
import eu.guardian.complaint.ComplaintRecords.ComplaintFilter;
import eu.guardian.complaint.ComplaintRecords.ComplaintInput;
import eu.guardian.complaint.ComplaintRecords.ComplaintSummary;
import eu.guardian.complaint.ComplaintRecords.OutcomeInput;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/**
 * {@code /api/complaints}: lodge (guardian, caseworker, reception, authority), list and read (what the caller may see:
 * a complaint about a guardian is "not found" to that guardian), assign and decide (authority).
 */
@Path("complaints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class ComplaintResource {

    @Inject
    Complaints complaints;

    @Context
    UriInfo uriInfo;

    @GET
    public Page<ComplaintSummary> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("25") int size, @QueryParam("status") String status,
            @QueryParam("open") boolean open, @QueryParam("subject") String subject,
            @QueryParam("owner") String owner, @QueryParam("unassigned") boolean unassigned,
            @QueryParam("overdue") boolean overdue, @QueryParam("reference") String reference,
            @QueryParam("childId") Long childId) {
        return complaints.list(new ComplaintFilter(choice(ComplaintStatus.class, "status", status), open,
                choice(ComplaintSubject.class, "subject", subject), nonBlank(owner), unassigned, overdue,
                nonBlank(reference), Optional.ofNullable(childId)), page, size);
    }

    @POST
    public Response lodge(ComplaintInput input) {
        if (input == null) {
            throw new BadRequestException("A complaint is needed");
        }
        ComplaintDetail lodged = complaints.lodge(input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(lodged.id())).build())
                .entity(lodged).build();
    }

    @GET
    @Path("{id}")
    public ComplaintDetail get(@PathParam("id") long id) {
        return complaints.get(id);
    }

    @POST
    @Path("{id}/assign")
    public ComplaintDetail assign(@PathParam("id") long id, AssignInput input) {
        if (input == null) {
            throw new BadRequestException("version and owner are needed");
        }
        return complaints.assign(id, input.version(), input.owner());
    }

    @POST
    @Path("{id}/outcome")
    public ComplaintDetail outcome(@PathParam("id") long id, OutcomeInput input) {
        if (input == null) {
            throw new BadRequestException("version and outcome are needed");
        }
        return complaints.decide(id, input.version(), input.outcome(), input.outcomeText(), input.decidedOn());
    }

    private static <E extends Enum<E>> Optional<E> choice(Class<E> type, String field, String value) {
        Checks checks = new Checks();
        Optional<E> parsed = checks.choice(type, field, value);
        checks.throwIfAny();
        return parsed;
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
