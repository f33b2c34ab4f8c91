package eu.guardian.staff;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.guardian;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import eu.guardian.testsupport.KeycloakDirect;
import eu.guardian.testsupport.Mailbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A guardian's login is made from the guardian registry and linked by Keycloak's user id; deactivating a guardian
 * gives each ward a new guardian first and refuses the login at once (docs/accounts.md).
 */
class GuardianLoginIT {

    /** A guardian registered with a login; returns the registry entry. */
    static Map<String, Object> registerWithLogin(String name, String email) {
        Map<String, Object> input = guardian(name);
        input.put("email", email);
        input.put("createLogin", true);
        Api.Reply registered = Api.postAs("authority1", "/api/guardians", input);
        assertEquals(201, registered.status(), registered.body());
        return registered.json();
    }

    @Test
    void aGuardianRegisteredWithALoginSetsTheirPasswordAndSeesTheirWardOnceAppointed() {
        String word = uniqueWord();
        String email = "g-" + word.toLowerCase() + "@guardian.example";
        Map<String, Object> entry = registerWithLogin("Gerda " + word, email);
        assertEquals(email, entry.get("username"), "the login is named by the e-mail address");
        assertEquals(true, entry.get("loginLinked"));
        Map<String, Object> user = KeycloakDirect.user(email).orElseThrow();
        assertTrue(String.valueOf(KeycloakDirect.send("GET", "/users/" + user.get("id") + "/role-mappings/realm",
                null).body()).contains("\"guardian\""));

        String link = Mailbox.awaitActionLink(email, 1);
        String password = "Ward-" + word;
        long childId = Api.postAs("caseworker1", "/api/children", child(uniqueWord())).id();
        String caseNumber = (String) Api.getAs("caseworker1", "/api/children/" + childId).json().get("caseNumber");
        try (Browser person = new Browser()) {
            person.driver().get(link);
            person.await(driver -> person.has("password-new") || !driver.findElements(By.partialLinkText("here"))
                    .isEmpty());
            if (!person.has("password-new")) {
                person.driver().findElement(By.partialLinkText("here")).click();
                person.await(driver -> person.has("password-new"));
            }
            person.element("password-new").sendKeys(password);
            person.element("password-confirm").sendKeys(password);
            person.driver().findElement(By.cssSelector("#kc-passwd-update-form [type=submit]")).click();
            person.await(driver -> !person.has("password-new"));
            // As in StaffAccountsIT: Keycloak may end the action link's flow on its "account updated" page; sign in
            // from a clean browser session so Guardian's sign-in asks for the new password.
            person.driver().manage().deleteAllCookies();
            person.open("/guardian/my-children.xhtml");
            person.await(driver -> person.isLoginForm() || person.has("page-title"));
            if (person.isLoginForm()) {
                person.element("username").sendKeys(email);
                person.element("password").sendKeys(password);
                person.click("kc-login");
                person.awaitGuardianPage();
            }
            assertEquals("/guardian/my-children.xhtml", person.path());
            assertTrue(!person.pageText().contains(caseNumber));

            Api.Reply appointed = Api.postAs("authority1", "/api/children/" + childId + "/guardianships",
                    appointment(((Number) entry.get("id")).longValue()));
            assertEquals(201, appointed.status(), appointed.body());
            person.refresh();
            person.await(driver -> person.pageText().contains(caseNumber));
        }
    }

    @Test
    void deactivationIsRefusedWhileTheGuardianHasWardsAndWithReassignmentTheLoginIsRefusedAtOnce() {
        String word = uniqueWord();
        String email = "d-" + word.toLowerCase() + "@guardian.example";
        Map<String, Object> leaving = registerWithLogin("Dora " + word, email);
        long leavingId = ((Number) leaving.get("id")).longValue();
        String keycloakId = (String) KeycloakDirect.user(email).orElseThrow().get("id");
        KeycloakDirect.setPassword(keycloakId, "Pw-" + word);
        long successorId = Api.postAs("authority1", "/api/guardians", guardian("Sven " + word)).id();
        long childId = Api.postAs("caseworker1", "/api/children", child(uniqueWord())).id();
        assertEquals(201, Api.postAs("authority1", "/api/children/" + childId + "/guardianships",
                appointment(leavingId)).status());
        String token = KeycloakDirect.accessToken(email, "Pw-" + word);
        assertEquals(200, Api.get("/api/children/" + childId, token).status());

        long version = version(leavingId);
        Api.Reply refused = Api.postAs("authority1", "/api/guardians/" + leavingId + "/deactivation",
                Map.of("version", version, "reason", "Moved abroad"));
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.body().contains("still has wards"), refused.body());
        assertEquals(200, KeycloakDirect.passwordGrant(email, "Pw-" + word), "nothing changed");
        assertEquals(true, Api.getAs("authority1", "/api/guardians/" + leavingId).json().get("active"));

        Api.Reply done = Api.postAs("authority1", "/api/guardians/" + leavingId + "/deactivation", Map.of(
                "version", version, "reason", "Moved abroad", "reassignments", List.of(Map.of("childId", childId,
                        "guardianId", successorId, "decisionReference", "AG-" + word))));
        assertEquals(200, done.status(), done.body());
        assertEquals(false, done.json().get("active"));
        List<Map<String, Object>> history = Api.getAs("authority1", "/api/children/" + childId + "/guardianships")
                .jsonList();
        assertTrue(history.stream().anyMatch(g -> Boolean.TRUE.equals(g.get("active"))
                && ((Number) g.get("guardianId")).longValue() == successorId), history.toString());
        assertNotEquals(200, KeycloakDirect.passwordGrant(email, "Pw-" + word), "the login is refused");
        assertEquals(401, Api.get("/api/children/" + childId, token).status(), "the session ended at once");

        Api.Reply back = Api.postAs("authority1", "/api/guardians/" + leavingId + "/reactivation", Map.of());
        assertEquals(200, back.status(), back.body());
        assertEquals(200, KeycloakDirect.passwordGrant(email, "Pw-" + word));
    }

    @Test
    void theAuthorityDeactivatesAGuardianOnTheProfilePageChoosingTheWardsNewGuardian() {
        String word = uniqueWord();
        long leavingId = Api.postAs("authority1", "/api/guardians", guardian("Paula " + word)).id();
        String successor = "Pieter " + word;
        long successorId = Api.postAs("authority1", "/api/guardians", guardian(successor)).id();
        long childId = Api.postAs("caseworker1", "/api/children", child(uniqueWord())).id();
        assertEquals(201, Api.postAs("authority1", "/api/children/" + childId + "/guardianships",
                appointment(leavingId)).status());
        try (Browser authority = new Browser()) {
            authority.openSignedIn("/guardians/profile.xhtml?id=" + leavingId, "authority1");
            authority.element("deactivation:reason").sendKeys("No longer available");
            authority.click("deactivation:deactivate");
            authority.await(driver -> authority.pageText().contains("still has wards"));
            authority.element("deactivation:reassignments:0:newGuardian_input").sendKeys(successor);
            By offered = By.xpath("//li[contains(@class, 'ui-autocomplete-item') and contains(., '" + successor
                    + "')]");
            authority.await(driver -> driver.findElements(offered).stream().anyMatch(WebElement::isDisplayed));
            authority.driver().findElements(offered).stream().filter(WebElement::isDisplayed).findFirst()
                    .orElseThrow().click();
            authority.element("deactivation:decisionReference").sendKeys("AG-" + word);
            authority.click("deactivation:deactivate");
            authority.await(driver -> authority.pageText().contains("is deactivated"));
            assertEquals("Inactive", authority.text("status"));
        }
        List<Map<String, Object>> history = Api.getAs("authority1", "/api/children/" + childId + "/guardianships")
                .jsonList();
        assertTrue(history.stream().anyMatch(g -> Boolean.TRUE.equals(g.get("active"))
                && ((Number) g.get("guardianId")).longValue() == successorId), history.toString());
    }

    private static long version(long guardianId) {
        return ((Number) Api.getAs("authority1", "/api/guardians/" + guardianId).json().get("version")).longValue();
    }
}
