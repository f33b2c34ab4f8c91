package eu.guardian.complaint;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.discharge;
import static eu.guardian.testsupport.TestData.guardianIdOf;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static eu.guardian.testsupport.TestData.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Complaints through the API with real tokens: references and due dates, who sees which complaint (enforced in the
 * service's queries), assignment and outcome at the authority, bad input and concurrent changes.
 */
class ComplaintApiIT {

    private static Map<String, Object> complaint(long childId, String subject, boolean confidential) {
        Map<String, Object> complaint = new HashMap<>();
        complaint.put("childId", childId);
        complaint.put("complainant", "CHILD");
        complaint.put("subject", subject);
        complaint.put("confidential", confidential);
        complaint.put("description", "The child says: " + uniqueWord());
        return complaint;
    }

    private static boolean listed(String user, String reference) {
        Reply list = Api.getAs(user, "/api/complaints?reference=" + reference);
        assertEquals(200, list.status(), list.body());
        return list.items().stream().anyMatch(c -> reference.equals(c.get("reference")));
    }

    private static boolean listedInChild(String user, long childId, String reference) {
        return Api.getAs(user, "/api/complaints?size=200&childId=" + childId).items().stream()
                .anyMatch(c -> reference.equals(c.get("reference")));
    }

    @Test
    void aComplaintAboutAGuardianIsNeverShownToThatGuardian() {
        Reply registered = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        long childId = registered.id();
        Reply appointed = Api.postAs("authority1", "/api/children/" + childId + "/guardianships",
                appointment(guardianIdOf("guardian1")));
        assertEquals(201, appointed.status(), appointed.body());
        try {
            Reply lodged = Api.postAs("caseworker1", "/api/complaints", complaint(childId, "GUARDIAN", false));
            assertEquals(201, lodged.status(), lodged.body());
            String reference = (String) lodged.json().get("reference");
            assertTrue(reference.matches("CMP-\\d{4}-\\d{6}"), reference);
            assertEquals(guardianIdOf("guardian1"),
                    ((Number) lodged.json().get("aboutGuardianId")).longValue(), "the current guardian by default");
            assertEquals(LocalDate.now().plusDays(30).toString(), lodged.json().get("dueOn"));
            assertEquals("RECEIVED", lodged.json().get("status"));
            long id = lodged.id();

            assertFalse(listed("guardian1", reference), "not in the guardian's list");
            assertFalse(listedInChild("guardian1", childId, reference));
            assertEquals(404, Api.getAs("guardian1", "/api/complaints/" + id).status(), "nor by its id");
            assertTrue(listed("authority1", reference));
            assertEquals(200, Api.getAs("authority1", "/api/complaints/" + id).status());
            assertEquals(200, Api.getAs("auditor1", "/api/complaints/" + id).status());
            assertEquals(200, Api.getAs("caseworker1", "/api/complaints/" + id).status(), "the lodger sees it");

            Reply placement = Api.postAs("authority1", "/api/complaints", complaint(childId, "PLACEMENT", false));
            assertEquals(201, placement.status(), placement.body());
            assertTrue(listedInChild("guardian1", childId, (String) placement.json().get("reference")),
                    "the guardian sees other complaints about their ward");
            assertEquals(404, Api.getAs("guardian2", "/api/complaints/" + placement.id()).status());

            Reply aboutSelf = Api.postAs("guardian1", "/api/complaints", complaint(childId, "GUARDIAN", false));
            assertEquals(400, aboutSelf.status(), "a guardian cannot lodge a complaint about themselves");
        } finally {
            Api.postAs("authority1", "/api/guardianships/" + appointed.id() + "/discharge", discharge("OTHER"));
        }
    }

    @Test
    void aConfidentialComplaintIsSeenOnlyByTheAuthorityAuditorsAndWhoeverLodgedIt() {
        Reply registered = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        long childId = registered.id();
        Reply appointed = Api.postAs("authority1", "/api/children/" + childId + "/guardianships",
                appointment(guardianIdOf("guardian1")));
        assertEquals(201, appointed.status(), appointed.body());
        try {
            Map<String, Object> input = complaint(childId, "SERVICES", true);
            input.put("complainant", "GUARDIAN");
            Reply lodged = Api.postAs("guardian1", "/api/complaints", input);
            assertEquals(201, lodged.status(), lodged.body());
            String reference = (String) lodged.json().get("reference");
            assertEquals(200, Api.getAs("guardian1", "/api/complaints/" + lodged.id()).status());
            assertTrue(listed("guardian1", reference));
            assertFalse(listed("caseworker1", reference), "confidential: not for caseworkers");
            assertEquals(404, Api.getAs("caseworker1", "/api/complaints/" + lodged.id()).status());
            assertEquals(404, Api.getAs("reception1", "/api/complaints/" + lodged.id()).status());
            assertTrue(listed("authority1", reference));
            assertTrue(listed("auditor1", reference));
            assertEquals(403, Api.getAs("admin1", "/api/complaints").status());
        } finally {
            Api.postAs("authority1", "/api/guardianships/" + appointed.id() + "/discharge", discharge("OTHER"));
        }
    }

    @Test
    void theAuthorityAssignsAndDecidesAgainstTheVersionRead() {
        Reply registered = Api.postAs("caseworker1", "/api/children", with(child(uniqueWord()), "centreId", 1));
        Map<String, Object> input = complaint(registered.id(), "PLACEMENT", false);
        input.put("complainant", "CARER");
        Reply lodged = Api.postAs("reception1", "/api/complaints", input);
        assertEquals(201, lodged.status(), lodged.body());
        String path = "/api/complaints/" + lodged.id();
        long version = ((Number) lodged.json().get("version")).longValue();
        assertTrue(listed("authority1", (String) lodged.json().get("reference")));
        assertEquals(1L, Api.getAs("authority1", "/api/complaints?unassigned=true&reference="
                + lodged.json().get("reference")).json().get("total"));

        assertEquals(403, Api.postAs("caseworker1", path + "/assign", Map.of("version", version, "owner",
                "caseworker1")).status());
        Reply assigned = Api.postAs("authority1", path + "/assign", Map.of("version", version, "owner", "authority1"));
        assertEquals(200, assigned.status(), assigned.body());
        assertEquals("IN_PROGRESS", assigned.json().get("status"));
        assertEquals("authority1", assigned.json().get("owner"));
        Reply stale = Api.postAs("authority1", path + "/assign", Map.of("version", version, "owner", "someone.else"));
        assertEquals(409, stale.status(), "assigned meanwhile");

        long current = ((Number) assigned.json().get("version")).longValue();
        Reply badOutcome = Api.postAs("authority1", path + "/outcome", Map.of("version", current, "outcome", "MAYBE",
                "decidedOn", "2999-01-01"));
        assertEquals(400, badOutcome.status(), badOutcome.body());
        assertTrue(badOutcome.body().contains("outcomeText") && badOutcome.body().contains("decidedOn"),
                badOutcome.body());
        Reply decided = Api.postAs("authority1", path + "/outcome", Map.of("version", current, "outcome", "UPHELD",
                "outcomeText", "Moved to a smaller group home"));
        assertEquals(200, decided.status(), decided.body());
        assertEquals("CLOSED", decided.json().get("status"));
        assertEquals("UPHELD", decided.json().get("outcome"));
        assertEquals(200, Api.getAs("reception1", path).status(), "the lodger reads the outcome");
        assertEquals(409, Api.postAs("authority1", path + "/assign", Map.of("version",
                decided.json().get("version"), "owner", "authority1")).status(), "closed");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        Reply registered = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        long childId = registered.id();
        Map<String, Object> bad = new HashMap<>();
        bad.put("childId", childId);
        bad.put("complainant", "NEIGHBOUR");
        bad.put("subject", "WEATHER");
        bad.put("description", "x".repeat(5000));
        Reply refused = Api.postAs("caseworker1", "/api/complaints", bad);
        assertEquals(400, refused.status(), refused.body());
        @SuppressWarnings("unchecked")
        List<Object> fields = ((List<Map<String, Object>>) refused.json().get("fields")).stream()
                .map(f -> f.get("field")).toList();
        assertTrue(fields.containsAll(List.of("complainant", "subject", "description")), fields.toString());
        Reply noGuardian = Api.postAs("caseworker1", "/api/complaints", complaint(childId, "GUARDIAN", false));
        assertEquals(400, noGuardian.status(), "a child without a guardian: whom would it be about?");
        Reply french = Api.postAs("caseworker1", "/api/complaints", Map.of("childId", childId), "fr");
        assertEquals(400, french.status());
        assertNotEquals(-1, french.body().indexOf("Obligatoire"), french.body());
        assertEquals(0L, Api.getAs("authority1", "/api/complaints?childId=" + childId).json().get("total"),
                "nothing was stored");
        assertEquals(404, Api.postAs("guardian2", "/api/complaints", complaint(childId, "OTHER", false)).status(),
                "a child the caller may not see");
    }
}
