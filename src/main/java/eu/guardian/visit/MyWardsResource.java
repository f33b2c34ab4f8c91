package eu.guardian.visit;

import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/me/wards}: the calling guardian's "My children", as the page shows it (for a mobile app). */
@Path("me/wards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.GUARDIAN)
public class MyWardsResource {

    @Inject
    MyWards myWards;

    @GET
    public List<WardLine> wards() {
        return myWards.lines();
    }
}
