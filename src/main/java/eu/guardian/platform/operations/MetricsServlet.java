package eu.guardian.platform.operations;

import eu.guardian.platform.rest.JsonErrorAnswer;
import eu.guardian.security.OperatorAccess;
import eu.guardian.security.RealmKeys;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
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
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /metrics}: the JVM's and Guardian's own operational figures in Prometheus' text format, for operators only
 * ({@link OperatorAccess}): requests and latency per endpoint group, the capabilities' {@link OperationalFigures}
 * (docs/operations.md). Payara Micro's own, open metrics endpoint is switched off where Guardian is started.
 */
@WebServlet("/metrics")
public class MetricsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RealmKeys realmKeys;

    @Inject
    @Any
    transient Instance<OperationalFigures> figures;

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
        MetricsText text = new MetricsText();
        text.counter("guardian_realm_key_reads_total", "Times the realm's signing keys were read from Keycloak", "",
                realmKeys.reads());
        var runtime = ManagementFactory.getRuntimeMXBean();
        text.gauge("process_uptime_seconds", "Time since the JVM started", "", runtime.getUptime() / 1000.0);
        var memory = ManagementFactory.getMemoryMXBean();
        MemoryUsage heap = memory.getHeapMemoryUsage();
        MemoryUsage nonHeap = memory.getNonHeapMemoryUsage();
        // Each metric's samples together, as the format asks.
        text.gauge("jvm_memory_used_bytes", "Memory in use", MetricsText.label("area", "heap"), heap.getUsed())
                .gauge("jvm_memory_used_bytes", "", MetricsText.label("area", "nonheap"), nonHeap.getUsed())
                .gauge("jvm_memory_committed_bytes", "Memory reserved from the system",
                        MetricsText.label("area", "heap"), heap.getCommitted())
                .gauge("jvm_memory_committed_bytes", "", MetricsText.label("area", "nonheap"), nonHeap.getCommitted());
        text.gauge("jvm_threads_live", "Live threads", "", ManagementFactory.getThreadMXBean().getThreadCount());
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        collectors.forEach(collector -> text.counter("jvm_gc_collections_total", "Garbage collections",
                MetricsText.label("gc", collector.getName()), collector.getCollectionCount()));
        collectors.forEach(collector -> text.counter("jvm_gc_seconds_total", "Time spent collecting garbage",
                MetricsText.label("gc", collector.getName()), collector.getCollectionTime() / 1000.0));
        text.gauge("system_load_average_1m", "The machine's load average over one minute", "",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        text.gauge("system_cpu_count", "Processors available to the JVM", "",
                Runtime.getRuntime().availableProcessors());
        for (OperationalFigures capability : figures) {
            capability.writeTo(text);
        }
        response.getWriter().write(text.toString());
    }
}
