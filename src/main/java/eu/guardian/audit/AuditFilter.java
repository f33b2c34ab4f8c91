package eu.guardian.audit;

import eu.guardian.platform.operations.RequestIds;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each request an id and notes where it came from (for the audit trail's entries), and records every refused
 * access (403): from the API's role checks, from services, and from the pages' security constraints.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class AuditFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AuditFilter.class.getName());
    private static final Pattern CHILD_PATH = Pattern.compile("/api/children/(\\d{1,18})(?:/|$)");

    @Inject
    transient RequestOrigin origin;

    @Inject
    transient AuditTrail trail;

    @Inject
    transient RefusedAccess refused;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requestId = RequestIds.of(request);
        origin.set(request.getRemoteAddr(), requestId);
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(status)) {
                recordDenied(String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
            }
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            String what = request.getMethod() + " " + request.getRequestURI();
            List<RefusedAccess.Refusal> children = refused.noted();
            children.forEach(refusal -> recordDenied(refusal.attempt() + " " + what, Optional.of(refusal.childId())));
            if (children.isEmpty() && response.getStatus() == HttpServletResponse.SC_FORBIDDEN
                    && request.getRequestURI().contains("/api/")) {
                recordDenied(what, childInPath(request.getRequestURI()));
            }
        }
    }

    /** The child a refused API request was about, when its path names one ({@code /api/children/{id}/...}). */
    static Optional<Long> childInPath(String uri) {
        Matcher child = CHILD_PATH.matcher(uri);
        return child.find() ? Optional.of(Long.parseLong(child.group(1))) : Optional.empty();
    }

    private void recordDenied(String what) {
        recordDenied(what, Optional.empty());
    }

    private void recordDenied(String what, Optional<Long> childId) {
        try {
            trail.recordDenied(what.length() > 100 ? what.substring(0, 100) : what, childId);
        } catch (RuntimeException e) {
            // A failed audit write must not hide the refusal from the user; it is logged for the operators.
            LOG.log(Level.SEVERE, "Could not record a refused access", e);
        }
    }
}
