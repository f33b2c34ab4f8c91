package eu.guardian.child;

import eu.guardian.platform.persistence.Page;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
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
 * {@code GET /api/my-cases} (a caseworker's caseload) and {@code PUT /api/my-cases/{childId}/responsible} (who is
 * responsible for the case: {@code {"username": "..."}}); docs/domain-rules.md#responsible-caseworker.
 */
@Path("my-cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class CaseloadResource {

    public record Assignment(String username) {
    }

    @Inject
    Caseload caseload;

    @GET
    public Page<ChildSummary> myCases(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("25") int size) {
        return caseload.myCases(page, size);
    }

    @PUT
    @Path("{childId}/responsible")
    public ChildFile assign(@PathParam("childId") long childId, Assignment assignment) {
        if (assignment == null) {
            throw new BadRequestException("A caseworker is needed");
        }
        return caseload.assign(childId, assignment.username());
    }
}
