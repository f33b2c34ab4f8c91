package eu.guardian.platform.notification;

import eu.guardian.platform.persistence.Page;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code /api/notifications}: the caller's own notifications (a mobile app's bell). */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class NotificationResource {

    @Inject
    Notifications notifications;

    @Context
    HttpHeaders headers;

    @GET
    public Page<NotificationItem> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("25") int size) {
        notifications.deliverRoleNotifications();
        return notifications.page(page, size, locale());
    }

    @GET
    @Path("unread-count")
    public Map<String, Long> unreadCount() {
        notifications.deliverRoleNotifications();
        return Map.of("unread", notifications.unreadCount());
    }

    @GET
    @Path("digest")
    public List<NotificationItem> digest() {
        notifications.deliverRoleNotifications();
        return notifications.digest(locale());
    }

    @POST
    @Path("{id}/read")
    public NotificationItem read(@PathParam("id") long id) {
        return notifications.markRead(id, locale());
    }

    @POST
    @Path("read-all")
    public Map<String, Integer> readAll() {
        return Map.of("marked", notifications.markAllRead());
    }

    private Locale locale() {
        return headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH : headers.getAcceptableLanguages().get(0);
    }
}
