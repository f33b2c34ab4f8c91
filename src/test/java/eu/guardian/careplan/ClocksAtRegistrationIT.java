package eu.guardian.careplan;

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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Registration starts the law's clocks (docs/domain-rules.md#the-laws-clocks): the first best-interests assessment
 * and the care-plan items the law makes due are put due on their dates, once, also when the dates are corrected.
 */
class ClocksAtRegistrationIT {

    @Test
    void registrationPutsTheFirstAssessmentAndTheLegalCarePlanItemsDueOnTheirDates() {
        LocalDate identified = LocalDate.now().minusDays(40);
        LocalDate applied = LocalDate.now().minusDays(42);
        Reply registered = Api.postAs("caseworker1", "/api/children", with(child(uniqueWord()),
                "identifiedOn", identified.toString(), "applicationMadeOn", applied.toString()));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();
        String plan = "/api/children/" + childId + "/care-plan";

        Map<String, String> due = dueByType(plan);
        assertEquals(Map.of("SCHOOL_ENROLMENT", applied.plusMonths(3).toString(),
                "SPECIAL_NEEDS_ASSESSMENT", applied.plusDays(30).toString(),
                "INFORMATION_TO_CHILD", applied.plusDays(15).toString(),
                "HEALTH_CHECK", applied.plusDays(30).toString(),
                "CIVIL_REGISTRATION", applied.plusDays(30).toString(),
                "LEGAL_AID", applied.plusDays(15).toString()), due);
        assertTrue(Api.getAs("caseworker1", plan).jsonList().stream()
                .filter(i -> "INFORMATION_TO_CHILD".equals(i.get("type"))).allMatch(i -> Boolean.TRUE.equals(
                        i.get("overdue"))), "information was due 15 days after the application: overdue now");

        Map<String, Object> reviews = Api.getAs("caseworker1", "/api/children/" + childId
                + "/assessments/reviews").json();
        assertEquals(identified.plusDays(30).toString(), reviews.get("nextReviewOn"), reviews.toString());
        assertEquals(true, reviews.get("overdue"), "registered 40 days ago, the first assessment is overdue");
        assertEquals("FIRST_ASSESSMENT", ((Map<?, ?>) ((List<?>) reviews.get("open")).get(0)).get("reason"));
        boolean listed = false;
        for (int page = 0; page < 50 && !listed; page++) {
            Reply overdue = Api.getAs("authority1", "/api/assessments/due?overdue=true&size=200&page=" + page);
            assertEquals(200, overdue.status(), overdue.body());
            if (overdue.items().isEmpty()) {
                break;
            }
            listed = overdue.items().stream().anyMatch(r -> ((Number) r.get("childId")).longValue() == childId
                    && "FIRST_ASSESSMENT".equals(r.get("reason")));
        }
        assertTrue(listed, "the first assessment is in the overdue list");

        // A corrected application date repeats the event: nothing is added twice, nothing re-dated.
        Map<String, Object> file = Api.getAs("caseworker1", "/api/children/" + childId).json();
        Reply corrected = Api.putAs("caseworker1", "/api/children/" + childId, Map.of("version", file.get("version"),
                "child", with(child((String) file.get("familyName")), "identifiedOn", identified.toString(),
                        "applicationMadeOn", applied.plusDays(1).toString())));
        assertEquals(200, corrected.status(), corrected.body());
        assertEquals(due, dueByType(plan));
        assertEquals(1L, ((List<?>) Api.getAs("caseworker1", "/api/children/" + childId + "/assessments/reviews")
                .json().get("open")).stream().filter(r -> "FIRST_ASSESSMENT".equals(((Map<?, ?>) r).get("reason")))
                .count());
    }

    private static Map<String, String> dueByType(String plan) {
        List<Map<String, Object>> items = Api.getAs("caseworker1", plan).jsonList();
        assertEquals(6, items.size(), items.toString());
        return items.stream().collect(Collectors.toMap(i -> (String) i.get("type"), i -> (String) i.get("dueOn")));
    }
}
