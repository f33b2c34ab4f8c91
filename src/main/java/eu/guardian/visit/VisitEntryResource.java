package eu.guardian.visit;

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

/**
 * {@code /api/visits/{id}}: one entry; its author corrects it within the window ({@code PUT} with the version read),
 * afterwards adds addenda; follow-ups are marked done.
 */
@Path("visits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.GUARDIAN, Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
public class VisitEntryResource {

    /** A correction against the version the author read. */
    public record Correction(Long version, VisitInput visit) {
    }

    public record AddendumInput(String text) {
    }

    @Inject
    Visits visits;

    @GET
    @Path("{id}")
    public VisitRecord visit(@PathParam("id") long id) {
        return visits.visit(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.GUARDIAN, Role.Names.CASEWORKER})
    public VisitRecord correct(@PathParam("id") long id, Correction correction) {
        if (correction == null || correction.version() == null || correction.visit() == null) {
            throw new BadRequestException("version and visit are needed");
        }
        return visits.correct(id, correction.version(), correction.visit());
    }

    @POST
    @Path("{id}/addenda")
    @RolesAllowed({Role.Names.GUARDIAN, Role.Names.CASEWORKER})
    public Response addAddendum(@PathParam("id") long id, AddendumInput input) {
        if (input == null) {
            throw new BadRequestException("An addendum is needed");
        }
        return Response.status(Response.Status.CREATED).entity(visits.addAddendum(id, input.text())).build();
    }

    @POST
    @Path("follow-ups/{followUpId}/done")
    @RolesAllowed({Role.Names.GUARDIAN, Role.Names.CASEWORKER})
    public VisitRecord.FollowUpRecord completeFollowUp(@PathParam("followUpId") long followUpId) {
        return visits.completeFollowUp(followUpId);
    }
}
