package eu.guardian.platform.web;

import eu.guardian.platform.persistence.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * A page request that failed because the database could not be reached (restarting, failing over) answers 503 with
 * the "try again in a few seconds" page, like the API does, instead of "something went wrong": nothing was saved and
 * trying again is the right thing to do (docs/operations.md, "Faults"). Ajax requests are answered the same way by
 * {@link ErrorPageHandler}.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class DatabaseOutagePage extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseOutagePage.class.getName());
    static final String PAGE = "/error/503.xhtml";
    /** Request attribute: the notice the 503 page shows (nothing was saved, or it could not be confirmed). */
    static final String NOTICE = "guardian.outageNotice";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e) || response.isCommitted()) {
                throw e;
            }
            // The path only: a page's query may name a child.
            LOG.warning(() -> "Database unreachable while serving " + request.getServletPath() + ": answered 503");
            request.setAttribute(NOTICE, DatabaseUnavailable.noticeKey(e));
            response.resetBuffer();
            response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
