package eu.guardian.visit;

import eu.guardian.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * {@code /api/calendar-feed}: a guardian's calendar link ({@code POST link}: a new one, shown once; {@code DELETE
 * link}: revoked) and the feed itself, {@code GET {token}.ics}, without sign-in: the secret link is the credential
 * (docs/notifications.md#calendar-feed).
 */
@Path("calendar-feed")
@RequestScoped
public class CalendarFeedResource {

    @Inject
    CalendarFeeds feeds;

    @POST
    @Path("link")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.GUARDIAN)
    public Map<String, String> newLink() {
        return Map.of("url", feeds.newLink());
    }

    @DELETE
    @Path("link")
    @RolesAllowed(Role.Names.GUARDIAN)
    public Response revoke() {
        feeds.revoke();
        return Response.noContent().build();
    }

    @GET
    @Path("{token}.ics")
    @PermitAll
    public Response feed(@PathParam("token") String token) {
        return feeds.feed(token).map(calendar -> Response.ok(calendar, "text/calendar; charset=utf-8")
                        .header("Cache-Control", "private, no-store").build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }
}
