package eu.guardian.document;

import eu.guardian.platform.validation.AccessRefused;
import eu.guardian.platform.validation.NotFound;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documents for the pages (signed in with the session, not a bearer token): {@code /documents/{id}} downloads,
 * {@code /documents/{id}?view} shows an image in the page's viewer, {@code /documents/{id}/thumbnail} a photo's
 * thumbnail. Each is recorded as a read by {@link Documents}; web.xml keeps administrators out.
 */
@WebServlet("/documents/*")
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})(/thumbnail)?");

    @Inject
    transient Documents documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(path.group(1));
        try {
            if (path.group(2) != null) {
                byte[] thumbnail = documents.thumbnail(id);
                headers(response, DownloadHeaders.ofThumbnail());
                response.setContentLength(thumbnail.length);
                response.getOutputStream().write(thumbnail);
                return;
            }
            Documents.Download download = documents.open(id);
            headers(response, DownloadHeaders.of(download.document(), request.getParameter("view") != null));
            response.setContentLengthLong(download.document().size());
            download.content().writeTo(response.getOutputStream());
        } catch (NotFound notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (AccessRefused | EJBAccessException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static void headers(HttpServletResponse response, Map<String, String> headers) {
        headers.forEach(response::setHeader);
    }
}
