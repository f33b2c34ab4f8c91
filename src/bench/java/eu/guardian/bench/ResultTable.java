package eu.guardian.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Prints the results as a Markdown table, ready to paste into deploy/BENCHMARK.md. The load column is the machine's
 * load average at the end of each run: above the CPU count, something else competed and that row is pessimistic.
 */
final class ResultTable {

    private ResultTable() {
    }

    static void print(List<ScenarioResult> results, PrintStream out) {
        out.println("| scenario | user | clients | requests | errors | p50 ms | p95 ms | p99 ms | max ms | budget p95 "
                + "| result | load | notes |");
        out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---|");
        for (ScenarioResult result : results) {
            Scenario scenario = result.scenario();
            if (result.isMeasured()) {
                Latencies latencies = result.latencies();
                out.printf(Locale.ROOT,
                        "| %s | %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %d ms | %s | %.1f | %s |%n",
                        scenario.name(), scenario.username(), result.clients(), latencies.count(), result.errors(),
                        latencies.percentileMillis(50), latencies.percentileMillis(95),
                        latencies.percentileMillis(99), latencies.maxMillis(), scenario.budgetMillis(),
                        result.verdict(), result.loadAverage(), result.notes());
            } else {
                out.printf(Locale.ROOT, "| %s | %s | %d | - | - | - | - | - | - | %d ms | %s | - | %s |%n",
                        scenario.name(), scenario.username(), result.clients(), scenario.budgetMillis(),
                        result.verdict(), result.notes().replace("|", "\\|"));
            }
        }
    }
}
