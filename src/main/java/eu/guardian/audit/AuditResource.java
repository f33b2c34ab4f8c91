package eu.guardian.audit;

import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /api/audit} (role auditor): the trail, filtered and paged; who has seen a child's file; the chain's
 * verification. There is no way to change or delete an entry, for any role.
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class AuditResource {

    public record EntryDto(long id, Instant occurredAt, String username, String roles, AuditAction action,
            String objectType, String objectId, Long childId, String clientAddress, String requestId, String details,
            String hash) {
        static EntryDto of(AuditEntry e) {
            return new EntryDto(e.getId(), e.getOccurredAt(), e.getUsername(), e.getRoles(), e.getAction(),
                    e.getObjectType(), e.getObjectId(), e.getChildId(), e.getClientAddress(), e.getRequestId(),
                    e.getDetails(), e.getHash());
        }
    }

    @Inject
    AuditConsole console;

    @Inject
    AuditPdfExports pdfExports;

    @GET
    public Page<EntryDto> entries(@QueryParam("username") String username, @QueryParam("childId") Long childId,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Page<AuditEntry> entries = console.entries(filterOf(username, childId, action, from, to), page, size);
        return new Page<>(entries.items().stream().map(EntryDto::of).toList(), entries.total(), entries.page(),
                entries.size());
    }

    private static AuditConsole.Filter filterOf(String username, Long childId, String action, String from, String to) {
        Checks checks = new Checks();
        AuditConsole.Filter filter = new AuditConsole.Filter(Optional.ofNullable(username).filter(u -> !u.isBlank()),
                Optional.ofNullable(childId), checks.choice(AuditAction.class, "action", action),
                checks.instant("from", from), checks.instant("to", to));
        checks.throwIfAny();
        return filter;
    }

    @GET
    @Path("children/{childId}/readers")
    public List<AuditConsole.Reader> readers(@PathParam("childId") long childId) {
        return console.readersOf(childId);
    }

    /** The same filters as the trail, as CSV (streamed; safe against formulas in spreadsheets). */
    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export(@QueryParam("username") String username, @QueryParam("childId") Long childId,
            @QueryParam("action") String action) {
        AuditConsole.Filter filter;
        try {
            filter = new AuditConsole.Filter(Optional.ofNullable(username).filter(u -> !u.isBlank()),
                    Optional.ofNullable(childId),
                    Optional.ofNullable(action).filter(a -> !a.isBlank()).map(AuditAction::valueOf), Optional.empty(),
                    Optional.empty());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("action must be one of the audit actions");
        }
        console.countUpTo(filter, 1); // the role check happens before anything is streamed
        StreamingOutput csv = output -> {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            AuditExport.writeCsv(console, filter, writer);
            writer.flush();
        };
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"audit-trail.csv\"").build();
    }

    /** Starts a PDF export of the filtered trail in the background: 202, then poll its progress and fetch the file. */
    @POST
    @Path("exports")
    public Response startPdfExport(@QueryParam("username") String username, @QueryParam("childId") Long childId,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        AuditConsole.Filter filter = filterOf(username, childId, action, from, to);
        Locale locale = headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.ENGLISH);
        AuditPdfExports.Progress started = pdfExports.start(filter, locale);
        return Response.accepted(started).location(uri.getAbsolutePathBuilder().path(started.id()).build()).build();
    }

    @GET
    @Path("exports/{id}")
    public AuditPdfExports.Progress pdfExport(@PathParam("id") String id) {
        return pdfExports.progress(id).orElseThrow(() -> new NotFound("Export " + id));
    }

    @GET
    @Path("exports/{id}/file")
    @Produces("application/pdf")
    public Response pdfExportFile(@PathParam("id") String id) {
        AuditPdfExports.FinishedFile file = pdfExports.file(id)
                .orElseThrow(() -> new NotFound("Finished export " + id));
        return Response.ok((StreamingOutput) file::copyTo)
                .header("Content-Disposition", "attachment; filename=\"audit-trail.pdf\"").build();
    }

    @GET
    @Path("verify")
    public AuditConsole.Verification verify() {
        return console.verify();
    }
}
