package eu.guardian.platform.web;

import eu.guardian.platform.rest.JsonErrorAnswer;
import eu.guardian.security.OperatorAccess;
import eu.guardian.security.RealmKeys;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /metrics}: the JVM's and Guardian's own operational figures in Prometheus' text format, for operators only
 * ({@link OperatorAccess}). Payara Micro's own, open metrics endpoint is switched off where Guardian is started.
 */
@WebServlet("/metrics")
public class MetricsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RealmKeys realmKeys;

    @Inject
    @ConfigProperty(name = "guardian.metrics.loopback", defaultValue = "true")
    boolean loopbackAllowed;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!OperatorAccess.permits(request, loopbackAllowed)) {
            boolean signedIn = request.getUserPrincipal() != null;
            JsonErrorAnswer.write(request, response, signedIn ? Response.Status.FORBIDDEN
                    : Response.Status.UNAUTHORIZED, signedIn ? "error.403.title" : "error.401.metrics");
            return;
        }
        response.setContentType("text/plain; version=0.0.4; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        StringBuilder text = new StringBuilder(2048);
        figure(text, "guardian_realm_key_reads_total", "counter",
                "Times the realm's signing keys were read from Keycloak", "", realmKeys.reads());
        var runtime = ManagementFactory.getRuntimeMXBean();
        figure(text, "process_uptime_seconds", "gauge", "Time since the JVM started", "",
                runtime.getUptime() / 1000.0);
        var memory = ManagementFactory.getMemoryMXBean();
        memory(text, "heap", memory.getHeapMemoryUsage());
        memory(text, "nonheap", memory.getNonHeapMemoryUsage());
        figure(text, "jvm_threads_live", "gauge", "Live threads", "",
                ManagementFactory.getThreadMXBean().getThreadCount());
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            String label = "{gc=\"" + collector.getName().replace("\"", "'") + "\"}";
            figure(text, "jvm_gc_collections_total", "counter", "Garbage collections", label,
                    collector.getCollectionCount());
            figure(text, "jvm_gc_seconds_total", "counter", "Time spent collecting garbage", label,
                    collector.getCollectionTime() / 1000.0);
        }
        figure(text, "system_load_average_1m", "gauge", "The machine's load average over one minute", "",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        figure(text, "system_cpu_count", "gauge", "Processors available to the JVM", "",
                Runtime.getRuntime().availableProcessors());
        response.getWriter().write(text.toString());
    }

    private static void memory(StringBuilder text, String area, MemoryUsage usage) {
        figure(text, "jvm_memory_used_bytes", "gauge", "Memory in use", "{area=\"" + area + "\"}", usage.getUsed());
        figure(text, "jvm_memory_committed_bytes", "gauge", "Memory reserved from the system",
                "{area=\"" + area + "\"}", usage.getCommitted());
    }

    private static void figure(StringBuilder text, String name, String type, String help, String labels,
            double value) {
        if (text.indexOf("# TYPE " + name + " ") < 0) {
            text.append("# HELP ").append(name).append(' ').append(help).append('\n')
                    .append("# TYPE ").append(name).append(' ').append(type).append('\n');
        }
        text.append(name).append(labels).append(' ')
                .append(value == Math.rint(value) && !Double.isInfinite(value) ? Long.toString((long) value)
                        : String.format(Locale.ROOT, "%.3f", value))
                .append('\n');
    }
}
