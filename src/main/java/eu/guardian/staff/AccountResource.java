package eu.guardian.staff;

import eu.guardian.platform.persistence.Page;
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
import java.util.List;
import java.util.Optional;

/**
 * {@code /api/accounts}: staff accounts in Keycloak (admin), the last reconciliation's drifts, and the import of
 * Keycloak's sign-in events into the audit trail on demand (it also runs every minute).
 */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class AccountResource {

    /** What the account form offers: care centres (reception) and regions (caseworker, authority). */
    public record Choices(List<String> roles, List<WorkPlaces.Centre> centres, List<String> regions) {
    }

    public record Imported(int imported) {
    }

    @Inject
    Accounts accounts;

    @Inject
    WorkPlaces centres;

    @Inject
    AccountReconciliation reconciliation;

    @Inject
    SignInEvents signInEvents;

    @Context
    UriInfo uriInfo;

    @GET
    public Page<AccountRecord> list(@QueryParam("search") String search,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("25") int size) {
        return accounts.list(Optional.ofNullable(search), page, size);
    }

    @GET
    @Path("choices")
    public Choices choices() {
        return new Choices(java.util.Arrays.stream(StaffRole.values()).map(StaffRole::id).toList(),
                centres.centres(), centres.regions());
    }

    @POST
    public Response create(AccountInput input) {
        if (input == null) {
            throw new BadRequestException("An account is needed");
        }
        AccountRecord account = accounts.create(input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(account.id()).build()).entity(account).build();
    }

    @GET
    @Path("{id}")
    public AccountRecord account(@PathParam("id") String id) {
        return accounts.account(id);
    }

    @POST
    @Path("{id}/disable")
    public AccountRecord disable(@PathParam("id") String id) {
        return accounts.disable(id);
    }

    @POST
    @Path("{id}/enable")
    public AccountRecord enable(@PathParam("id") String id) {
        return accounts.enable(id);
    }

    @POST
    @Path("{id}/invitation")
    public AccountRecord resendInvitation(@PathParam("id") String id) {
        return accounts.resendInvitation(id);
    }

    @GET
    @Path("drift")
    public Page<AccountDrift> drift(@QueryParam("username") String username,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("25") int size) {
        return reconciliation.lastFindings(Optional.ofNullable(username), page, size);
    }

    @POST
    @Path("drift/run")
    public Page<AccountDrift> reconcileNow() {
        reconciliation.reconcile();
        return reconciliation.lastFindings(Optional.empty(), 0, 25);
    }

    @POST
    @Path("sign-in-events/import")
    public Imported importSignInEvents() {
        return new Imported(signInEvents.importNew());
    }
}
