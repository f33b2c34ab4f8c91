package eu.guardian.child;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who sees which child, decided on the server: a guardian only their current wards (and no longer once discharged),
 * reception their own centre's children, caseworkers, the authority and auditors all, administrators none.
 */
class ChildAccessIT {

    private static boolean listed(String user, String familyName) {
        return Api.getAs(user, "/api/children?name=" + familyName).items().stream()
                .anyMatch(c -> familyName.equals(c.get("familyName")));
    }

    @Test
    void aGuardianSeesOnlyTheirCurrentWards() {
        String familyName = uniqueWord();
        Reply registered = Api.postAs("reception1", "/api/children", child(familyName));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();
        Reply appointed = Api.postAs("authority1", "/api/children/" + childId + "/guardianships",
                appointment(guardianIdOf("guardian1")));
        assertEquals(201, appointed.status(), appointed.body());
        long guardianshipId = appointed.id();
        String file = "/api/children/" + childId;

        assertEquals(200, Api.getAs("guardian1", file).status());
        assertTrue(listed("guardian1", familyName));
        assertEquals(404, Api.getAs("guardian2", file).status(), "another guardian's ward does not exist for them");
        assertFalse(listed("guardian2", familyName));
        assertEquals(404, Api.getAs("guardian2", file + "/guardianships").status());

        assertEquals(200, Api.getAs("reception1", file).status(), "reception sees their own centre's children");
        assertEquals(200, Api.getAs("caseworker1", file).status());
        assertEquals(200, Api.getAs("auditor1", file).status());
        assertEquals(403, Api.getAs("admin1", file).status(), "administrators have no access to children's files");

        Reply discharged = Api.postAs("authority1", "/api/guardianships/" + guardianshipId + "/discharge",
                discharge("GUARDIAN_UNAVAILABLE"));
        assertEquals(200, discharged.status(), discharged.body());
        assertEquals(404, Api.getAs("guardian1", file).status(), "a former guardian loses access on the end date");
        assertFalse(listed("guardian1", familyName));
    }

    @Test
    void receptionSeesOnlyTheirOwnCentresChildren() {
        String familyName = uniqueWord();
        Reply registered = Api.postAs("caseworker1", "/api/children", with(child(familyName), "centreId", 2));
        assertEquals(201, registered.status(), registered.body());
        assertEquals(404, Api.getAs("reception1", "/api/children/" + registered.id()).status());
        assertFalse(listed("reception1", familyName));
        assertTrue(listed("caseworker1", familyName));
    }

    @Test
    void auditorsReadButChangeNothing() {
        Reply registered = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        long childId = registered.id();
        assertEquals(403, Api.postAs("auditor1", "/api/children", child(uniqueWord())).status());
        Map<String, Object> file = Api.getAs("auditor1", "/api/children/" + childId).json();
        assertEquals(false, file.get("mayChange"));
        assertEquals(403, Api.postAs("auditor1", "/api/children/" + childId + "/legal-statuses",
                Map.of("kind", "REFUGEE", "validFrom", "2026-01-01")).status());
    }

    @Test
    void aConcurrentEditIsRefusedAndNothingIsOverwritten() {
        Reply registered = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        long childId = registered.id();
        long version = ((Number) registered.json().get("version")).longValue();
        Map<String, Object> first = with(child(uniqueWord()), "givenNames", "First edit");
        Map<String, Object> second = with(child(uniqueWord()), "givenNames", "Second edit");

        assertEquals(200, Api.putAs("caseworker1", "/api/children/" + childId,
                Map.of("version", version, "child", first)).status());
        Reply stale = Api.putAs("authority1", "/api/children/" + childId, Map.of("version", version, "child", second));
        assertEquals(409, stale.status(), stale.body());
        assertTrue(String.valueOf(stale.json().get("message")).contains("Someone else changed this"));
        assertEquals("First edit", Api.getAs("caseworker1", "/api/children/" + childId).json().get("givenNames"));
    }

    @Test
    void badInputIsRefusedFieldByFieldInTheCallersLanguageAndNothingIsStored() {
        String familyName = uniqueWord();
        Map<String, Object> bad = with(child(familyName), "givenNames", "", "birthDate", "2026-02-30",
                "nationalityCode", "XX", "identifiedOn", "2999-01-01", "languages", List.of("zz"));
        Reply refused = Api.postAs("reception1", "/api/children", bad);
        assertEquals(400, refused.status(), refused.body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> fields = (List<Map<String, Object>>) refused.json().get("fields");
        List<Object> named = fields.stream().map(f -> f.get("field")).toList();
        assertTrue(named.containsAll(List.of("givenNames", "birthDate", "nationalityCode", "identifiedOn",
                "languages")), named.toString());

        Reply tooLong = Api.postAs("reception1", "/api/children", with(child(familyName), "givenNames",
                "A".repeat(10_000)));
        assertEquals(400, tooLong.status());

        Reply german = Api.postAs("reception1", "/api/children", with(child(familyName), "familyName", ""), "de");
        assertEquals(400, german.status());
        assertTrue(german.body().contains("Pflichtfeld"), german.body());

        assertEquals(400, Api.postAs("reception1", "/api/children", "not a child").status());
        assertFalse(listed("caseworker1", familyName), "nothing was stored");
    }

    @Test
    void aPossibleDuplicateIsShownNeverSilentlyMerged() {
        Map<String, Object> facts = child(uniqueWord());
        Reply first = Api.postAs("caseworker1", "/api/children", facts);
        assertEquals(201, first.status());
        Reply again = Api.postAs("caseworker1", "/api/children", facts);
        assertEquals(409, again.status(), again.body());
        assertEquals(List.of(first.json().get("caseNumber")), again.json().get("details"));
        Reply anyway = Api.postAs("caseworker1", "/api/children?acknowledgeDuplicates=true", facts);
        assertEquals(201, anyway.status());
        assertTrue(!first.json().get("caseNumber").equals(anyway.json().get("caseNumber")));
    }

    @Test
    void namesInAnyScriptAreFound() {
        String unique = uniqueWord();
        // The same given names are registered by every run of this test: not a duplicate question here.
        Reply registered = Api.postAs("caseworker1", "/api/children?acknowledgeDuplicates=true", with(child(unique),
                "givenNames", "ሰላም Zoë", "aliases", List.of("سلمى")));
        assertEquals(201, registered.status(), registered.body());
        String caseNumber = (String) registered.json().get("caseNumber");
        for (String query : List.of("ሰላ", "zoe", "سلم", unique.substring(0, 6).toLowerCase())) {
            Reply found = Api.getAs("caseworker1", "/api/children?size=50&sort=-caseNumber&name="
                    + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
            assertTrue(found.items().stream().anyMatch(c -> caseNumber.equals(c.get("caseNumber"))), query);
        }
        assertEquals(1L, Api.getAs("caseworker1", "/api/children?caseNumber=" + caseNumber).json().get("total"));
    }
}
