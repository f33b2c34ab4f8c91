package eu.guardian.guardianship;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.guardianIdOf;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static eu.guardian.testsupport.TestData.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Transition to adulthood (docs/domain-rules.md#transition-to-adulthood): the plan is due six months before 18 by the
 * age used; at 18 the guardianship ends and the case closes with the after-care handover recorded.
 */
class TransitionToAdulthoodIT {

    private static long ward(LocalDate birthDate) {
        Api.Reply registered = Api.postAs("caseworker1", "/api/children", with(child(uniqueWord()),
                "birthDate", birthDate.toString(), "birthDatePrecision", "EXACT",
                "identifiedOn", LocalDate.now().minusDays(1).toString()));
        assertEquals(201, registered.status(), registered.body());
        Api.Reply appointed = Api.postAs("authority1", "/api/children/" + registered.id() + "/guardianships",
                appointment(guardianIdOf("guardian1")));
        assertEquals(201, appointed.status(), appointed.body());
        return registered.id();
    }

    private static boolean onDueList(String username, long childId) {
        long total = ((Number) Api.getAs(username, "/api/transition-plans/due?size=1").json().get("total")).longValue();
        for (int page = 0; page * 200 < total; page++) {
            List<Map<String, Object>> items = Api.getAs(username, "/api/transition-plans/due?size=200&page=" + page)
                    .items();
            if (items.stream().anyMatch(item -> ((Number) item.get("childId")).longValue() == childId)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Object> transition(long childId) {
        Api.Reply reply = Api.getAs("guardian1", "/api/children/" + childId + "/transition");
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    @Test
    void sixMonthsBefore18ThePlanIsDueUntilItIsRecorded() {
        LocalDate today = LocalDate.now();
        long soon = ward(today.minusYears(18).plusMonths(5));
        long later = ward(today.minusYears(18).plusMonths(8));

        Map<String, Object> due = transition(soon);
        assertEquals(Boolean.TRUE, due.get("planDue"));
        assertEquals(today.plusMonths(5).minusMonths(6).toString(), due.get("planDueOn"));
        assertTrue(onDueList("guardian1", soon), "the guardian's due list");
        assertTrue(onDueList("caseworker1", soon), "the caseworker's due list");
        assertEquals(Boolean.FALSE, transition(later).get("planDue"));
        assertFalse(onDueList("caseworker1", later));

        Api.Reply blank = Api.postAs("guardian1", "/api/children/" + soon + "/transition/plan", Map.of("summary", " "));
        assertEquals(400, blank.status(), blank.body());
        Api.Reply planned = Api.postAs("guardian1", "/api/children/" + soon + "/transition/plan",
                Map.of("summary", "Shared flat with support, vocational school continues, residence permit renewal"));
        assertEquals(200, planned.status(), planned.body());
        assertEquals(Boolean.FALSE, planned.json().get("planDue"));
        assertFalse(onDueList("caseworker1", soon));
        assertEquals(403, Api.postAs("auditor1", "/api/children/" + later + "/transition/plan",
                Map.of("summary", "not theirs to record")).status());
    }

    @Test
    void at18TheCaseClosesWithTheAfterCareHandover() {
        LocalDate today = LocalDate.now();
        long childId = ward(today.minusYears(18).plusDays(2));
        Api.Reply withoutConsentReason = Api.postAs("caseworker1", "/api/children/" + childId + "/transition/handover",
                Map.of("service", "Youth after-care North", "contact", "K. Berg", "handedOver", "Plan and documents",
                        "consent", "REFUSED"));
        assertEquals(400, withoutConsentReason.status(), "a refusal needs a note");
        Api.Reply handedOver = Api.postAs("caseworker1", "/api/children/" + childId + "/transition/handover",
                Map.of("service", "Youth after-care North", "contact", "K. Berg",
                        "handedOver", "Transition plan, identity documents, school reports", "consent", "GIVEN"));
        assertEquals(200, handedOver.status(), handedOver.body());

        TestClock.movedBy(Duration.ofDays(3), () ->
                assertEquals(200, Api.postAs("authority1", "/api/coming-of-age/run", Map.of()).status()));

        Map<String, Object> file = Api.getAs("caseworker1", "/api/children/" + childId).json();
        assertEquals("CLOSED", file.get("status"));
        assertEquals("TURNED_18", file.get("closureReason"));
        assertEquals(today.plusDays(2).toString(), file.get("closedOn"));
        Map<String, Object> ended = Api.getAs("caseworker1", "/api/children/" + childId + "/guardianships").jsonList()
                .get(0);
        assertEquals("CHILD_TURNED_18", ended.get("endReason"));
        assertTrue(String.valueOf(ended.get("endNote")).contains("Youth after-care North"), ended.toString());
        Map<String, Object> transition = Api.getAs("caseworker1", "/api/children/" + childId + "/transition").json();
        assertEquals("Youth after-care North", transition.get("afterCareService"));
        assertEquals("GIVEN", transition.get("consent"));
    }
}
