package eu.guardian.platform;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.discharge;
import static eu.guardian.testsupport.TestData.guardianIdOf;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import eu.guardian.testsupport.Database;
import eu.guardian.testsupport.Tokens;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * A POST retried with the same Idempotency-Key (after a time-out, or a server's failure) creates nothing a second
 * time and gets the first answer again; the same key with another request is refused (docs/cluster.md#idempotency).
 */
class IdempotencyKeyIT {

    private static final Json JSON = new Json();

    @Test
    void theSameVisitPostedTwiceWithOneKeyIsStoredOnce() throws Exception {
        long[] ward = ward();
        try {
            String key = UUID.randomUUID().toString();
            String visit = JSON.toJson(visit("Reception Centre North"));
            HttpResponse<String> first = post("guardian1", "/api/children/" + ward[0] + "/visits", key, visit);
            assertEquals(201, first.statusCode(), first.body());
            HttpResponse<String> retry = post("guardian1", "/api/children/" + ward[0] + "/visits", key, visit);
            assertEquals(201, retry.statusCode(), retry.body());
            assertEquals(first.body(), retry.body(), "the retry gets the first answer");
            assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(""));
            assertEquals(first.headers().firstValue("Location"), retry.headers().firstValue("Location"));
            assertEquals(1, count("SELECT COUNT(*) FROM visit WHERE child_id = ?", ward[0]), "one visit");
            assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE child_id = ? AND object_type = 'Visit'"
                    + " AND action = 'CREATE'", ward[0]), "audited once");

            HttpResponse<String> otherBody = post("guardian1", "/api/children/" + ward[0] + "/visits", key,
                    JSON.toJson(visit("Another place")));
            assertEquals(409, otherBody.statusCode(), otherBody.body());
            assertTrue(otherBody.body().contains("already used for a different request"), otherBody.body());
            assertEquals(1, count("SELECT COUNT(*) FROM visit WHERE child_id = ?", ward[0]));

            HttpResponse<String> newKey = post("guardian1", "/api/children/" + ward[0] + "/visits",
                    UUID.randomUUID().toString(), visit);
            assertEquals(201, newKey.statusCode(), newKey.body());
            HttpResponse<String> noKey = Api.exchange(Api.request("/api/children/" + ward[0] + "/visits")
                    .header("Authorization", "Bearer " + Tokens.accessToken("guardian1"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(visit)));
            assertEquals(201, noKey.statusCode(), noKey.body());
            assertEquals(3, count("SELECT COUNT(*) FROM visit WHERE child_id = ?", ward[0]),
                    "a new key, or none, is a new visit");
        } finally {
            Api.postAs("authority1", "/api/guardianships/" + ward[1] + "/discharge", discharge("GUARDIAN_UNAVAILABLE"));
        }
    }

    @Test
    void twoConcurrentRetriesWithOneKeyCreateOneVisitAndBothGetItsAnswer() throws Exception {
        long[] ward = ward();
        try {
            String key = UUID.randomUUID().toString();
            String visit = JSON.toJson(visit("Reception Centre North"));
            List<CompletableFuture<HttpResponse<String>>> both = List.of(
                    CompletableFuture.supplyAsync(() -> post("guardian1", "/api/children/" + ward[0] + "/visits",
                            key, visit)),
                    CompletableFuture.supplyAsync(() -> post("guardian1", "/api/children/" + ward[0] + "/visits",
                            key, visit)));
            for (CompletableFuture<HttpResponse<String>> answer : both) {
                assertEquals(201, answer.get().statusCode(), answer.get().body());
            }
            assertEquals(both.get(0).get().body(), both.get(1).get().body());
            assertEquals(1, count("SELECT COUNT(*) FROM visit WHERE child_id = ?", ward[0]));
        } finally {
            Api.postAs("authority1", "/api/guardianships/" + ward[1] + "/discharge", discharge("GUARDIAN_UNAVAILABLE"));
        }
    }

    @Test
    void aKeyIsTheCallersOwnAndRefusedWhenTooLong() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post("caseworker1", "/api/children", key, JSON.toJson(child(uniqueWord())));
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> anotherUser = post("reception1", "/api/children", key, JSON.toJson(child(uniqueWord())));
        assertEquals(201, anotherUser.statusCode(), "another user's same key is another key: " + anotherUser.body());
        assertTrue(!first.body().equals(anotherUser.body()));
        HttpResponse<String> tooLong = post("caseworker1", "/api/children", "k".repeat(256),
                JSON.toJson(child(uniqueWord())));
        assertEquals(400, tooLong.statusCode(), tooLong.body());
    }

    @Test
    void aLargeUploadRetriedWithOneKeyIsStoredOnce() throws Exception {
        Reply child = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        assertEquals(201, child.status(), child.body());
        String boundary = "----IdempotencyKeyIT" + UUID.randomUUID().toString().replace("-", "");
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"category\"\r\n\r\nOTHER\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + "A line of the school's report.\n".repeat(50_000) + "\r\n--"
                + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        assertTrue(body.length > 1 << 20, "larger than what is checked in memory");
        String key = UUID.randomUUID().toString();
        List<HttpResponse<String>> answers = new java.util.ArrayList<>();
        for (int attempt = 0; attempt < 2; attempt++) {
            answers.add(Api.exchange(Api.request("/api/children/" + child.id() + "/attachments")
                    .header("Authorization", "Bearer " + Tokens.accessToken("caseworker1"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofByteArray(body))));
        }
        assertEquals(201, answers.get(0).statusCode(), answers.get(0).body());
        assertEquals(201, answers.get(1).statusCode(), answers.get(1).body());
        assertEquals(answers.get(0).body(), answers.get(1).body());
        assertEquals(1, count("SELECT COUNT(*) FROM document WHERE child_id = ? AND status <> 'UPLOADING'",
                child.id()), "one document");
    }

    private static long[] ward() {
        Reply child = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        assertEquals(201, child.status(), child.body());
        Reply appointed = Api.postAs("authority1", "/api/children/" + child.id() + "/guardianships",
                appointment(guardianIdOf("guardian1")));
        assertEquals(201, appointed.status(), appointed.body());
        return new long[] {child.id(), appointed.id()};
    }

    private static Map<String, Object> visit(String place) {
        return Map.of("occurredAt", Instant.now().minus(2, ChronoUnit.HOURS).toString(), "mode", "IN_PERSON",
                "place", place, "durationMinutes", 30, "seenAlone", true, "childViews", "All well",
                "wellbeing", 4, "topics", List.of("SCHOOL"));
    }

    private static HttpResponse<String> post(String username, String path, String key, String body) {
        return Api.exchange(Api.request(path).header("Authorization", "Bearer " + Tokens.accessToken(username))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static long count(String sql, long childId) throws Exception {
        try (Connection connection = Database.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, childId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
