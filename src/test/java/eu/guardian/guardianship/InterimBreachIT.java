package eu.guardian.guardianship;

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
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An interim representative due before today and still missing is a breach: the queue says so, the breach list and
 * the dashboard count it, and the authority is told once, however often the job runs (docs/domain-rules.md).
 */
class InterimBreachIT {

    @Test
    void anInterimRepresentativeDueBeforeTodayIsABreachListedCountedAndToldToTheAuthorityOnce() {
        LocalDate today = LocalDate.now();
        Reply registered = Api.postAs("caseworker1", "/api/children",
                with(child(uniqueWord()), "identifiedOn", today.minusDays(6).toString()));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();
        String caseNumber = (String) registered.json().get("caseNumber");
        assertTrue(LocalDate.parse((String) registered.json().get("interimDueOn")).isBefore(today),
                registered.body());

        assertEquals("BREACHED", find("/api/guardianship-queue", childId).orElseThrow().get("urgency"));
        Map<String, Object> breach = find("/api/guardianship-queue/interim-breaches", childId).orElseThrow();
        assertEquals(caseNumber, breach.get("caseNumber"));
        assertTrue(((Number) breach.get("daysLate")).longValue() >= 1, breach.toString());
        assertTrue(indicator("oversight.interimBreaches") >= 1);

        Reply run = Api.postAs("authority1", "/api/guardianship-queue/interim-breaches/notify", Map.of());
        assertEquals(200, run.status(), run.body());
        assertEquals(403, Api.postAs("caseworker1", "/api/guardianship-queue/interim-breaches/notify", Map.of())
                .status(), "only the authority runs the job by hand");
        Api.postAs("authority1", "/api/guardianship-queue/interim-breaches/notify", Map.of());
        List<Map<String, Object>> told = Api.getAs("authority1", "/api/notifications?size=200").items().stream()
                .filter(n -> String.valueOf(n.get("text")).contains(caseNumber)).toList();
        assertEquals(1, told.size(), "told once however often the job runs: " + told);
        assertEquals("DEADLINE_BREACH", told.get(0).get("kind"));
        assertTrue(Api.getAs("guardian1", "/api/notifications?size=200").items().stream()
                .noneMatch(n -> String.valueOf(n.get("text")).contains(caseNumber)), "only the authority is told");
    }

    @Test
    void anInterimRepresentativeDueTodayIsDueTodayNotABreach() {
        LocalDate today = LocalDate.now();
        Reply registered = Api.postAs("caseworker1", "/api/children",
                with(child(uniqueWord()), "identifiedOn", today.toString()));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();
        LocalDate interimDue = LocalDate.parse((String) registered.json().get("interimDueOn"));
        String urgency = (String) find("/api/guardianship-queue", childId).orElseThrow().get("urgency");
        // On a weekend or holiday the interim day is the next working day: then it is not due today yet.
        assertEquals(interimDue.isEqual(today) ? "DUE_TODAY" : "DUE_SOON", urgency);
        assertTrue(find("/api/guardianship-queue/interim-breaches", childId).isEmpty());
    }

    private static Optional<Map<String, Object>> find(String list, long childId) {
        for (int page = 0; page < 50; page++) {
            Reply reply = Api.getAs("authority1", list + "?size=200&page=" + page);
            assertEquals(200, reply.status(), reply.body());
            List<Map<String, Object>> items = reply.items();
            Optional<Map<String, Object>> found = items.stream()
                    .filter(row -> ((Number) row.get("childId")).longValue() == childId).findFirst();
            if (found.isPresent() || items.size() < 200) {
                return found;
            }
        }
        return Optional.empty();
    }

    static long indicator(String labelKey) {
        Reply dashboard = Api.getAs("authority1", "/api/oversight/dashboard");
        assertEquals(200, dashboard.status(), dashboard.body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> indicators = (List<Map<String, Object>>) dashboard.json().get("indicators");
        return indicators.stream().filter(i -> labelKey.equals(i.get("labelKey")))
                .mapToLong(i -> ((Number) i.get("value")).longValue()).findFirst()
                .orElseThrow(() -> new AssertionError(labelKey + " not on the dashboard: " + dashboard.body()));
    }
}
