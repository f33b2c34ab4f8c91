package eu.guardian.document;

import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/system/document-keys}: which master keys wrap the stored files, and re-wrapping after a rotation. */
@Path("system/document-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class DocumentKeyResource {

    @Inject
    DocumentKeyRotation rotation;

    @GET
    @Operation(summary = "The current master key's id and how many stored files each master key wraps")
    public DocumentKeyRotation.KeyReport report() {
        return rotation.report();
    }

    @POST
    @Path("rewrap")
    @Operation(summary = "Re-wrap every file key still wrapped by a retired master key under the current one"
            + " (files are not re-encrypted)")
    public DocumentKeyRotation.KeyReport rewrap() {
        return rotation.rewrapAll();
    }
}
