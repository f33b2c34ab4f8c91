package eu.guardian.careplan;

import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/children/{id}/information-sheet}: the child's information sheet (docs/information-sheet.md). GET tells
 * the languages and the child's; POST gives the sheet as a PDF ({@code ?language=ti&pictures=true}) and records it in
 * the care plan. Whoever works on the case; others get 403, or 404 for a child they may not see.
 */
@Path("children/{childId}/information-sheet")
@RequestScoped
@RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.GUARDIAN, Role.Names.RECEPTION,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class InformationSheetResource {

    @Inject
    InformationSheet sheet;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> languages(@PathParam("childId") long childId) {
        return Map.of("language", sheet.languageFor(childId), "languages", InformationSheet.languages());
    }

    @POST
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response give(@PathParam("childId") long childId, @QueryParam("language") String language,
            @QueryParam("pictures") boolean pictures) {
        InformationSheet.Given given = sheet.give(childId, Optional.ofNullable(language), pictures);
        return Response.ok(given.pdf(), "application/pdf").header("Content-Language", given.language())
                .header("Content-Disposition", "attachment; filename=\"" + given.fileName() + "\"").build();
    }
}
