package eu.guardian.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.TestClock;
import eu.guardian.testsupport.Ward;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A responsible caseworker per case (docs/domain-rules.md#responsible-caseworker): their caseload, and a concern
 * alert that reaches them first and the whole team only after the setting's hours (default 4).
 */
class ResponsibleCaseworkerIT {

    private static boolean alerted(String caseworker, long childId) {
        return Api.getAs(caseworker, "/api/notifications?size=50").items().stream()
                .anyMatch(n -> n.get("childId") instanceof Number id && id.longValue() == childId);
    }

    private static boolean inCaseload(String caseworker, long childId) {
        long total = ((Number) Api.getAs(caseworker, "/api/my-cases?size=1").json().get("total")).longValue();
        for (int page = 0; page * 200 < total; page++) {
            if (Api.getAs(caseworker, "/api/my-cases?size=200&page=" + page).items().stream()
                    .anyMatch(c -> ((Number) c.get("id")).longValue() == childId)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aConcernAlertsTheResponsibleCaseworkerFirstAndTheTeamAfterFourHours() {
        try (Ward ward = Ward.of("guardian1")) {
            long childId = ward.childId();
            String path = "/api/my-cases/" + childId + "/responsible";
            assertEquals(403, Api.putAs("caseworker1", path, Map.of("username", "caseworker-north")).status(),
                    "a caseworker takes cases on themselves only");
            Api.Reply taken = Api.putAs("caseworker-north", path, Map.of("username", "caseworker-north"));
            assertEquals(200, taken.status(), taken.body());
            assertEquals("caseworker-north", taken.json().get("responsibleCaseworker"));
            assertTrue(inCaseload("caseworker-north", childId));
            assertFalse(inCaseload("caseworker1", childId));

            Map<String, Object> withConcern = VisitApiIT.visit();
            withConcern.put("concerns", List.of(Map.of("type", "TRAFFICKING", "urgency", "URGENT",
                    "description", "An adult waits for the child outside every evening.")));
            Api.Reply logged = Api.postAs("guardian1", "/api/children/" + childId + "/visits", withConcern);
            assertEquals(201, logged.status(), logged.body());
            assertTrue(alerted("caseworker-north", childId), "the responsible caseworker is alerted");
            assertFalse(alerted("caseworker1", childId), "the rest of the team is not, yet");

            TestClock.movedBy(Duration.ofHours(5), () ->
                    assertEquals(200, Api.postAs("authority1", "/api/reminders/run", Map.of()).status()));
            assertTrue(alerted("caseworker1", childId), "unacknowledged after 4 hours: the whole team");
        }
    }
}
