package eu.guardian.platform.operations;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The first filter of every request (web.xml orders it): gives the request its id, and afterwards counts it in
 * {@link RequestFigures} and writes ONE log line: id, method, endpoint group, status, time, staff username. Never the
 * path, the query or a body: they can hold a child's id, a searched name or the child's own words (docs/operations.md).
 */
public class RequestLogFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger("eu.guardian.request");

    @Inject
    transient RequestFigures figures;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        String id = RequestIds.of(request);
        response.setHeader("X-Request-Id", id);
        int failed = 0;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            failed = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            throw e;
        } finally {
            long elapsed = System.nanoTime() - started;
            int status = failed != 0 ? failed : response.getStatus();
            String group = EndpointGroup.of(request.getRequestURI().substring(request.getContextPath().length()));
            figures.record(group, status, elapsed);
            if (!EndpointGroup.RESOURCES.equals(group)) {
                String user = Optional.ofNullable(request.getRemoteUser()).orElse("-");
                LOG.info(() -> "request " + id + " " + request.getMethod() + " " + group + " " + status + " "
                        + elapsed / 1_000_000 + " ms user=" + user);
            }
        }
    }
}
