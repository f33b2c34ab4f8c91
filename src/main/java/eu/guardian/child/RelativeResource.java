package eu.guardian.child;

import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * A child's siblings and relatives (docs/domain-rules.md#siblings-and-relatives): {@code GET
 * /api/children/{id}/relatives}, {@code POST} {@code {"relativeId", "kind"}} to link, {@code POST
 * .../relatives/{relativeId}/separation} {@code {"reason"}}.
 */
@Path("children/{childId}/relatives")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class RelativeResource {

    public record Link(Long relativeId, String kind) {
    }

    public record Separation(String reason) {
    }

    @Inject
    Relatives relatives;

    @GET
    public List<RelativeRecord> relatives(@PathParam("childId") long childId) {
        return relatives.relatives(childId);
    }

    @POST
    public List<RelativeRecord> link(@PathParam("childId") long childId, Link link) {
        if (link == null) {
            throw new BadRequestException("A relative is needed");
        }
        return relatives.link(childId, link.relativeId(), link.kind());
    }

    @POST
    @Path("{relativeId}/separation")
    public List<RelativeRecord> separation(@PathParam("childId") long childId,
            @PathParam("relativeId") long relativeId, Separation separation) {
        if (separation == null) {
            throw new BadRequestException("A reason is needed");
        }
        return relatives.recordSeparation(childId, relativeId, separation.reason());
    }
}
