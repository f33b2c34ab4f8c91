package eu.guardian.guardian;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/** {@code /api/guardians}: the guardian registry (kept by the authority). */
@Path("guardians")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class GuardianResource {

    public record GuardianUpdate(Long version, GuardianInput guardian) {
    }

    /** A login for a registered guardian: its name, or none for the guardian's e-mail address. */
    public record LoginRequest(String loginUsername) {
    }

    @Inject
    GuardianRegistry registry;

    @Context
    UriInfo uriInfo;

    @GET
    public Page<GuardianSummary> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("25") int size, @QueryParam("name") String name,
            @QueryParam("region") String region) {
        return registry.list(Optional.ofNullable(name), Optional.ofNullable(region), page, size);
    }

    @POST
    public Response register(GuardianInput input) {
        if (input == null) {
            throw new BadRequestException("A guardian is needed");
        }
        GuardianSummary guardian = registry.register(input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(guardian.id())).build())
                .entity(guardian).build();
    }

    @GET
    @Path("{id}")
    public GuardianSummary profile(@PathParam("id") long id) {
        return registry.profile(id);
    }

    @PUT
    @Path("{id}")
    public GuardianSummary update(@PathParam("id") long id, GuardianUpdate update) {
        if (update == null || update.version() == null || update.guardian() == null) {
            throw new BadRequestException("version and guardian are needed");
        }
        return registry.update(id, update.version(), update.guardian());
    }

    @POST
    @Path("{id}/login")
    public GuardianSummary giveLogin(@PathParam("id") long id, LoginRequest request) {
        return registry.giveLogin(id, request == null ? null : request.loginUsername());
    }

    @POST
    @Path("{id}/reactivation")
    public GuardianSummary reactivate(@PathParam("id") long id) {
        return registry.reactivate(id);
    }
}
