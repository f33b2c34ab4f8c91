package eu.guardian.protection;

import eu.guardian.platform.persistence.Page;
import eu.guardian.protection.ProtectionInputs.ApprovalDecision;
import eu.guardian.protection.ProtectionRecords.ApprovalRecord;
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
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/disclosure-approvals}: disclosures to an "other" recipient, waiting for the authority, and its decision
 * (docs/firewall.md).
 */
@Path("disclosure-approvals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class DisclosureApprovalResource {

    @Inject
    DisclosureApprovals approvals;

    /** {@code status}: PENDING (default), APPROVED or REFUSED. */
    @GET
    public Page<ApprovalRecord> list(@QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("25") int size) {
        return approvals.list(status, page, size);
    }

    @POST
    @Path("{id}/decision")
    public ApprovalRecord decide(@PathParam("id") long id, ApprovalDecision input) {
        if (input == null) {
            throw new BadRequestException("A decision is needed");
        }
        return approvals.decide(id, input);
    }
}
