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
 * When a transition plan falls due (docs/domain-rules.md#transition-to-adulthood) the child's guardian and the
 * responsible caseworker are told, once however often the job runs, by case number and without the child's name.
 */
class TransitionPlanNoticeIT {

    /** Notices of something due about this case (the guardian's appointment notice names the case too). */
    private static List<Map<String, Object>> toldAbout(String username, String caseNumber) {
        return Api.getAs(username, "/api/notifications?size=200").items().stream()
                .filter(n -> "DUE_SOON".equals(n.get("kind")))
                .filter(n -> String.valueOf(n.get("text")).contains(caseNumber)).toList();
    }

    private static void runJob() {
        Api.Reply run = Api.postAs("authority1", "/api/guardianship-queue/interim-breaches/notify", Map.of());
        assertEquals(200, run.status(), run.body());
    }

    @Test
    void thePlanFallingDueIsToldToTheGuardianAndTheResponsibleCaseworkerOnce() {
        LocalDate today = LocalDate.now();
        String familyName = uniqueWord();
        // 18 in six months and ten days: the plan (due six months before) falls due in ten days.
        Api.Reply registered = Api.postAs("caseworker1", "/api/children", with(child(familyName),
                "birthDate", today.minusYears(18).plusMonths(6).plusDays(10).toString(),
                "birthDatePrecision", "EXACT", "identifiedOn", today.minusDays(1).toString()));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();
        String caseNumber = (String) registered.json().get("caseNumber");
        assertEquals(201, Api.postAs("authority1", "/api/children/" + childId + "/guardianships",
                appointment(guardianIdOf("guardian1"))).status());
        assertEquals(200, Api.putAs("caseworker1", "/api/my-cases/" + childId + "/responsible",
                Map.of("username", "caseworker1")).status());

        runJob();
        assertTrue(toldAbout("guardian1", caseNumber).isEmpty(), "not due yet: nobody is told");

        TestClock.movedBy(Duration.ofDays(11), () -> {
            runJob();
            runJob();
            for (String user : List.of("guardian1", "caseworker1")) {
                List<Map<String, Object>> told = toldAbout(user, caseNumber);
                assertEquals(1, told.size(), user + " is told once: " + told);
                assertTrue(String.valueOf(told.get(0).get("text")).contains("transition plan"), told.toString());
                assertFalse(String.valueOf(told.get(0).get("text")).contains(familyName), "no child's name");
            }
            assertTrue(toldAbout("authority1", caseNumber).isEmpty(), "the authority only for cases without both");
        });
    }
}
