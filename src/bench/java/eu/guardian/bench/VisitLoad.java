package eu.guardian.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 4's write budget: guardians logging visits through {@code POST /api/children/{id}/visits} (each with its audit
 * entry, interpreter log, follow-up and contact schedule update) must sustain 300 visits/s with none lost. Several
 * clients post for the demo guardian's wards as fast as the app answers, for a fixed time; the visits in the database
 * are counted before and after, and every visit answered 201 must be there, nothing more and nothing less.
 */
final class VisitLoad {

    static final int BUDGET_PER_SECOND = 300;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> VIEWS = List.of("I want to go to school and learn the language.",
            "أريد أن أتصل بأمي كل أسبوع", "زه غواړم چې فوټبال ولوبوم", "ኣብዚ ምንባር ደስ ይብለኒ",
            "The room is too loud at night, I cannot sleep.");

    private final HttpClient http;
    private final URI app;
    private final TokenSource tokens;
    private final Connection database;
    private final String guardian;

    VisitLoad(HttpClient http, URI app, TokenSource tokens, Connection database, String guardian) {
        this.http = http;
        this.app = app;
        this.tokens = tokens;
        this.database = database;
        this.guardian = guardian;
    }

    record Result(int clients, int accepted, int refused, int failed, long lost, double seconds, Latencies latencies,
            double loadAverage) {

        double perSecond() {
            return accepted / seconds;
        }

        String verdict() {
            if (lost != 0 || failed > 0 || refused > 0) {
                return "ERRORS";
            }
            return perSecond() >= BUDGET_PER_SECOND ? "PASS" : "UNDER";
        }
    }

    /** The guardian's wards as the app lists them ({@code GET /api/me/wards}). */
    List<Long> wards() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request("/api/me/wards").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET /api/me/wards for " + guardian + ": HTTP " + response.statusCode());
        }
        JsonArray lines = Json.createReader(new StringReader(response.body())).readArray();
        return lines.getValuesAs(JsonObject.class).stream().map(line -> line.getJsonNumber("childId").longValue())
                .toList();
    }

    /** {@code clients} posting at once for {@code duration}; counts the database before and after. */
    Result run(List<Long> wards, int clients, Duration duration) throws IOException, InterruptedException {
        long before = countVisits();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<long[]> times = new ArrayList<>();
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        try {
            List<Future<long[]>> workers = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                SplittableRandom random = new SplittableRandom(100 + client);
                workers.add(pool.submit(() -> {
                    long[] nanos = new long[1024];
                    int sent = 0;
                    while (System.nanoTime() - deadline < 0) {
                        long ward = wards.get((int) (next.getAndIncrement() % wards.size()));
                        long sentAt = System.nanoTime();
                        int status = post(ward, random);
                        if (sent == nanos.length) {
                            nanos = Arrays.copyOf(nanos, sent * 2);
                        }
                        nanos[sent++] = System.nanoTime() - sentAt;
                        if (status == 201) {
                            accepted.incrementAndGet();
                        } else if (status >= 400 && status < 500) {
                            refused.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    }
                    return Arrays.copyOf(nanos, sent);
                }));
            }
            for (Future<long[]> worker : workers) {
                times.add(worker.get());
            }
        } catch (ExecutionException e) {
            throw new IOException("A benchmark client failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long stored = countVisits() - before;
        return new Result(clients, accepted.get(), refused.get(), failed.get(), accepted.get() - stored, seconds,
                new Latencies(times.stream().flatMapToLong(Arrays::stream).toArray()),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static void print(List<Result> results) {
        System.out.println("| visits logged (REST) | clients | seconds | accepted | visits/s | errors | lost "
                + "| p50 ms | p95 ms | p99 ms | budget | result | load |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| POST /api/children/{id}/visits | %d | %.0f | %d | %.0f | %d | %d | %.1f "
                    + "| %.1f | %.1f | %d/s | %s | %.1f |%n", r.clients(), r.seconds(), r.accepted(), r.perSecond(),
                    r.refused() + r.failed(), r.lost(), r.latencies().percentileMillis(50),
                    r.latencies().percentileMillis(95), r.latencies().percentileMillis(99), BUDGET_PER_SECOND,
                    r.verdict(), r.loadAverage());
        }
    }

    /** A visit as a guardian logs it on the phone right after meeting the child; one in ten with a follow-up. */
    private int post(long childId, SplittableRandom random) throws IOException, InterruptedException {
        StringBuilder visit = new StringBuilder("{\"occurredAt\":\"")
                .append(Instant.now().minus(10 + random.nextInt(600), ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS))
                .append("\",\"mode\":\"").append(random.nextInt(4) == 0 ? "PHONE" : "IN_PERSON")
                .append("\",\"place\":\"Reception centre, visitors' room\",\"durationMinutes\":")
                .append(20 + random.nextInt(60)).append(",\"seenAlone\":").append(random.nextBoolean())
                .append(",\"wellbeing\":").append(1 + random.nextInt(5))
                .append(",\"childViews\":").append(Json.createValue(VIEWS.get(random.nextInt(VIEWS.size()))))
                .append(",\"topics\":[\"SCHOOL\",\"HEALTH\"]");
        if (random.nextInt(100) < 40) {
            visit.append(",\"interpreterLanguage\":\"ps\",\"interpreter\":\"Interpreting service North\"");
        }
        if (random.nextInt(10) == 0) {
            visit.append(",\"followUps\":[{\"action\":\"Ask the school about enrolment\",\"owner\":\"Guardian\","
                    + "\"dueOn\":\"").append(LocalDate.now().plusDays(14)).append("\"}]");
        }
        visit.append('}');
        HttpRequest request = request("/api/children/" + childId + "/visits")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(visit.toString())).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (HttpTimeoutException e) {
            return -1;
        }
    }

    private HttpRequest.Builder request(String path) throws IOException, InterruptedException {
        return HttpRequest.newBuilder(app.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + tokens.bearerFor(guardian)).header("Accept", "application/json");
    }

    private long countVisits() {
        try (Statement statement = database.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM visit")) {
            result.next();
            long count = result.getLong(1);
            database.commit();
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the visits: " + e.getMessage(), e);
        }
    }
}
