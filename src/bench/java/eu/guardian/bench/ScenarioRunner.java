package eu.guardian.bench;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/**
 * Runs a scenario against the app: one unmeasured probe (is the endpoint there? what does it find?), a warm-up the
 * first time (JIT, connection pools, database buffers), then a fixed number of measured requests, sent by one client
 * after the other or by several at once, within a time limit. Each time is from sending the request to having read
 * the whole body.
 */
final class ScenarioRunner {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI app;
    private final TokenSource tokens;
    private final int warmupRequests;
    private final int measuredRequests;
    private final long seed;
    private final Duration timeLimit;
    private final Set<String> warmedUp = new HashSet<>();

    /** The measured requests of a run stop after {@code timeLimit}, the warm-up after half of it. */
    ScenarioRunner(HttpClient http, URI app, TokenSource tokens, int warmupRequests, int measuredRequests,
            Duration timeLimit, long seed) {
        this.http = http;
        this.app = app;
        this.tokens = tokens;
        this.warmupRequests = warmupRequests;
        this.measuredRequests = measuredRequests;
        this.seed = seed;
        this.timeLimit = timeLimit;
    }

    private record Reply(int status, String body, long nanos) {
    }

    ScenarioResult run(Scenario scenario, int clients) throws IOException, InterruptedException {
        Reply probe = send(scenario, scenario.path().apply(new SplittableRandom(seed)));
        if (probe.status() == 404 || probe.status() == 405 || probe.status() == 501) {
            return ScenarioResult.notAvailable(scenario, clients,
                    "HTTP " + probe.status() + " " + snippet(probe.body()));
        }
        if (probe.status() != 200) {
            return ScenarioResult.failed(scenario, clients, "HTTP " + probe.status() + " for "
                    + scenario.username() + ": " + snippet(probe.body()));
        }
        if (!warmedUp.contains(scenario.name())) {
            repeat(scenario, warmupRequests, deadlineIn(timeLimit.dividedBy(2)), new SplittableRandom(seed + 1),
                    new AtomicInteger());
            warmedUp.add(scenario.name());
        }
        return measure(scenario, clients, describe(probe.body()));
    }

    private ScenarioResult measure(Scenario scenario, int clients, String notes)
            throws InterruptedException, IOException {
        AtomicInteger errors = new AtomicInteger();
        long deadline = deadlineIn(timeLimit);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<long[]> timesPerClient = new ArrayList<>();
        try {
            List<Future<long[]>> workers = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int count = measuredRequests / clients + (client < measuredRequests % clients ? 1 : 0);
                SplittableRandom random = new SplittableRandom(seed + 100 + client);
                workers.add(pool.submit(() -> repeat(scenario, count, deadline, random, errors)));
            }
            for (Future<long[]> worker : workers) {
                timesPerClient.add(worker.get());
            }
        } catch (ExecutionException e) {
            throw new IOException("A benchmark client failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long[] nanos = timesPerClient.stream().flatMapToLong(Arrays::stream).toArray();
        if (nanos.length < measuredRequests) {
            notes = (notes.isEmpty() ? "" : notes + "; ") + "stopped after " + timeLimit.toSeconds() + " s";
        }
        return ScenarioResult.measured(scenario, clients, new Latencies(nanos), errors.get(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), notes);
    }

    /**
     * Up to {@code count} requests, fewer if the deadline passes first (a slow app must not keep the benchmark
     * running for long); returns the time of each one sent. A failed request still counts, as an error.
     */
    private long[] repeat(Scenario scenario, int count, long deadlineNanos, RandomGenerator random,
            AtomicInteger errors) throws IOException, InterruptedException {
        long[] nanos = new long[count];
        int sent = 0;
        while (sent < count && System.nanoTime() - deadlineNanos < 0) {
            Reply reply = send(scenario, scenario.path().apply(random));
            nanos[sent++] = reply.nanos();
            if (reply.status() != 200) {
                errors.incrementAndGet();
            }
        }
        return Arrays.copyOf(nanos, sent);
    }

    private static long deadlineIn(Duration duration) {
        return System.nanoTime() + duration.toNanos();
    }

    private Reply send(Scenario scenario, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(app.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + tokens.bearerFor(scenario.username()))
                .header("Accept", "application/json").GET().build();
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), System.nanoTime() - started);
        } catch (java.net.http.HttpTimeoutException e) {
            return new Reply(-1, "timed out", System.nanoTime() - started);
        }
    }

    /** For lists: how many rows matched, so a reader sees the filters found something. */
    private static String describe(String body) {
        try {
            JsonValue json = Json.createReader(new StringReader(body)).readValue();
            if (json instanceof JsonObject object && object.get("total") instanceof JsonNumber total) {
                return String.format("first request: %,d matches", total.longValue());
            }
            return "";
        } catch (JsonException e) {
            return "not JSON";
        }
    }

    private static String snippet(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return flat.length() > 80 ? flat.substring(0, 80) + "..." : flat;
    }
}
