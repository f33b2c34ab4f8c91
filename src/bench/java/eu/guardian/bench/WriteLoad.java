package eu.guardian.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Visits logged by one guardian from several clients, each request's answer kept with its times, so that the drill
 * can say what users saw while a part of Guardian failed. Every visit names the drill's marker as its place, so the
 * visits stored can be counted afterwards.
 */
final class WriteLoad {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofMillis(200);

    /** How a request ended: an HTTP status, or no answer at all. */
    record Outcome(long sentAt, long answeredAt, int status, String failure, String key) {

        boolean acknowledged() {
            return status == 201;
        }

        /** No answer: the visit may or may not have been stored. */
        boolean unanswered() {
            return status < 0 && !"refused connection".equals(failure);
        }

        String kind() {
            return status > 0 ? "HTTP " + status : failure;
        }
    }

    record Summary(long total, long acknowledged, long failed, long unanswered, String failures) {
    }

    private final HttpClient http;
    private final URI app;
    private final TokenSource tokens;
    private final String guardian;
    private final String marker;
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final AtomicLong next = new AtomicLong();
    private final List<Thread> clients = new ArrayList<>();
    private final AtomicLong retried = new AtomicLong();
    private volatile boolean running;
    private volatile boolean retryWithKey;
    private List<Long> wards = List.of();

    WriteLoad(HttpClient http, URI app, TokenSource tokens, String guardian, String marker) {
        this.http = http;
        this.app = app;
        this.tokens = tokens;
        this.guardian = guardian;
        this.marker = marker;
    }

    /**
     * Each visit carries an {@code Idempotency-Key} and is sent again with it, as a careful client would, when it got
     * no answer or a 502-504 (for up to a minute): the outcome recorded is the last try's (docs/cluster.md).
     */
    WriteLoad retryingWithKeys() {
        retryWithKey = true;
        return this;
    }

    /** How many tries were repeats of a visit already sent (with its key). */
    long retried() {
        return retried.get();
    }

    String marker() {
        return marker;
    }

    void start(int count) throws IOException, InterruptedException {
        // After the previous fault Guardian may still be settling (a restarted Payara says "ready" a few seconds
        // before its web container serves every request): the load starts once the wards can be read.
        HttpResponse<String> answer = http.send(request("/api/me/wards").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        for (int attempt = 0; attempt < 60 && answer.statusCode() != 200; attempt++) {
            FaultDrill.sleep(Duration.ofSeconds(1));
            answer = http.send(request("/api/me/wards").GET().build(), HttpResponse.BodyHandlers.ofString());
        }
        if (answer.statusCode() != 200) {
            throw new IOException("GET /api/me/wards for " + guardian + ": HTTP " + answer.statusCode());
        }
        wards = Json.createReader(new StringReader(answer.body())).readArray().getValuesAs(JsonObject.class).stream()
                .map(line -> line.getJsonNumber("childId").longValue()).toList();
        if (wards.isEmpty()) {
            throw new IOException(guardian + " has no wards: start the drill's Guardian with --demo");
        }
        running = true;
        for (int i = 0; i < count; i++) {
            Thread client = new Thread(this::logVisits, "drill-client-" + i);
            client.start();
            clients.add(client);
        }
    }

    void stop() throws InterruptedException {
        running = false;
        for (Thread client : clients) {
            client.join(REQUEST_TIMEOUT.toMillis() + 5_000);
        }
    }

    /** The time the first visit sent after {@code nanos} was stored, waiting for it at most {@code limit}. */
    Optional<Long> firstAcknowledgedAfter(long nanos, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() - deadline < 0) {
            Optional<Long> first = outcomes.stream().filter(o -> o.acknowledged() && o.sentAt() - nanos >= 0)
                    .map(Outcome::answeredAt).min(Long::compare);
            if (first.isPresent()) {
                return first;
            }
            FaultDrill.sleep(Duration.ofMillis(100));
        }
        return Optional.empty();
    }

    /** The requests answered from {@code fromNanos} on and sent until {@code untilNanos}, and how those failed. */
    Summary summary(long fromNanos, long untilNanos) {
        return summary(outcomes.stream()
                .filter(o -> o.answeredAt() - fromNanos >= 0 && o.sentAt() - untilNanos <= 0).toList());
    }

    /** Every request of the run. */
    Summary summary() {
        return summary(List.copyOf(outcomes));
    }

    private static Summary summary(List<Outcome> window) {
        Map<String, Long> failures = window.stream().filter(o -> !o.acknowledged())
                .collect(Collectors.groupingBy(Outcome::kind, TreeMap::new, Collectors.counting()));
        long acknowledged = window.stream().filter(Outcome::acknowledged).count();
        return new Summary(window.size(), acknowledged, window.size() - acknowledged,
                window.stream().filter(Outcome::unanswered).count(),
                failures.isEmpty() ? "-" : failures.entrySet().stream().map(e -> e.getValue() + "× " + e.getKey())
                        .collect(Collectors.joining(", ")));
    }

    /** Ten reads of the wards list, as the guardian's phone would make them: their answers, counted. */
    String readWards() throws InterruptedException {
        Map<String, Long> answers = new TreeMap<>();
        for (int i = 0; i < 10; i++) {
            String kind;
            try {
                kind = "HTTP " + http.send(request("/api/me/wards").GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                kind = e.getClass().getSimpleName();
            }
            answers.merge(kind, 1L, Long::sum);
        }
        return answers.entrySet().stream().map(e -> e.getValue() + "× " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    private void logVisits() {
        while (running) {
            long ward = wards.get((int) (next.getAndIncrement() % wards.size()));
            long sentAt = System.nanoTime();
            // A retry sends the very same visit: a key's request must not change (else 409).
            Instant occurredAt = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
            Outcome outcome = send(ward, sentAt, java.util.UUID.randomUUID().toString(), occurredAt);
            for (long deadline = sentAt + Duration.ofMinutes(1).toNanos(); retryWithKey && running
                    && retriable(outcome) && System.nanoTime() - deadline < 0; ) {
                retried.incrementAndGet();
                try {
                    FaultDrill.sleep(PAUSE_AFTER_FAILURE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                outcome = send(ward, sentAt, outcome.key(), occurredAt);
            }
            outcomes.add(outcome);
            if (!outcome.acknowledged()) {
                try {
                    FaultDrill.sleep(PAUSE_AFTER_FAILURE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static boolean retriable(Outcome outcome) {
        return outcome.status() < 0 && outcome.status() != -2 || outcome.status() >= 502 && outcome.status() <= 504;
    }

    private Outcome send(long ward, long sentAt, String key, Instant occurredAt) {
        Outcome outcome;
        {
            try {
                int status = http.send(visit(ward, key, occurredAt), HttpResponse.BodyHandlers.discarding()).statusCode();
                outcome = new Outcome(sentAt, System.nanoTime(), status, "", key);
            } catch (HttpTimeoutException e) {
                outcome = new Outcome(sentAt, System.nanoTime(), -1, "timed out", key);
            } catch (ConnectException e) {
                outcome = new Outcome(sentAt, System.nanoTime(), -1, "refused connection", key);
            } catch (IOException e) {
                outcome = new Outcome(sentAt, System.nanoTime(), -1, "connection lost", key);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcome = new Outcome(sentAt, System.nanoTime(), -3, "interrupted", key);
            } catch (RuntimeException e) { // a token Keycloak could not give: no request was sent
                outcome = new Outcome(sentAt, System.nanoTime(), -2, "no token", key);
            }
        }
        return outcome;
    }

    private HttpRequest visit(long childId, String key, Instant occurredAt) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder()
                .add("occurredAt", occurredAt.toString())
                .add("mode", "IN_PERSON").add("place", marker).add("durationMinutes", 30).add("seenAlone", true)
                .add("wellbeing", 4).add("childViews", "I like the new school.")
                .add("topics", Json.createArrayBuilder().add("SCHOOL")).build().toString();
        HttpRequest.Builder request = request("/api/children/" + childId + "/visits");
        if (retryWithKey) {
            request.header("Idempotency-Key", key);
        }
        return request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest.Builder request(String path) throws IOException, InterruptedException {
        return HttpRequest.newBuilder(app.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + tokens.bearerFor(guardian)).header("Accept", "application/json");
    }
}
