package eu.guardian.child;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/children/{id}/legal-hold}: the authority keeps a closed case from anonymisation, or releases it. */
@Path("children/{id}/legal-hold")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CaseRetentionResource {

    public record HoldInput(String reason) {
    }

    @Inject
    CaseRetention retention;

    @GET
    public CaseRetention.LegalHold legalHold(@PathParam("id") long id) {
        return retention.legalHold(id);
    }

    @PUT
    public CaseRetention.LegalHold hold(@PathParam("id") long id, HoldInput input) {
        return retention.placeUnderLegalHold(id, input == null ? null : input.reason());
    }

    @DELETE
    public CaseRetention.LegalHold release(@PathParam("id") long id) {
        return retention.releaseLegalHold(id);
    }
}
