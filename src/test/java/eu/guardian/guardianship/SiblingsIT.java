package eu.guardian.guardianship;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.guardian;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.guardian.testsupport.Api;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Siblings and relatives (docs/domain-rules.md#siblings-and-relatives): linked on both files, a sibling's guardian
 * suggested first, and a separation recorded with its reason.
 */
class SiblingsIT {

    private static long registered() {
        Api.Reply reply = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        assertEquals(201, reply.status(), reply.body());
        return reply.id();
    }

    @Test
    void aSiblingsGuardianIsSuggestedFirstAndASeparationKeepsItsReason() {
        long elder = registered();
        long younger = registered();
        Api.Reply registeredGuardian = Api.postAs("authority1", "/api/guardians", guardian("Sibling " + uniqueWord()));
        assertEquals(201, registeredGuardian.status(), registeredGuardian.body());
        long guardianId = registeredGuardian.id();
        assertEquals(201, Api.postAs("authority1", "/api/children/" + elder + "/guardianships",
                appointment(guardianId)).status());

        assertEquals(400, Api.postAs("caseworker1", "/api/children/" + younger + "/relatives",
                Map.of("relativeId", elder, "kind", "HALF_STRANGER")).status());
        Api.Reply linked = Api.postAs("caseworker1", "/api/children/" + younger + "/relatives",
                Map.of("relativeId", elder, "kind", "SIBLING"));
        assertEquals(200, linked.status(), linked.body());
        Map<String, Object> onYounger = linked.jsonList().get(0);
        assertEquals(elder, ((Number) onYounger.get("relativeId")).longValue());
        assertEquals("SIBLING", onYounger.get("kind"));
        assertEquals(Boolean.TRUE, onYounger.get("samePlacement"), "both in Dormitory B");
        List<Map<String, Object>> onElder = Api.getAs("caseworker1", "/api/children/" + elder + "/relatives")
                .jsonList();
        assertEquals(younger, ((Number) onElder.get(0).get("relativeId")).longValue(), "shown on both files");

        Map<String, Object> first = Api.getAs("authority1", "/api/children/" + younger
                + "/guardianships/suggestions?limit=5").jsonList().get(0);
        assertEquals(guardianId, ((Number) first.get("guardianId")).longValue(), "the sibling's guardian first");
        assertEquals(Boolean.TRUE, first.get("guardsASibling"));

        assertEquals(400, Api.postAs("caseworker1", "/api/children/" + younger + "/relatives/" + elder
                + "/separation", Map.of("reason", " ")).status());
        Api.Reply separated = Api.postAs("caseworker1", "/api/children/" + younger + "/relatives/" + elder
                + "/separation", Map.of("reason", "The elder brother pressures the younger one to work"));
        assertEquals(200, separated.status(), separated.body());
        Map<String, Object> elderView = Api.getAs("caseworker1", "/api/children/" + elder + "/relatives").jsonList()
                .get(0);
        assertEquals("The elder brother pressures the younger one to work", elderView.get("separationReason"));
        assertEquals(403, Api.postAs("guardian1", "/api/children/" + younger + "/relatives",
                Map.of("relativeId", elder, "kind", "COUSIN")).status());
    }
}
