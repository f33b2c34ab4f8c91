package eu.guardian.platform;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.discharge;
import static eu.guardian.testsupport.TestData.guardianIdOf;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.stack.GuardianStack;
import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import eu.guardian.testsupport.Database;
import eu.guardian.testsupport.Tokens;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.json.Json;

/**
 * Two instances of the WAR on one database (docs/cluster.md): a request retried on the other instance with the same
 * Idempotency-Key creates nothing twice; a background export started on one is followed and fetched on the other;
 * behind HAProxy (deploy/production/haproxy.cfg), one instance killed with SIGKILL under reads and visit writes fails
 * no request, and every acknowledged visit is stored exactly once, the audit chain intact. The kill comes last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final Json JSON = new Json();
    private static URI second;

    @BeforeAll
    static void startSecondInstance() {
        GuardianStack.shared();
        second = GuardianStack.shared().startSecondInstance();
    }

    @AfterAll
    static void stopSecondInstance() {
        GuardianStack.shared().stopSecondInstance();
    }

    @Test
    @Order(1)
    void aVisitRetriedOnTheOtherInstanceWithItsKeyIsStoredOnce() throws Exception {
        Reply child = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        assertEquals(201, child.status(), child.body());
        Reply appointed = Api.postAs("authority1", "/api/children/" + child.id() + "/guardianships",
                appointment(guardianIdOf("guardian1")));
        assertEquals(201, appointed.status(), appointed.body());
        try {
            String key = UUID.randomUUID().toString();
            String visit = JSON.toJson(Map.of("occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                    "mode", "IN_PERSON", "place", "Reception Centre North", "durationMinutes", 30, "seenAlone", true,
                    "childViews", "All well", "wellbeing", 4, "topics", List.of("SCHOOL")));
            String path = "/api/children/" + child.id() + "/visits";
            HttpResponse<String> first = Api.exchange(post(Api.request(path), key, visit));
            assertEquals(201, first.statusCode(), first.body());
            HttpResponse<String> retry = Api.exchange(post(HttpRequest.newBuilder(second.resolve(path)), key, visit));
            assertEquals(201, retry.statusCode(), retry.body());
            assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(""));
            assertEquals(first.body(), retry.body());
            assertEquals(1, visitsOf(child.id()), "one visit, whichever instance answered");
        } finally {
            Api.postAs("authority1", "/api/guardianships/" + appointed.id() + "/discharge",
                    discharge("GUARDIAN_UNAVAILABLE"));
        }
    }

    @Test
    @Order(2)
    void anExportStartedOnOneInstanceIsFollowedAndFetchedOnTheOther() throws InterruptedException {
        long childId = Api.postAs("caseworker1", "/api/children", child(uniqueWord())).id();
        Reply started = Api.postAs("auditor1", "/api/audit/exports?childId=" + childId, Map.of());
        assertEquals(202, started.status(), started.body());
        String id = (String) started.json().get("id");
        Map<String, Object> progress = started.json();
        for (int poll = 0; poll < 240 && "RUNNING".equals(progress.get("status")); poll++) {
            Thread.sleep(500);
            HttpResponse<String> answer = Api.exchange(auditor(second.resolve("/api/audit/exports/" + id)));
            assertEquals(200, answer.statusCode(), answer.body());
            progress = JSON.toType(answer.body(), Map.class);
        }
        assertEquals("DONE", progress.get("status"), progress.toString());
        HttpResponse<String> file = Api.exchange(auditor(second.resolve("/api/audit/exports/" + id + "/file")));
        assertEquals(200, file.statusCode());
        assertTrue(file.body().startsWith("%PDF-"));
    }

    @Test
    @Order(3)
    void behindTheBalancerNoRequestFailsWhenAnInstanceIsKilled() throws Exception {
        Reply child = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        Reply appointed = Api.postAs("authority1", "/api/children/" + child.id() + "/guardianships",
                appointment(guardianIdOf("guardian1")));
        assertEquals(201, appointed.status(), appointed.body());
        int port = Integer.getInteger("guardian.it.balancerPort", GuardianStack.shared().appUrl().getPort() + 2);
        URI balancer = URI.create("http://127.0.0.1:" + port);
        Process haproxy = startBalancer(port);
        try {
            awaitBothInstancesBehind(balancer);
            String visits = "/api/children/" + child.id() + "/visits";
            AtomicInteger done = new AtomicInteger();
            List<String> failures = new CopyOnWriteArrayList<>();
            Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
            ExecutorService workers = Executors.newFixedThreadPool(3);
            List<Future<?>> load = new ArrayList<>();
            for (int worker = 0; worker < 3; worker++) {
                load.add(workers.submit(() -> {
                    for (int i = 0; i < 12; i++) {
                        HttpResponse<String> read = Api.exchange(HttpRequest.newBuilder(balancer.resolve(visits))
                                .header("Authorization", "Bearer " + Tokens.accessToken("guardian1")));
                        if (read.statusCode() != 200) {
                            failures.add("GET " + read.statusCode());
                        }
                        String key = UUID.randomUUID().toString();
                        Optional<HttpResponse<String>> written = writeWithRetries(balancer.resolve(visits), key);
                        if (written.isPresent() && written.get().statusCode() == 201) {
                            Map<?, ?> stored = JSON.toType(written.get().body(), Map.class);
                            acknowledged.add(((Number) stored.get("id")).longValue());
                        } else {
                            failures.add("POST " + written.map(HttpResponse::statusCode).orElse(-1));
                        }
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            while (done.get() < 8) {
                Thread.sleep(100);
            }
            GuardianStack.shared().killSecondInstance(); // mid-way, with requests in flight
            for (Future<?> worker : load) {
                worker.get(10, TimeUnit.MINUTES);
            }
            workers.shutdown();
            assertEquals(List.of(), failures, "no request failed");
            assertEquals(36, acknowledged.size(), "every write acknowledged, each its own visit");
            assertEquals(acknowledged.size(), visitsOf(child.id()), "each acknowledged visit stored exactly once");
            Reply chain = Api.getAs("auditor1", "/api/audit/verify");
            assertEquals(200, chain.status(), chain.body());
            assertEquals(Boolean.TRUE, chain.json().get("intact"), chain.body());
        } finally {
            haproxy.destroy();
            haproxy.waitFor(10, TimeUnit.SECONDS);
            Api.postAs("authority1", "/api/guardianships/" + appointed.id() + "/discharge",
                    discharge("GUARDIAN_UNAVAILABLE"));
        }
    }

    /** A client's write: on a failure of the connection or the balancer, the same request with the same key. */
    private static Optional<HttpResponse<String>> writeWithRetries(URI uri, String key) throws InterruptedException {
        String visit = JSON.toJson(Map.of("occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                "mode", "IN_PERSON", "place", "Reception Centre North", "durationMinutes", 10, "seenAlone", true,
                "childViews", "Fine", "wellbeing", 4, "topics", List.of("SCHOOL")));
        for (int attempt = 0; attempt < 6; attempt++) {
            try {
                HttpResponse<String> answer = Api.exchange(post(HttpRequest.newBuilder(uri), key, visit));
                if (answer.statusCode() < 500) {
                    return Optional.of(answer);
                }
            } catch (IllegalStateException connectionLost) {
                // retried below, with the same key
            }
            Thread.sleep(500);
        }
        return Optional.empty();
    }

    private static Process startBalancer(int port) throws java.io.IOException {
        Path config = Path.of("deploy/production/haproxy.cfg").toAbsolutePath();
        Path log = Path.of("target/it/run/haproxy.log").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(
                Files.exists(Path.of("/usr/sbin/haproxy")) ? "/usr/sbin/haproxy" : "haproxy", "-db", "-f",
                config.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("GUARDIAN_BALANCER_BIND", "127.0.0.1:" + port);
        builder.environment().put("GUARDIAN_INSTANCE_A", "127.0.0.1:" + GuardianStack.shared().appUrl().getPort());
        builder.environment().put("GUARDIAN_INSTANCE_B", "127.0.0.1:" + second.getPort());
        return builder.start();
    }

    /** Until the balancer answers and has seen both instances healthy (its checks run every second). */
    private static void awaitBothInstancesBehind(URI balancer) throws InterruptedException {
        for (int attempt = 0; attempt < 120; attempt++) {
            try {
                if (Api.exchange(HttpRequest.newBuilder(balancer.resolve("/health/ready"))).statusCode() == 200) {
                    Thread.sleep(3000);
                    return;
                }
            } catch (IllegalStateException notYet) {
                // the balancer is starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the balancer did not answer");
    }

    private static HttpRequest.Builder post(HttpRequest.Builder request, String key, String body) {
        return request.header("Authorization", "Bearer " + Tokens.accessToken("guardian1"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder auditor(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + Tokens.accessToken("auditor1"));
    }

    private static long visitsOf(long childId) throws Exception {
        try (Connection connection = Database.connect();
                PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM visit WHERE child_id = ?")) {
            query.setLong(1, childId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
