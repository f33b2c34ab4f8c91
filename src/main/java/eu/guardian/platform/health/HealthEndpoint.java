package eu.guardian.platform.health;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health}, {@code /health/ready}, {@code /health/live}: Guardian's MicroProfile Health checks in the
 * specification's JSON format. Payara Micro serves its own {@code /health}, but an application at the root context
 * (as Guardian is) hides it; this endpoint answers there instead, with the same checks.
 */
@WebServlet("/health/*")
public class HealthEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @Readiness
    @Any
    transient Instance<HealthCheck> readinessChecks;

    @Inject
    @Liveness
    @Any
    transient Instance<HealthCheck> livenessChecks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String which = request.getPathInfo() == null ? "/" : request.getPathInfo();
        List<HealthCheck> checks = switch (which) {
            case "/ready" -> readinessChecks.stream().toList();
            case "/live" -> livenessChecks.stream().toList();
            case "/" -> Stream.concat(readinessChecks.stream(), livenessChecks.stream()).toList();
            default -> null;
        };
        if (checks == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean up = true;
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (HealthCheck check : checks) {
            HealthCheckResponse result = check.call();
            up &= result.getStatus() == HealthCheckResponse.Status.UP;
            JsonObjectBuilder entry = Json.createObjectBuilder().add("name", result.getName())
                    .add("status", result.getStatus().name());
            result.getData().ifPresent(data -> {
                JsonObjectBuilder details = Json.createObjectBuilder();
                data.forEach((key, value) -> details.add(key, String.valueOf(value)));
                entry.add("data", details);
            });
            results.add(entry);
        }
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder().add("status", up ? "UP" : "DOWN")
                .add("checks", results).build().toString());
    }
}
