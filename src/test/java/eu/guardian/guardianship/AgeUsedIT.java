package eu.guardian.guardianship;

import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static eu.guardian.testsupport.TestData.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import eu.guardian.testsupport.TurningEighteenList;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The benefit of the doubt at 18, one rule (docs/domain-rules.md#age-used): an assessed age of 16 outweighs a guessed
 * birth date that makes the child 18 — in the file, the turning-18 list and the nightly age-out.
 */
class AgeUsedIT {

    private static Api.Reply register(LocalDate birthDate) {
        Api.Reply registered = Api.postAs("caseworker1", "/api/children", with(child(uniqueWord()),
                "birthDate", birthDate.toString(), "birthDatePrecision", "ESTIMATED",
                "identifiedOn", LocalDate.now().minusDays(1).toString()));
        assertEquals(201, registered.status(), registered.body());
        return registered;
    }

    private static Map<String, Object> assessedSixteen(long childId, LocalDate on) {
        Api.Reply assessed = Api.postAs("caseworker1", "/api/children/" + childId + "/age-assessments",
                Map.of("method", "INTERVIEW", "assessedOn", on.toString(), "minimumAge", 16, "maximumAge", 17,
                        "notes", "consistent account of schooling"));
        assertEquals(200, assessed.status(), assessed.body());
        return assessed.json();
    }

    @Test
    void anAssessedAgeOfSixteenKeepsTheCaseOpenThoughTheBirthDateSaysEighteen() {
        LocalDate today = LocalDate.now();
        Api.Reply assessedChild = register(today.minusYears(18).minusDays(10));
        Api.Reply birthDateOnly = register(today.minusYears(18).minusDays(10));
        LocalDate assessedOn = today.minusDays(30);
        Map<String, Object> file = assessedSixteen(assessedChild.id(), assessedOn);

        assertEquals(16, ((Number) file.get("ageUsed")).intValue());
        assertEquals(Boolean.TRUE, file.get("ageFromAssessment"));
        assertEquals(assessedOn.plusYears(2).toString(), file.get("adultOn"));

        try (Browser browser = new Browser()) {
            browser.openSignedIn("/children/file.xhtml?id=" + assessedChild.id(), "caseworker1");
            assertEquals("16 · by the assessed age (benefit of the doubt)", browser.text("summary-age"));
            assertTrue(browser.has("summary-adult-on"));
        }

        Api.Reply run = Api.postAs("authority1", "/api/coming-of-age/run", Map.of());
        assertEquals(200, run.status(), run.body());
        assertEquals("OPEN", Api.getAs("caseworker1", "/api/children/" + assessedChild.id()).json().get("status"));
        Map<String, Object> aged = Api.getAs("caseworker1", "/api/children/" + birthDateOnly.id()).json();
        assertEquals("CLOSED", aged.get("status"), "the same birth date without an assessment: aged out");
        assertEquals("TURNED_18", aged.get("closureReason"));
        assertEquals(today.minusDays(10).toString(), aged.get("closedOn"));
        assertEquals(403, Api.postAs("caseworker1", "/api/coming-of-age/run", Map.of()).status());
    }

    @Test
    void anAssessedAgeOfSixteenKeepsAChildOffTheTurningEighteenList() {
        LocalDate today = LocalDate.now();
        Api.Reply assessed = register(today.minusYears(18).plusMonths(2));
        Api.Reply birthDateOnly = register(today.minusYears(18).plusMonths(2));
        assessedSixteen(assessed.id(), today);
        assertFalse(TurningEighteenList.contains((String) assessed.json().get("caseNumber")));
        assertTrue(TurningEighteenList.contains((String) birthDateOnly.json().get("caseNumber")));
    }
}
