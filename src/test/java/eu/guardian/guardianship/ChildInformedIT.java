package eu.guardian.guardianship;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.discharge;
import static eu.guardian.testsupport.TestData.guardianIdOf;
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
 * The child is told of the appointment within 3 working days (docs/domain-rules.md#the-laws-clocks): without a
 * recorded date it is overdue, listed, counted, and the guardian is told once; the guardian records the day.
 */
class ChildInformedIT {

    @Test
    void anAppointmentTheChildWasNotToldOfIsOverdueUntilTheGuardianRecordsTheDay() {
        LocalDate today = LocalDate.now();
        Reply registered = Api.postAs("caseworker1", "/api/children",
                with(child(uniqueWord()), "identifiedOn", today.minusDays(20).toString()));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();
        String caseNumber = (String) registered.json().get("caseNumber");
        LocalDate appointedOn = today.minusDays(10);
        Reply appointed = Api.postAs("authority1", "/api/children/" + childId + "/guardianships",
                with(appointment(guardianIdOf("guardian1")), "appointedOn", appointedOn.toString(),
                        "childInformedOn", null));
        assertEquals(201, appointed.status(), appointed.body());
        long guardianshipId = appointed.id();
        try {
            Map<String, Object> row = overdueRow(guardianshipId).orElseThrow(() -> new AssertionError("not listed"));
            assertEquals(caseNumber, row.get("caseNumber"));
            assertTrue(LocalDate.parse((String) row.get("dueOn")).isAfter(appointedOn), row.toString());
            assertTrue(InterimBreachIT.indicator("oversight.childInformedOverdue") >= 1);

            assertEquals(200, Api.postAs("authority1", "/api/guardianship-queue/interim-breaches/notify", Map.of())
                    .status());
            Api.postAs("authority1", "/api/guardianship-queue/interim-breaches/notify", Map.of());
            List<Map<String, Object>> told = Api.getAs("guardian1", "/api/notifications?size=200").items().stream()
                    .filter(n -> String.valueOf(n.get("text")).contains(caseNumber)
                            && "DEADLINE_BREACH".equals(n.get("kind"))).toList();
            assertEquals(1, told.size(), "the guardian is told once: " + told);

            String path = "/api/child-informed/" + guardianshipId;
            Reply early = Api.putAs("guardian1", path, Map.of("childInformedOn", appointedOn.minusDays(1).toString()));
            assertEquals(400, early.status(), early.body());
            assertTrue(early.body().contains("childInformedOn"), early.body());
            assertEquals(400, Api.putAs("guardian1", path, Map.of("childInformedOn", today.plusDays(1).toString()))
                    .status(), "not in the future");
            assertEquals(400, Api.putAs("guardian1", path, Map.of("childInformedOn", "2026-02-30")).status());
            assertEquals(404, Api.putAs("guardian2", path, Map.of("childInformedOn", today.toString())).status(),
                    "not their ward");
            assertEquals(403, Api.putAs("auditor1", path, Map.of("childInformedOn", today.toString())).status());
            Reply recorded = Api.putAs("guardian1", path, Map.of("childInformedOn", today.toString()));
            assertEquals(200, recorded.status(), recorded.body());
            assertEquals(today.toString(), recorded.json().get("informedOn"));
            assertTrue(overdueRow(guardianshipId).isEmpty(), "no longer overdue");
        } finally {
            Api.postAs("authority1", "/api/guardianships/" + guardianshipId + "/discharge", discharge("OTHER"));
        }
    }

    private static Optional<Map<String, Object>> overdueRow(long guardianshipId) {
        for (int page = 0; page < 50; page++) {
            Reply reply = Api.getAs("authority1", "/api/child-informed/overdue?size=200&page=" + page);
            assertEquals(200, reply.status(), reply.body());
            Optional<Map<String, Object>> found = reply.items().stream()
                    .filter(r -> ((Number) r.get("guardianshipId")).longValue() == guardianshipId).findFirst();
            if (found.isPresent() || reply.items().size() < 200) {
                return found;
            }
        }
        return Optional.empty();
    }
}
