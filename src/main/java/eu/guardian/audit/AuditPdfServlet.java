package eu.guardian.audit;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** {@code /auditor/trail.pdf?export=ID}: the finished PDF export of the signed-in auditor who started it. */
@WebServlet("/auditor/trail.pdf")
public class AuditPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditPdfExports exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<AuditPdfExports.FinishedFile> file = exports.file(request.getParameter("export"));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-trail.pdf\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLengthLong(file.get().size());
        file.get().copyTo(response.getOutputStream());
    }
}
