package eu.guardian.child;

import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.guardian.testsupport.Api;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A medical age assessment only as the last resort (docs/domain-rules.md#medical-age-assessment): without the reason
 * and the consents (or a legal basis) it is refused with a message in the caller's language; with them it is recorded
 * and the file shows its grounds.
 */
class MedicalAgeAssessmentIT {

    private static Map<String, Object> medical(Object... extra) {
        Map<String, Object> input = new HashMap<>(Map.of("method", "MEDICAL", "assessedOn",
                LocalDate.now().minusDays(3).toString(), "minimumAge", 15, "maximumAge", 19));
        for (int i = 0; i < extra.length; i += 2) {
            input.put((String) extra[i], extra[i + 1]);
        }
        return input;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> fieldMessages(Api.Reply refused) {
        return ((List<Map<String, Object>>) refused.json().get("fields")).stream()
                .collect(Collectors.toMap(f -> (String) f.get("field"), f -> (String) f.get("message")));
    }

    @Test
    void aMedicalAssessmentNeedsItsReasonAndTheConsentsOrALegalBasis() {
        long childId = Api.postAs("caseworker1", "/api/children", child(uniqueWord())).id();
        String path = "/api/children/" + childId + "/age-assessments";

        Api.Reply bare = Api.postAs("caseworker1", path, medical(), "de");
        assertEquals(400, bare.status(), bare.body());
        assertEquals(Map.of("medicalReason", "Eine medizinische Untersuchung ist das letzte Mittel: Begründen Sie,"
                        + " warum Dokumente und ein Gespräch nicht ausreichten.",
                "legalBasis", "Eine medizinische Untersuchung braucht die Einwilligung des Kindes und des Vormunds"
                        + " oder eine Rechtsgrundlage."), fieldMessages(bare));

        Api.Reply onlyChild = Api.postAs("caseworker1", path, medical("medicalReason",
                "No documents; the interview left a range of 15 to 19", "childConsented", true), "fr");
        assertEquals(400, onlyChild.status(), onlyChild.body());
        assertEquals(Map.of("legalBasis", "Un examen médical exige le consentement de l'enfant et du tuteur, ou une"
                + " base légale."), fieldMessages(onlyChild));

        Api.Reply consented = Api.postAs("caseworker1", path, medical("medicalReason",
                "No documents; the interview left a range of 15 to 19", "childConsented", true,
                "guardianConsented", true));
        assertEquals(200, consented.status(), consented.body());
        Api.Reply byLaw = Api.postAs("caseworker1", path, medical("medicalReason", "Documents contradict each other",
                "legalBasis", "Court order 12/2026", "assessedOn", LocalDate.now().minusDays(2).toString()));
        assertEquals(200, byLaw.status(), byLaw.body());

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ages = (List<Map<String, Object>>) Api.getAs("caseworker1",
                "/api/children/" + childId).json().get("ageAssessments");
        assertEquals(2, ages.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> grounds = (Map<String, Object>) ages.get(0).get("medicalGrounds");
        assertEquals("No documents; the interview left a range of 15 to 19", grounds.get("reason"));
        assertEquals(Boolean.TRUE, grounds.get("childConsented"));
        assertEquals(Boolean.TRUE, grounds.get("guardianConsented"));

        Api.Reply interview = Api.postAs("caseworker1", path, Map.of("method", "INTERVIEW", "assessedOn",
                LocalDate.now().toString(), "minimumAge", 15, "maximumAge", 16));
        assertEquals(200, interview.status(), "documents and interviews need no grounds");
    }
}
