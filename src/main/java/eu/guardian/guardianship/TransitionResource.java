package eu.guardian.guardianship;

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

/**
 * A child's transition to adulthood (docs/domain-rules.md#transition-to-adulthood): {@code GET
 * /api/children/{id}/transition}, {@code POST .../transition/plan}, {@code POST .../transition/handover}. The due list
 * is {@link TransitionPlansDueResource}.
 */
@Path("children/{childId}/transition")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class TransitionResource {

    @Inject
    Transitions transitions;

    @GET
    public TransitionRecord transition(@PathParam("childId") long childId) {
        return transitions.transition(childId);
    }

    @POST
    @Path("plan")
    public TransitionRecord plan(@PathParam("childId") long childId, TransitionInput.Plan input) {
        if (input == null) {
            throw new BadRequestException("A plan is needed");
        }
        return transitions.recordPlan(childId, input);
    }

    @POST
    @Path("handover")
    public TransitionRecord handover(@PathParam("childId") long childId, TransitionInput.Handover input) {
        if (input == null) {
            throw new BadRequestException("A handover is needed");
        }
        return transitions.recordHandover(childId, input);
    }
}
