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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /api/calendar-feed}: a guardian's calendar link ({@code POST link}: a new one, shown once; {@code DELETE
 * link}: revoked) and the feed itself, {@code GET {token}.ics}, without sign-in: the secret link is the credential
 * (docs/notifications.md#calendar-feed).
 */
@Path("calendar-feed")
@RequestScoped
public class CalendarFeedResource {

    /** Where the feed is read from: the path under the public address. */
    public static final String FEED_PATH = "/api/calendar-feed/";

    @Inject
    CalendarFeeds feeds;

    @Inject
    @ConfigProperty(name = "guardian.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @POST
    @Path("link")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.GUARDIAN)
    public Map<String, String> newLink() {
        return Map.of("url", urlOf(publicUrl, feeds.newToken()));
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

    public static String urlOf(String publicUrl, String token) {
        return publicUrl.replaceAll("/+$", "") + FEED_PATH + token + ".ics";
    }
}
