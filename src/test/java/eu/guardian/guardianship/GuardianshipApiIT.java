package eu.guardian.guardianship;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.discharge;
import static eu.guardian.testsupport.TestData.guardian;
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

/** Appointments through the REST API with real Keycloak tokens: eligibility, the cap and its recorded override. */
class GuardianshipApiIT {

    private static long register(Map<String, Object> child) {
        Reply reply = Api.postAs("caseworker1", "/api/children", child);
        assertEquals(201, reply.status(), reply.body());
        return reply.id();
    }

    private static long newGuardian(Map<String, Object> guardian) {
        Reply reply = Api.postAs("authority1", "/api/guardians", guardian);
        assertEquals(201, reply.status(), reply.body());
        return reply.id();
    }

    @Test
    void theCapRefusesAnAppointmentAndAJustifiedOverrideIsRecordedAsSuch() {
        long guardianId = newGuardian(with(guardian("Cap " + uniqueWord()), "caseloadCap", 1));
        long first = register(child(uniqueWord()));
        long second = register(child(uniqueWord()));

        Reply appointed = Api.postAs("authority1", "/api/children/" + first + "/guardianships", appointment(guardianId));
        assertEquals(201, appointed.status(), appointed.body());
        assertEquals(false, appointed.json().get("override"));

        Reply refused = Api.postAs("authority1", "/api/children/" + second + "/guardianships",
                appointment(guardianId));
        assertEquals(409, refused.status(), refused.body());
        assertEquals(List.of("CASELOAD_CAP_REACHED"), refused.json().get("details"));
        assertTrue(Api.getAs("authority1", "/api/children/" + second).json().get("awaitingGuardian").equals(true),
                "nothing was stored: the child still awaits a guardian");

        Reply overridden = Api.postAs("authority1", "/api/children/" + second + "/guardianships",
                with(appointment(guardianId), "overrideJustification",
                        "Only guardian speaking Pashto in the region; caseload reviewed with the team lead."));
        assertEquals(201, overridden.status(), overridden.body());
        assertEquals(true, overridden.json().get("override"));
        assertEquals("CASELOAD_CAP_REACHED", overridden.json().get("overriddenRules"));
        assertTrue(String.valueOf(overridden.json().get("overrideJustification")).startsWith("Only guardian"));

        Map<String, Object> profile = Api.getAs("authority1", "/api/guardians/" + guardianId).json();
        assertEquals(2L, profile.get("currentLoad"));
    }

    @Test
    void anExpiredRecordCheckOrAConflictWithTheChildsCentreMakesAGuardianIneligible() {
        long expired = newGuardian(with(guardian("Expired " + uniqueWord()),
                "recordCheckOn", "2020-01-01", "recordCheckValidUntil", "2022-01-01"));
        long conflicted = newGuardian(with(guardian("Employed " + uniqueWord()),
                "conflicts", List.of(Map.of("centreId", 1, "description", "Employed at Reception Centre North"))));
        long childId = register(with(child(uniqueWord()), "centreId", 1));

        Reply first = Api.postAs("authority1", "/api/children/" + childId + "/guardianships", appointment(expired));
        assertEquals(409, first.status());
        assertEquals(List.of("RECORD_CHECK_MISSING_OR_EXPIRED"), first.json().get("details"));
        Reply second = Api.postAs("authority1", "/api/children/" + childId + "/guardianships",
                appointment(conflicted));
        assertEquals(409, second.status());
        assertEquals(List.of("CONFLICT_OF_INTEREST"), second.json().get("details"));

        List<Map<String, Object>> suggestions = Api.getAs("authority1",
                "/api/children/" + childId + "/guardianships/suggestions?limit=50").jsonList();
        assertFalse(suggestions.stream().anyMatch(s -> ((Number) s.get("guardianId")).longValue() == expired));
        assertFalse(suggestions.stream().anyMatch(s -> ((Number) s.get("guardianId")).longValue() == conflicted));
    }

    @Test
    void aChangeNeedsAReasonAndKeepsTheWholeHistory() {
        long firstGuardian = newGuardian(guardian("First " + uniqueWord()));
        long secondGuardian = newGuardian(guardian("Second " + uniqueWord()));
        long childId = register(child(uniqueWord()));
        assertEquals(201, Api.postAs("authority1", "/api/children/" + childId + "/guardianships",
                appointment(firstGuardian)).status());

        Reply withoutReason = Api.postAs("authority1", "/api/children/" + childId + "/guardianships/change",
                Map.of("reason", "", "appointment", appointment(secondGuardian)));
        assertEquals(400, withoutReason.status());

        Reply changed = Api.postAs("authority1", "/api/children/" + childId + "/guardianships/change",
                Map.of("reason", "Guardian moved to another region", "appointment", appointment(secondGuardian)));
        assertEquals(200, changed.status(), changed.body());

        List<Map<String, Object>> history = Api.getAs("caseworker1",
                "/api/children/" + childId + "/guardianships").jsonList();
        assertEquals(2, history.size());
        assertEquals("GUARDIAN_CHANGED", history.get(0).get("endReason"));
        assertEquals("Guardian moved to another region", history.get(0).get("endNote"));
        assertEquals(true, history.get(1).get("active"));

        long current = ((Number) history.get(1).get("id")).longValue();
        assertEquals(200, Api.postAs("authority1", "/api/guardianships/" + current + "/discharge",
                discharge("FAMILY_REUNIFICATION")).status());
        assertEquals(true, Api.getAs("authority1", "/api/children/" + childId).json().get("awaitingGuardian"),
                "a child left without a guardian is back in the queue");
    }

    @Test
    void onlyTheAuthorityAppoints() {
        long guardianId = newGuardian(guardian("Only " + uniqueWord()));
        long childId = register(child(uniqueWord()));
        for (String user : List.of("caseworker1", "reception1", "auditor1", "guardian1")) {
            int status = Api.postAs(user, "/api/children/" + childId + "/guardianships", appointment(guardianId))
                    .status();
            assertTrue(status == 403 || status == 404, user + " got " + status);
        }
        assertEquals(403, Api.postAs("admin1", "/api/children/" + childId + "/guardianships",
                appointment(guardianId)).status());
    }
}
