package eu.guardian.platform.operations;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * Requests served by this instance since it started, per endpoint group: how many, by status class, and how long they
 * took (a histogram, so an operator's Prometheus can sum instances and compute percentiles). Kept in memory per
 * instance on purpose: each instance is scraped on its own.
 */
@ApplicationScoped
public class RequestFigures implements OperationalFigures {

    /** Seconds; the upper bounds of the latency buckets. */
    private static final double[] BOUNDS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final Map<String, Group> groups = new ConcurrentHashMap<>();

    void record(String group, int status, long nanos) {
        groups.computeIfAbsent(group, name -> new Group()).record(status, nanos / 1e9);
    }

    @Override
    public void writeTo(MetricsText metrics) {
        Map<String, Group> sorted = new TreeMap<>(groups);
        sorted.forEach((name, group) -> group.statuses.forEach((statusClass, count) -> metrics.counter(
                "guardian_http_requests_total", "Requests answered, by endpoint group and status class",
                "{group=\"" + name + "\",status=\"" + statusClass + "\"}", count.sum())));
        sorted.forEach((name, group) -> metrics.histogram("guardian_http_request_seconds",
                "Time to answer a request, by endpoint group", name, BOUNDS, group.counts(), group.seconds.sum()));
    }

    private static final class Group {

        private final Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
        private final LongAdder[] buckets = new LongAdder[BOUNDS.length + 1];
        private final DoubleAdder seconds = new DoubleAdder();

        Group() {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }

        void record(int status, double elapsed) {
            statuses.computeIfAbsent(status / 100 + "xx", name -> new LongAdder()).increment();
            int bucket = 0;
            while (bucket < BOUNDS.length && elapsed > BOUNDS[bucket]) {
                bucket++;
            }
            buckets[bucket].increment();
            seconds.add(elapsed);
        }

        long[] counts() {
            long[] counts = new long[buckets.length];
            for (int i = 0; i < buckets.length; i++) {
                counts[i] = buckets[i].sum();
            }
            return counts;
        }
    }
}
