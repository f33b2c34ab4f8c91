package eu.guardian.assessment;

import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import eu.guardian.testsupport.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A best-interests determination's review date (docs/domain-rules.md): due on that date in "assessments due", and
 * listed as overdue and counted on the dashboard once the date has passed without a review.
 */
class BidReviewOverdueIT {

    private static Map<String, Object> member(String username, String discipline) {
        return Map.of("username", username, "name", "Member " + username, "discipline", discipline);
    }

    /** The determination review of this child in the caller's "assessments due" list, optionally overdue only. */
    private static Optional<Map<String, Object>> dueReview(long childId, boolean overdueOnly) {
        for (int page = 0; page < 50; page++) {
            Reply reply = Api.getAs("authority1", "/api/assessments/due?size=200&overdue=" + overdueOnly
                    + "&page=" + page);
            assertEquals(200, reply.status(), reply.body());
            List<Map<String, Object>> items = reply.items();
            Optional<Map<String, Object>> found = items.stream().filter(r -> ((Number) r.get("childId")).longValue()
                    == childId && "DETERMINATION_REVIEW".equals(r.get("reason"))).findFirst();
            if (found.isPresent() || items.size() < 200) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static long overdueOnDashboard() {
        Reply dashboard = Api.getAs("authority1", "/api/oversight/dashboard");
        assertEquals(200, dashboard.status(), dashboard.body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> indicators = (List<Map<String, Object>>) dashboard.json().get("indicators");
        return indicators.stream().filter(i -> "oversight.assessmentReviewsOverdue".equals(i.get("labelKey")))
                .mapToLong(i -> ((Number) i.get("value")).longValue()).findFirst().orElseThrow();
    }

    @Test
    void aDeterminationReviewNotHeldByItsDateIsListedOverdueAndCounted() {
        Reply registered = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();
        Reply created = Api.postAs("caseworker1", "/api/children/" + childId + "/determinations", Map.of(
                "subject", "FAMILY_REUNIFICATION_ABROAD", "proposal", "Reunite with the uncle in Norway.",
                "members", List.of(member("authority1", "LAW"), member("guardian2", "GUARDIANSHIP"),
                        member("reception1", "SOCIAL_WORK"))));
        assertEquals(201, created.status(), created.body());
        String determination = "/api/determinations/" + created.id();
        for (String member : List.of("authority1", "guardian2", "reception1")) {
            assertEquals(200, Api.postAs(member, determination + "/undertaking", Map.of()).status(), member);
            assertEquals(200, Api.postAs(member, determination + "/position",
                    Map.of("stance", "FOR", "reasons", "The uncle is able and willing.")).status(), member);
        }
        LocalDate reviewOn = LocalDate.now().plusDays(20);
        Reply decided = Api.postAs("caseworker1", determination + "/decision", Map.of("decision",
                "Family reunification in Norway.", "reviewOn", reviewOn.toString()));
        assertEquals(200, decided.status(), decided.body());

        Map<String, Object> due = dueReview(childId, false).orElseThrow(() -> new AssertionError("not listed as due"));
        assertEquals(reviewOn.toString(), due.get("dueOn"));
        assertEquals(Boolean.FALSE, due.get("overdue"));
        assertTrue(dueReview(childId, true).isEmpty(), "not overdue before its date");

        TestClock.movedBy(Duration.ofDays(21), () -> {
            Map<String, Object> overdue = dueReview(childId, true)
                    .orElseThrow(() -> new AssertionError("the review is not listed as overdue"));
            assertEquals(Boolean.TRUE, overdue.get("overdue"));
            assertEquals(reviewOn.toString(), overdue.get("dueOn"));
            assertTrue(overdueOnDashboard() >= 1, "counted among the dashboard's overdue reviews");
        });
    }
}
