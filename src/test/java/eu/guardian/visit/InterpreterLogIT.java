package eu.guardian.visit;

import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.protection.Indicator;
import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every interaction with an interpreter is logged, not only visits (docs/domain-rules.md#the-laws-clocks): a
 * screening, a best-interests hearing, a determination panel, a debrief after a missing episode; an age interview's
 * record must be the child's; each kind shows in the authority's interpreter log.
 */
class InterpreterLogIT {

    @Test
    void eachKindOfInterpretedInteractionIsLoggedAgainstItsRecord() {
        Reply registered = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();
        String interpreter = "Interpreter " + uniqueWord();

        Reply screening = Api.postAs("caseworker1", "/api/children/" + childId + "/screenings", screening());
        assertEquals(201, screening.status(), screening.body());
        Reply bia = Api.postAs("caseworker1", "/api/children/" + childId + "/assessments",
                Map.of("kind", "COMPREHENSIVE"));
        assertEquals(201, bia.status(), bia.body());
        Reply bid = Api.postAs("caseworker1", "/api/children/" + childId + "/determinations", Map.of("subject",
                "FAMILY_REUNIFICATION_ABROAD", "proposal", "Reunite with the aunt.", "members", List.of(
                        member("authority1", "LAW"), member("guardian2", "GUARDIANSHIP"),
                        member("reception1", "SOCIAL_WORK"))));
        assertEquals(201, bid.status(), bid.body());
        Reply missing = Api.postAs("caseworker1", "/api/children/" + childId + "/missing-episodes", Map.of(
                "reportedBy", "Night staff", "lastSeenAt", Instant.now().minusSeconds(3600).toString(),
                "lastSeenPlace", "Central station", "riskLevel", "HIGH"));
        assertEquals(201, missing.status(), missing.body());

        Map<String, Long> records = Map.of("SCREENING", screening.id(), "BIA_HEARING", bia.id(), "BID_PANEL", bid.id(),
                "MISSING_DEBRIEF", missing.id());
        String path = "/api/children/" + childId + "/interpreter-log";
        records.forEach((kind, id) -> {
            Reply logged = Api.postAs("caseworker1", path, interaction(kind, id, interpreter));
            assertEquals(201, logged.status(), kind + ": " + logged.body());
            assertEquals(kind, logged.json().get("kind"));
        });

        Reply notTheChilds = Api.postAs("caseworker1", path, interaction("AGE_INTERVIEW", Long.MAX_VALUE, interpreter));
        assertEquals(400, notTheChilds.status(), notTheChilds.body());
        assertTrue(notTheChilds.body().contains("referenceId"), notTheChilds.body());
        Reply visit = Api.postAs("caseworker1", path, interaction("VISIT", bia.id(), interpreter));
        assertEquals(400, visit.status(), "a visit logs its interpreter itself: " + visit.body());
        Reply bad = Api.postAs("caseworker1", path, Map.of("kind", "SEANCE", "language", "xx",
                "occurredAt", "yesterday"));
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("kind") && bad.body().contains("language") && bad.body().contains("occurredAt")
                && bad.body().contains("interpreter"), bad.body());
        assertEquals(404, Api.postAs("guardian2", path, interaction("BIA_HEARING", bia.id(), interpreter)).status(),
                "not their ward");

        List<Map<String, Object>> log = Api.getAs("authority1", "/api/oversight/interpreter-log?size=200").items()
                .stream().filter(e -> interpreter.equals(e.get("interpreter"))).toList();
        Map<String, Object> kinds = new HashMap<>();
        log.forEach(e -> kinds.put((String) e.get("kind"), e.get("referenceId")));
        assertEquals(records.size(), log.size(), log.toString());
        records.forEach((kind, id) -> assertEquals(id, ((Number) kinds.get(kind)).longValue(), kind));
    }

    @Test
    void anAgeInterviewIsLoggedAgainstTheChildsOwnAgeAssessment() {
        Reply registered = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        Reply other = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        assertEquals(201, registered.status(), registered.body());
        assertEquals(201, other.status(), other.body());
        long childId = registered.id();
        String interpreter = "Interpreter " + uniqueWord();
        Reply assessed = Api.postAs("caseworker1", "/api/children/" + childId + "/age-assessments", Map.of(
                "method", "INTERVIEW", "assessedOn", java.time.LocalDate.now().minusDays(1).toString(),
                "minimumAge", 15, "maximumAge", 16, "notes", "Interview in Pashto; consistent account of schooling"));
        assertEquals(200, assessed.status(), assessed.body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ages = (List<Map<String, Object>>) assessed.json().get("ageAssessments");
        assertEquals(1, ages.size(), ages.toString());
        long assessmentId = ((Number) ages.get(0).get("id")).longValue();

        Reply logged = Api.postAs("caseworker1", "/api/children/" + childId + "/interpreter-log",
                interaction("AGE_INTERVIEW", assessmentId, interpreter));
        assertEquals(201, logged.status(), logged.body());
        assertEquals("AGE_INTERVIEW", logged.json().get("kind"));
        Reply elsewhere = Api.postAs("caseworker1", "/api/children/" + other.id() + "/interpreter-log",
                interaction("AGE_INTERVIEW", assessmentId, interpreter));
        assertEquals(400, elsewhere.status(), "another child's assessment: " + elsewhere.body());

        List<Map<String, Object>> log = Api.getAs("authority1", "/api/oversight/interpreter-log?size=200").items()
                .stream().filter(e -> interpreter.equals(e.get("interpreter"))).toList();
        assertEquals(1, log.size(), log.toString());
        assertEquals("AGE_INTERVIEW", log.get(0).get("kind"));
        assertEquals(assessmentId, ((Number) log.get(0).get("referenceId")).longValue());
    }

    private static Map<String, Object> interaction(String kind, long referenceId, String interpreter) {
        return Map.of("kind", kind, "referenceId", referenceId, "language", "ps", "interpreter", interpreter,
                "occurredAt", Instant.now().minusSeconds(600).toString());
    }

    private static Map<String, Object> member(String username, String discipline) {
        return Map.of("username", username, "name", "Member " + username, "discipline", discipline);
    }

    private static Map<String, Object> screening() {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            answers.add(Map.of("indicator", indicator.name(), "answer", "NO", "note", ""));
        }
        return Map.of("occasion", "REGISTRATION", "answers", answers);
    }
}
