package eu.guardian.platform.notification;

import eu.guardian.platform.validation.Checks;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * {@code /api/notification-email}: the caller's own choice of notification e-mails ({@code IMMEDIATELY}, {@code
 * DIGEST}, {@code OFF}); {@code POST run} sends the outbox now (authority; {@code ?digest=true}: the daily digests).
 */
@Path("notification-email")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationMailResource {

    @Inject
    EmailChoices choices;

    @Inject
    NotificationMailDelivery delivery;

    @GET
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR, Role.Names.ADMIN})
    public Map<String, String> own() {
        return Map.of("choice", choices.own().name());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR, Role.Names.ADMIN})
    public Map<String, String> choose(Map<String, String> body) {
        Checks checks = new Checks();
        String value = body == null ? null : body.get("choice");
        checks.required("choice", value);
        EmailChoice choice = checks.choice(EmailChoice.class, "choice", value).orElse(null);
        checks.throwIfAny();
        choices.choose(choice);
        return Map.of("choice", choice.name());
    }

    @POST
    @Path("run")
    @RolesAllowed(Role.Names.AUTHORITY)
    public NotificationMailDelivery.Outcome run(@QueryParam("digest") @DefaultValue("false") boolean digest) {
        return delivery.runNow(digest);
    }
}
