package eu.guardian.bench;

import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * One kind of request the budgets speak of: who sends it, the p95 budget it has, and how the path of each request is
 * chosen (random pages, ids, name prefixes), so that caches do not answer the same request over and over.
 */
record Scenario(String name, String username, int budgetMillis, Function<RandomGenerator, String> path) {
}
