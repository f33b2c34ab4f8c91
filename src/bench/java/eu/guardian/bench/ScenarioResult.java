package eu.guardian.bench;

/**
 * What one scenario run gave: latencies, or why there are none (the endpoint is not there yet, or it refused the
 * caller). The verdict compares p95 with the budget; a run with failed requests gets no PASS, whatever its speed.
 */
record ScenarioResult(Scenario scenario, int clients, Latencies latencies, int errors, double loadAverage,
        String notes, String unmeasuredVerdict) {

    /** {@code loadAverage}: the machine's, at the end of the run; above the CPU count other work competed. */
    static ScenarioResult measured(Scenario scenario, int clients, Latencies latencies, int errors,
            double loadAverage, String notes) {
        return new ScenarioResult(scenario, clients, latencies, errors, loadAverage, notes, null);
    }

    /** The endpoint does not exist (yet): 404, 405 or 501. */
    static ScenarioResult notAvailable(Scenario scenario, int clients, String why) {
        return new ScenarioResult(scenario, clients, null, 0, Double.NaN, why, "not available");
    }

    /** The endpoint answered the first request with an error (401, 403, 500...): nothing worth measuring. */
    static ScenarioResult failed(Scenario scenario, int clients, String why) {
        return new ScenarioResult(scenario, clients, null, 0, Double.NaN, why, "FAILED");
    }

    boolean isMeasured() {
        return latencies != null;
    }

    boolean isWithinBudget() {
        return isMeasured() && errors == 0 && latencies.percentileMillis(95) <= scenario.budgetMillis();
    }

    String verdict() {
        if (!isMeasured()) {
            return unmeasuredVerdict;
        }
        if (errors > 0) {
            return "ERRORS";
        }
        return isWithinBudget() ? "PASS" : "OVER";
    }
}
