package eu.guardian.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.ServerLog;
import eu.guardian.testsupport.TestData;
import eu.guardian.testsupport.Tokens;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What an operator watches (docs/operations.md): /metrics counts requests per endpoint group with their latency and
 * shows the guardian queue and the audit trail's figures; the server log has one line per request with its id, and
 * never what a user typed.
 */
class OperationsIT {

    private static String metrics() {
        HttpResponse<String> answer = Api.exchange(Api.request("/metrics")
                .header("X-Forwarded-For", "203.0.113.9")
                .header("Authorization", "Bearer " + Tokens.accessToken("operator1")));
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    private static double sample(String metrics, String nameAndLabels) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(nameAndLabels) + " ([0-9.]+)$").matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    @Test
    void metricsCountRequestsPerEndpointGroupWithTheirLatencyAndTheQueue() {
        String before = metrics();
        String requests = "guardian_http_requests_total{group=\"api/children\",status=\"2xx\"}";
        String awaiting = "guardian_queue_children{state=\"awaiting\"}";
        for (int i = 0; i < 3; i++) {
            assertEquals(200, Api.getAs("caseworker1", "/api/children?size=1").status());
        }
        assertEquals(201, Api.postAs("caseworker1", "/api/children", TestData.child(TestData.uniqueWord())).status());
        String after = metrics();

        assertEquals(4, sample(after, requests) - sample(before, requests), after);
        assertTrue(sample(after, "guardian_http_request_seconds_count{group=\"api/children\"}")
                >= sample(after, requests), "the histogram counts them too");
        assertTrue(after.contains("guardian_http_request_seconds_bucket{group=\"api/children\",le=\"+Inf\"}"));
        assertEquals(1, sample(after, awaiting) - sample(before, awaiting), "the new child awaits a guardian");
        assertTrue(sample(after, "guardian_audit_entries_total") > sample(before, "guardian_audit_entries_total"));
        assertFalse(after.contains("/api/children/"), "groups, never paths with ids");
    }

    @Test
    void metricsShowThePoolInUseAndTheFailedSignIns() {
        String metrics = metrics();

        assertTrue(sample(metrics, "guardian_database_connections{state=\"open\"}") >= 1, metrics);
        assertTrue(sample(metrics, "guardian_database_connections{state=\"busy\"}") >= 1, "the scrape's own query");
        assertEquals(32, sample(metrics, "guardian_database_pool_max"));
        assertTrue(metrics.contains("guardian_signin_failures_last_hour{type=\"LOGIN_ERROR\"} "), metrics);
    }

    @Test
    void theLogHasOneLinePerRequestWithItsIdAndNeverTheNameSearchedFor() throws Exception {
        String name = TestData.uniqueWord();
        String requestId = "it-" + UUID.randomUUID();
        HttpResponse<String> answer = Api.exchange(Api.request("/api/children?name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8)).header("X-Request-Id", requestId)
                .header("Authorization", "Bearer " + Tokens.accessToken("caseworker1")));
        assertEquals(200, answer.statusCode());
        assertEquals(requestId, answer.headers().firstValue("X-Request-Id").orElse(""), "the caller's id, kept");

        String log = ServerLog.containing("request " + requestId);
        assertTrue(log.contains("request " + requestId + " GET api/children 200 "), "one line for the request");
        assertTrue(log.contains("user=caseworker1"));
        assertFalse(log.contains(name), "the name searched for is not in the log");

        HttpResponse<String> forged = Api.exchange(Api.request("/api/children?size=1")
                .header("X-Request-Id", "two words")
                .header("Authorization", "Bearer " + Tokens.accessToken("caseworker1")));
        String given = forged.headers().firstValue("X-Request-Id").orElse("");
        assertNotEquals("two words", given, "an id that is not a plain token is replaced");
        assertTrue(given.matches("[0-9a-f-]{36}"), given);
    }
}
