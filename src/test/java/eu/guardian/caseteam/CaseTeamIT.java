package eu.guardian.caseteam;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.discharge;
import static eu.guardian.testsupport.TestData.guardianIdOf;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static eu.guardian.testsupport.TestData.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A child's case team, and exactly what a member's login adds (ChildAccess): reception staff on the team read the
 * case outside their centre but do not change it, and lose it when their membership ends; a guardian on the team who
 * is not the appointed guardian gains nothing.
 */
class CaseTeamIT {

    private static Map<String, Object> member(String function, String username) {
        Map<String, Object> member = new HashMap<>();
        member.put("function", function);
        member.put("name", "Dr " + uniqueWord());
        member.put("organisation", "City clinic");
        member.put("contact", "+49 30 1234");
        member.put("fromOn", LocalDate.now().minusDays(1).toString());
        if (username != null) {
            member.put("username", username);
        }
        return member;
    }

    private static Map<String, Object> screeningWithNoIndication() {
        List<Map<String, Object>> answers = java.util.Arrays.stream(eu.guardian.protection.Indicator.values())
                .map(indicator -> Map.<String, Object>of("indicator", indicator.name(), "answer", "NO", "note", ""))
                .toList();
        return Map.of("occasion", "REGISTRATION", "answers", answers);
    }

    private static Map<String, Object> missingReport() {
        return Map.of("reportedBy", "Night staff", "lastSeenAt", java.time.Instant.now().minusSeconds(3600).toString(),
                "lastSeenPlace", "Central station", "riskLevel", "HIGH");
    }

    @Test
    void receptionStaffOnTheTeamReadTheCaseButDoNotChangeItAndLoseItWhenTheyLeave() {
        String familyName = uniqueWord();
        Reply registered = Api.postAs("caseworker1", "/api/children", with(child(familyName), "centreId", 2));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();
        String file = "/api/children/" + childId;
        assertEquals(404, Api.getAs("reception1", file).status(), "another centre's child, before joining the team");

        Reply joined = Api.postAs("caseworker1", file + "/team", member("NGO", "reception1"));
        assertEquals(201, joined.status(), joined.body());
        assertEquals(true, joined.json().get("current"));

        assertEquals(200, Api.getAs("reception1", file).status(), "a team member reads the file");
        assertEquals(false, Api.getAs("reception1", file).json().get("mayChange"));
        assertEquals(200, Api.getAs("reception1", file + "/care-plan").status());
        assertEquals(200, Api.getAs("reception1", file + "/team").status());
        assertEquals(403, Api.postAs("reception1", file + "/legal-statuses",
                Map.of("kind", "REFUGEE", "validFrom", LocalDate.now().toString())).status(),
                "but changes only their own centre's children");
        assertEquals(403, Api.postAs("reception1", file + "/team", member("HEALTH", null)).status());
        assertEquals(403, Api.postAs("reception1", file + "/screenings", screeningWithNoIndication()).status(),
                "reading as a team member is not screening another centre's child");
        assertEquals(403, Api.postAs("reception1", file + "/missing-episodes", missingReport()).status(),
                "nor reporting it missing");
        assertEquals(List.of(), Api.getAs("caseworker1", file + "/screenings").jsonList(), "nothing was stored");
        assertEquals(List.of(), Api.getAs("caseworker1", file + "/missing-episodes").jsonList());
        List<Map<String, Object>> refusals = Api.getAs("auditor1", "/api/audit?action=DENIED&username=reception1"
                + "&childId=" + childId + "&size=50").items();
        assertTrue(refusals.stream().anyMatch(e -> String.valueOf(e.get("objectId")).startsWith("READ GET " + file)),
                "the refused read before joining is found by the child: " + refusals);
        assertTrue(refusals.stream().anyMatch(e -> String.valueOf(e.get("objectId")).contains(file + "/screenings")),
                "so is the refused screening: " + refusals);
        assertTrue(refusals.stream().anyMatch(e -> String.valueOf(e.get("objectId"))
                .contains(file + "/missing-episodes")), "and the refused missing report: " + refusals);
        assertFalse(Api.getAs("reception1", "/api/children?name=" + familyName).items().stream()
                .anyMatch(c -> familyName.equals(c.get("familyName"))), "the children list stays their centre's");

        Map<String, Object> left = with(member("NGO", "reception1"), "name", joined.json().get("name"),
                "fromOn", LocalDate.now().minusDays(5).toString(), "toOn", LocalDate.now().minusDays(1).toString(),
                "version", joined.json().get("version"));
        Reply ended = Api.putAs("authority1", file + "/team/" + joined.id(), left);
        assertEquals(200, ended.status(), ended.body());
        assertEquals(false, ended.json().get("current"));
        assertEquals(404, Api.getAs("reception1", file).status(), "membership ended yesterday");
    }

    @Test
    void aGuardianOnTheTeamWhoIsNotTheAppointedGuardianGainsNothing() {
        Reply registered = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        long childId = registered.id();
        String file = "/api/children/" + childId;
        Reply appointed = Api.postAs("authority1", file + "/guardianships", appointment(guardianIdOf("guardian1")));
        assertEquals(201, appointed.status(), appointed.body());
        try {
            Reply joined = Api.postAs("caseworker1", file + "/team", member("LEGAL_AID", "guardian2"));
            assertEquals(201, joined.status(), joined.body());
            assertEquals(404, Api.getAs("guardian2", file).status());
            assertTrue(Api.getAs("auditor1", "/api/audit?action=DENIED&username=guardian2&childId=" + childId)
                    .items().stream().anyMatch(e -> ("READ GET " + file).equals(e.get("objectId"))),
                    "a read refused as 'not found' is in the trail under the child");
            assertEquals(404, Api.getAs("guardian2", file + "/care-plan").status());
            assertEquals(404, Api.getAs("guardian2", file + "/team").status());
            assertEquals(200, Api.getAs("guardian1", file + "/team").status(), "the appointed guardian sees the team");
            List<Map<String, Object>> team = Api.getAs("guardian1", file + "/team").jsonList();
            assertEquals(1, team.size());
            assertEquals("LEGAL_AID", team.get(0).get("function"));
            assertEquals(403, Api.postAs("guardian1", file + "/team", member("HEALTH", null)).status(),
                    "caseworkers and the authority manage the team");
            assertEquals(403, Api.getAs("admin1", file + "/team").status());
        } finally {
            Api.postAs("authority1", "/api/guardianships/" + appointed.id() + "/discharge", discharge("OTHER"));
        }
    }

    @Test
    void badInputAndConcurrentChanges() {
        Reply registered = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        String team = "/api/children/" + registered.id() + "/team";
        Reply refused = Api.postAs("caseworker1", team, Map.of("function", "ASTROLOGER", "fromOn", "2026-05-10",
                "toOn", "2026-05-01", "username", "no spaces allowed"));
        assertEquals(400, refused.status(), refused.body());
        @SuppressWarnings("unchecked")
        List<Object> fields = ((List<Map<String, Object>>) refused.json().get("fields")).stream()
                .map(f -> f.get("field")).toList();
        assertTrue(fields.containsAll(List.of("function", "name", "organisation", "toOn", "username")),
                fields.toString());
        assertEquals(0, Api.getAs("caseworker1", team).jsonList().size(), "nothing was stored");

        Reply added = Api.postAs("caseworker1", team, member("POLICE", null));
        Map<String, Object> change = with(member("POLICE", null), "version", added.json().get("version"));
        assertEquals(200, Api.putAs("caseworker1", team + "/" + added.id(), with(change, "contact", "new")).status());
        assertEquals(409, Api.putAs("authority1", team + "/" + added.id(), with(change, "contact", "other")).status());
        assertEquals("new", Api.getAs("caseworker1", team).jsonList().get(0).get("contact"));
    }
}
