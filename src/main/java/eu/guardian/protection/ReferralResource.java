package eu.guardian.protection;

import eu.guardian.protection.ProtectionInputs.ReferralAnswer;
import eu.guardian.protection.ProtectionInputs.ReferralCompletion;
import eu.guardian.protection.ProtectionInputs.ReferralInput;
import eu.guardian.protection.ProtectionRecords.ReferralRecord;
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
import jakarta.ws.rs.core.Response;
import java.util.List;

/** {@code /api/children/{id}/referrals}: referrals to agencies, consent-gated. */
@Path("children/{childId}/referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class ReferralResource {

    @Inject
    Referrals referrals;

    @GET
    public List<ReferralRecord> list(@PathParam("childId") long childId) {
        return referrals.referrals(childId);
    }

    @POST
    public Response refer(@PathParam("childId") long childId, ReferralInput input) {
        if (input == null) {
            throw new BadRequestException("A referral is needed");
        }
        return Response.status(Response.Status.CREATED).entity(referrals.refer(childId, input)).build();
    }

    @POST
    @Path("{referralId}/answer")
    public ReferralRecord answer(@PathParam("childId") long childId, @PathParam("referralId") long referralId,
            ReferralAnswer input) {
        if (input == null) {
            throw new BadRequestException("An answer is needed");
        }
        return referrals.answer(childId, referralId, input);
    }

    @POST
    @Path("{referralId}/completion")
    public ReferralRecord complete(@PathParam("childId") long childId, @PathParam("referralId") long referralId,
            ReferralCompletion input) {
        if (input == null) {
            throw new BadRequestException("An outcome is needed");
        }
        return referrals.complete(childId, referralId, input);
    }
}
