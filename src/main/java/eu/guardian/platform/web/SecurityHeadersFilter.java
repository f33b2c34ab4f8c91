package eu.guardian.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Headers every answer carries: no MIME sniffing, and no Referer to other sites (children's ids are in Guardian's
 * addresses). Pages get their Content-Security-Policy from PrimeFaces (web.xml, {@code primefaces.CSP}: a nonce per
 * page for the scripts PrimeFaces writes); answers that are no page (the API, health, metrics, sign-in and logout
 * endpoints) may load nothing at all. README, "Headers and cookies".
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final List<String> NOT_PAGES = List.of("/api/", "/health/", "/metrics", "/logout/", "/callback");
    static final String NO_CONTENT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        addTo(request, response);
        chain.doFilter(request, response);
    }

    /** Also for answers given before any filter runs (the authentication mechanism's refusals). */
    public static void addTo(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (NOT_PAGES.stream().anyMatch(path::startsWith)) {
            response.setHeader("Content-Security-Policy", NO_CONTENT_POLICY);
        }
    }
}
