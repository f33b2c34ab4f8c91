package eu.guardian.caseteam;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** {@code /api/children/{id}/team}: a child's case team (read: who may see the child; manage: caseworker, authority). */
@Path("children/{childId}/team")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class CaseTeamResource {

    @Inject
    CaseTeam team;

    @GET
    public List<TeamMemberRecord> members(@PathParam("childId") long childId) {
        return team.members(childId);
    }

    @POST
    public Response add(@PathParam("childId") long childId, TeamMemberInput input) {
        if (input == null) {
            throw new BadRequestException("A member is needed");
        }
        return Response.status(Response.Status.CREATED).entity(team.add(childId, input)).build();
    }

    @PUT
    @Path("{memberId}")
    public TeamMemberRecord update(@PathParam("childId") long childId, @PathParam("memberId") long memberId,
            TeamMemberInput input) {
        if (input == null) {
            throw new BadRequestException("A member is needed");
        }
        return team.update(childId, memberId, input);
    }
}
