package eu.guardian.bench;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The side-by-side table: per row and number of clients the percentiles, requests per second, mean answer size, the
 * floor (no-op request p50 + the scenario's SQL p50 at the same number of clients) and the ratio p50 / floor.
 */
final class SideBySideTable {

    private SideBySideTable() {
    }

    static void print(List<SideBySide.Row> rows, String noOpName, PrintStream out) {
        Map<String, Double> p50 = new HashMap<>();
        for (SideBySide.Row row : rows) {
            p50.put(row.target().name() + "@" + row.clients(), row.result().latencies().percentileMillis(50));
        }
        out.println("| what | user | clients | requests | errors | p50 ms | p95 ms | p99 ms | req/s | KB | floor p50 ms "
                + "| p50 / floor | budget p95 |");
        out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (SideBySide.Row row : rows) {
            SideBySide.Target target = row.target();
            TimedLoad.Result result = row.result();
            Latencies latencies = result.latencies();
            String floor = "";
            String ratio = "";
            if (target.kind().equals("api") || target.kind().equals("page")) {
                double noOp = p50.getOrDefault(noOpName + "@" + row.clients(), Double.NaN);
                double sql = target.floorSql() == null ? 0
                        : p50.getOrDefault(target.floorSql() + "@" + row.clients(), Double.NaN);
                double value = noOp + sql;
                floor = String.format(Locale.ROOT, "%.1f%s", value, target.floorSql() == null ? " (no SQL)" : "");
                ratio = String.format(Locale.ROOT, "%.1f", latencies.percentileMillis(50) / value);
            }
            String budget = target.budgetP95() == 0 ? "" : target.budgetP95() + " ms: "
                    + (result.errors() == 0 && latencies.percentileMillis(95) <= target.budgetP95() ? "met" : "OVER");
            out.printf(Locale.ROOT, "| %s | %s | %d | %d | %d | %.1f | %.1f | %.1f | %.0f | %.1f | %s | %s | %s |%n",
                    target.name(), target.user(), row.clients(), latencies.count(), result.errors(),
                    latencies.percentileMillis(50), latencies.percentileMillis(95), latencies.percentileMillis(99),
                    result.perSecond(), result.meanBytes() / 1024.0, floor, ratio, budget);
        }
    }
}
