package eu.guardian.assessment;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * {@code /api/determinations/{id}}: the panel's file (members who signed the undertaking, the convener, auditors),
 * {@code /undertaking}, {@code /position}, {@code /decision} and {@code /pdf}.
 */
@Path("determinations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class DeterminationResource {

    public record PositionInput(String stance, String reasons) {
    }

    public record DecisionInput(Long version, String decision, String conditions, String reviewOn) {
    }

    @Inject
    Determinations determinations;

    @Inject
    Reports reports;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{id}")
    public DeterminationRecord get(@PathParam("id") long id) {
        return determinations.get(id);
    }

    @POST
    @Path("{id}/undertaking")
    public DeterminationRecord sign(@PathParam("id") long id) {
        return determinations.signUndertaking(id);
    }

    @POST
    @Path("{id}/position")
    public DeterminationRecord position(@PathParam("id") long id, PositionInput input) {
        if (input == null) {
            throw new BadRequestException("A position and reasons are needed");
        }
        return determinations.recordPosition(id, input.stance(), input.reasons());
    }

    @POST
    @Path("{id}/decision")
    public DeterminationRecord decide(@PathParam("id") long id, DecisionInput input) {
        if (input == null) {
            throw new BadRequestException("A decision is needed");
        }
        return determinations.decide(id, input.version(), input.decision(), input.conditions(), input.reviewOn());
    }

    @GET
    @Path("{id}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("id") long id) {
        Locale locale = headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH
                : headers.getAcceptableLanguages().get(0);
        Reports.Pdf pdf = reports.determination(id, locale);
        return Response.ok(pdf.bytes(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"").build();
    }
}
