package eu.guardian.oversight.breach;

import eu.guardian.platform.persistence.Page;
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
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/data-breaches}: the register of personal-data breaches (GDPR art 33). {@code POST} records one
 * ({@code foundAt} an ISO instant, {@code description}, {@code childrenAffected}, {@code measures});
 * {@code POST /{id}/supervisory-notification} ({@code notifiedAt}, {@code reference}, {@code version}).
 */
@Path("data-breaches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DataBreachResource {

    public record BreachInput(String foundAt, String description, Integer childrenAffected, String measures) {
    }

    public record NotificationInput(String notifiedAt, String reference, Long version) {
    }

    @Inject
    DataBreaches breaches;

    @GET
    public Page<DataBreachRecord> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("25") int size) {
        return breaches.list(page, size);
    }

    @GET
    @Path("{id}")
    public DataBreachRecord breach(@PathParam("id") long id) {
        return breaches.breach(id);
    }

    @POST
    public Response record(BreachInput input) {
        if (input == null) {
            throw new BadRequestException("A breach is needed");
        }
        return Response.status(Response.Status.CREATED).entity(breaches.record(input.foundAt(), input.description(),
                input.childrenAffected(), input.measures())).build();
    }

    @POST
    @Path("{id}/supervisory-notification")
    public DataBreachRecord notified(@PathParam("id") long id, NotificationInput input) {
        if (input == null) {
            throw new BadRequestException("The notification is needed");
        }
        return breaches.supervisoryAuthorityNotified(id, input.version(), input.notifiedAt(), input.reference());
    }
}
