package eu.guardian.protection;

import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static eu.guardian.testsupport.TestData.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Family tracing is due 30 days after identification unless the best-interests assessment records why not
 * (docs/domain-rules.md#the-laws-clocks): overdue, listed and counted until then.
 */
class TracingDueIT {

    @Test
    void tracingIsOverdueUntilTheAssessmentRecordsWhyNot() {
        LocalDate identified = LocalDate.now().minusDays(40);
        Reply registered = Api.postAs("caseworker1", "/api/children",
                with(child(uniqueWord()), "identifiedOn", identified.toString()));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();
        String status = "/api/tracing-due/children/" + childId;

        Map<String, Object> due = Api.getAs("caseworker1", status).json();
        assertEquals(identified.plusDays(30).toString(), due.get("dueOn"));
        assertEquals(true, due.get("overdue"), due.toString());
        assertTrue(listedOverdue(childId), "in the overdue list");
        assertTrue(overdueOnDashboard() >= 1);
        assertEquals(403, Api.getAs("guardian1", "/api/tracing-due").status());

        String deferral = status + "/deferral";
        Reply noReason = Api.postAs("caseworker1", deferral, Map.of("assessmentId", 1));
        assertEquals(400, noReason.status(), noReason.body());
        assertTrue(noReason.body().contains("reason"), noReason.body());
        Reply otherChilds = Api.postAs("caseworker1", deferral, Map.of("assessmentId", Long.MAX_VALUE,
                "reason", "Risk from the family"));
        assertEquals(400, otherChilds.status(), "the assessment must be this child's: " + otherChilds.body());
        Reply assessment = Api.postAs("caseworker1", "/api/children/" + childId + "/assessments",
                Map.of("kind", "COMPREHENSIVE"));
        assertEquals(201, assessment.status(), assessment.body());
        Reply deferred = Api.postAs("caseworker1", deferral, Map.of("assessmentId", assessment.id(),
                "reason", "The child fears the uncle who sold him; tracing would alert him."));
        assertEquals(201, deferred.status(), deferred.body());
        assertEquals(false, deferred.json().get("overdue"));
        assertEquals(assessment.id(), ((Number) deferred.json().get("deferredByAssessment")).longValue());
        assertEquals(409, Api.postAs("caseworker1", deferral, Map.of("assessmentId", assessment.id(),
                "reason", "again")).status(), "once per child");
        assertTrue(!listedOverdue(childId), "no longer due");
    }

    private static boolean listedOverdue(long childId) {
        for (int page = 0; page < 50; page++) {
            Reply reply = Api.getAs("authority1", "/api/tracing-due?overdue=true&size=200&page=" + page);
            assertEquals(200, reply.status(), reply.body());
            List<Map<String, Object>> items = reply.items();
            if (items.stream().anyMatch(r -> ((Number) r.get("childId")).longValue() == childId)) {
                return true;
            }
            if (items.size() < 200) {
                return false;
            }
        }
        return false;
    }

    private static long overdueOnDashboard() {
        Reply dashboard = Api.getAs("authority1", "/api/oversight/dashboard");
        assertEquals(200, dashboard.status(), dashboard.body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> indicators = (List<Map<String, Object>>) dashboard.json().get("indicators");
        return indicators.stream().filter(i -> "oversight.tracingOverdue".equals(i.get("labelKey")))
                .mapToLong(i -> ((Number) i.get("value")).longValue()).findFirst()
                .orElseThrow(() -> new AssertionError(dashboard.body()));
    }
}
