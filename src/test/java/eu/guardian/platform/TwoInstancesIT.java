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
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * Two instances of the WAR on one database (docs/cluster.md): a request retried on the other instance with the same
 * Idempotency-Key creates nothing twice, and a background export started on one is followed and fetched on the other.
 */
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
