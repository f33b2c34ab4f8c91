package eu.guardian.document;

import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * {@code /api/children/{id}/attachments}: add a document to a child's file or to a record in it (a visit, an
 * assessment, a missing episode, a complaint: {@code visitId}, {@code assessmentId}, {@code missingEpisodeId},
 * {@code complaintId}), and list them.
 */
@Path("children/{childId}/attachments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR})
public class ChildAttachmentResource {

    /** Room for the multipart framing and the fields around the file itself. */
    private static final long FRAMING_BYTES = 64 * 1024;
    private static final Map<String, AttachedTo> RECORD_FIELDS = Map.of("visitId", AttachedTo.VISIT,
            "assessmentId", AttachedTo.ASSESSMENT, "missingEpisodeId", AttachedTo.MISSING_EPISODE,
            "complaintId", AttachedTo.COMPLAINT);

    @Inject
    Documents documents;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY})
    @Operation(summary = "Add a document (multipart/form-data; the fields before the file, or as query parameters)",
            description = "The type is decided from the content: PDF, JPEG, PNG, HEIC/HEIF, WebP, plain text, DOCX,"
                    + " ODT. Images lose their metadata (location, device, owner); PDFs with JavaScript or embedded"
                    + " files, programs and files over the size limit are refused with 400 and a message per field.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, properties = {
                    @SchemaProperty(name = "category", description = "IDENTITY, LEGAL, AGE_ASSESSMENT, EDUCATION,"
                            + " HEALTH, PHOTO or OTHER"),
                    @SchemaProperty(name = "visitId", description = "attach to a visit of the child (or"
                            + " assessmentId, missingEpisodeId, complaintId); none: the child's file"),
                    @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary",
                            description = "the file; its name is kept as a label only")})))
    public Response upload(@PathParam("childId") long childId, @HeaderParam("Content-Type") String contentType,
            @HeaderParam("Content-Length") Long contentLength, @Context UriInfo query, InputStream body)
            throws IOException {
        try {
            return stored(childId, contentType, contentLength, query, body);
        } catch (RuntimeException refused) {
            drain(body, contentLength);
            throw refused;
        }
    }

    private Response stored(long childId, String contentType, Long contentLength, UriInfo query, InputStream body)
            throws IOException {
        if (contentLength != null && contentLength > documents.maxBytes() + FRAMING_BYTES) {
            throw new InvalidInput("file", "document.refused.tooLarge", documents.maxBytes() / (1024 * 1024));
        }
        MultipartUpload upload = MultipartUpload.of(body, contentType)
                .orElseThrow(() -> new InvalidInput("file", "document.multipartNeeded"));
        Optional<MultipartUpload.FilePart> file;
        try {
            file = upload.nextFile();
        } catch (IOException unreadable) {
            throw new InvalidInput("file", "document.refused.interrupted");
        }
        Map<String, String> fields = new HashMap<>(upload.fields());
        query.getQueryParameters().forEach((name, values) -> fields.putIfAbsent(name, values.get(0)));
        if (file.isEmpty()) {
            throw new InvalidInput("file", "validation.required");
        }
        AttachedRecord record = record(childId, fields);
        DocumentRecord stored = documents.upload(record, fields.get("category"), file.get().fileName(),
                file.get().content());
        return Response.created(uriInfo.getBaseUriBuilder().path("attachments").path(String.valueOf(stored.id()))
                .build()).entity(stored).build();
    }

    @GET
    @Operation(summary = "The documents of the child's file (or of one record in it, as for adding), newest first")
    public Page<DocumentRecord> list(@PathParam("childId") long childId, @QueryParam("category") String category,
            @QueryParam("visitId") String visitId, @QueryParam("assessmentId") String assessmentId,
            @QueryParam("missingEpisodeId") String missingEpisodeId, @QueryParam("complaintId") String complaintId,
            @QueryParam("removed") @DefaultValue("false") boolean removed,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("25") int size) {
        Map<String, String> fields = new HashMap<>();
        Optional.ofNullable(visitId).ifPresent(v -> fields.put("visitId", v));
        Optional.ofNullable(assessmentId).ifPresent(v -> fields.put("assessmentId", v));
        Optional.ofNullable(missingEpisodeId).ifPresent(v -> fields.put("missingEpisodeId", v));
        Optional.ofNullable(complaintId).ifPresent(v -> fields.put("complaintId", v));
        return documents.list(record(childId, fields), Optional.ofNullable(category).filter(c -> !c.isBlank()),
                removed, page, size);
    }

    /**
     * Reads what is left of a refused upload (up to twice the size limit), so that the client, still sending, gets
     * to read the answer: most clients report a broken connection, not the message, if the server stops reading.
     */
    private void drain(InputStream body, Long contentLength) {
        long bound = 2 * documents.maxBytes() + FRAMING_BYTES;
        if (contentLength != null && contentLength > bound) {
            return;
        }
        try {
            byte[] skip = new byte[64 * 1024];
            long read = 0;
            int step;
            while (read < bound && (step = body.read(skip)) >= 0) {
                read += step;
            }
        } catch (IOException gone) {
            // the client has gone: nobody to answer
        }
    }

    /** The child's file, or the one record named; a record of another child is "not found". */
    private AttachedRecord record(long childId, Map<String, String> fields) {
        AttachedRecord record = AttachedRecord.fileOf(childId);
        for (Map.Entry<String, AttachedTo> field : RECORD_FIELDS.entrySet()) {
            String value = fields.get(field.getKey());
            if (value == null || value.isBlank()) {
                continue;
            }
            if (record.kind() != AttachedTo.FILE || !value.strip().matches("\\d{1,18}")) {
                throw new InvalidInput(field.getKey(), "document.oneRecord");
            }
            record = new AttachedRecord(field.getValue(), Long.parseLong(value.strip()));
        }
        if (record.kind() != AttachedTo.FILE
                && documents.owner(record).filter(owner -> owner.childId() == childId).isEmpty()) {
            throw new NotFound("Record " + record);
        }
        return record;
    }
}
