package eu.guardian.document;

import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import eu.guardian.platform.validation.InvalidInput;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/attachments/{id}}: one document's content, streamed; its thumbnail; its deletion with a reason. */
@Path("attachments/{id}")
@RequestScoped
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR})
public class AttachmentResource {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    Documents documents;

    @GET
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The document's content, streamed as a download (recorded as a read in the audit trail)")
    public Response content(@PathParam("id") long id) {
        Documents.Download download = documents.open(id);
        Response.ResponseBuilder answer = Response.ok((StreamingOutput) download.content()::writeTo)
                .header("Content-Length", download.document().size());
        DownloadHeaders.of(download.document(), false).forEach(answer::header);
        return answer.build();
    }

    @GET
    @Path("thumbnail")
    @Produces("image/jpeg")
    @Operation(summary = "A photo's thumbnail (JPEG, at most 240 pixels; recorded as a read)")
    public Response thumbnail(@PathParam("id") long id) {
        Response.ResponseBuilder answer = Response.ok(documents.thumbnail(id));
        DownloadHeaders.ofThumbnail().forEach(answer::header);
        return answer.build();
    }

    @DELETE
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY})
    @Operation(summary = "Delete the document with a reason ({\"reason\": ...} or ?reason=): the file goes, its"
            + " record stays")
    public DocumentRecord delete(@PathParam("id") long id, @QueryParam("reason") String reason, String body) {
        return documents.delete(id, Optional.ofNullable(body).filter(text -> !text.isBlank())
                .map(AttachmentResource::reasonIn).orElse(reason));
    }

    /** The reason in a JSON body {@code {"reason": "..."}}; a body that is not such an object is refused (400). */
    private static String reasonIn(String body) {
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            JsonValue reason = reader.readObject().get("reason");
            return reason instanceof JsonString text ? text.getString() : null;
        } catch (JsonException | ClassCastException notAnObject) {
            throw new InvalidInput("reason", "validation.body");
        }
    }
}
