package eu.guardian.audit;

import eu.guardian.platform.time.TimeZones;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * {@code /auditor/trail.csv}: the console's CSV export for signed-in auditors (the page's session; the API has its
 * own export for tokens). The /auditor area is the auditor's only; the service checks the role again.
 */
@WebServlet("/auditor/trail.csv")
public class AuditExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditConsole console;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditConsole.Filter filter;
        try {
            filter = filterOf(request);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-trail.csv\"");
        response.setHeader("Cache-Control", "no-store");
        AuditExport.writeCsv(console, filter, response.getWriter());
    }

    /** The console's filter; its days begin at midnight in the auditor's time zone ({@code zone}, else UTC). */
    static AuditConsole.Filter filterOf(HttpServletRequest request) {
        ZoneId zone = text(request, "zone").flatMap(TimeZones::parse).orElse(ZoneOffset.UTC);
        return new AuditConsole.Filter(text(request, "username"), text(request, "childId").map(Long::valueOf),
                text(request, "action").map(AuditAction::valueOf),
                text(request, "from").map(day -> LocalDate.parse(day).atStartOfDay(zone).toInstant()),
                text(request, "to").map(day -> LocalDate.parse(day).plusDays(1).atStartOfDay(zone).toInstant()));
    }

    private static Optional<String> text(HttpServletRequest request, String name) {
        return Optional.ofNullable(request.getParameter(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
