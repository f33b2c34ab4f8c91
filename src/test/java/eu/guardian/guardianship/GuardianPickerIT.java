package eu.guardian.guardianship;

import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.discharge;
import static eu.guardian.testsupport.TestData.guardian;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import eu.guardian.testsupport.Browser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The appointment and change dialogs search the whole registry by the beginning of a name (thousands of guardians,
 * so no list of them all): the authority types, picks one, and appoints or changes to them.
 */
class GuardianPickerIT {

    private static long registerGuardian(String name) {
        Reply registered = Api.postAs("authority1", "/api/guardians", guardian(name));
        assertEquals(201, registered.status(), registered.body());
        return registered.id();
    }

    /** Types into the picker and clicks the offered guardian of that name. */
    private static void pick(Browser browser, String inputId, String typed, String name) {
        browser.element(inputId).sendKeys(typed);
        By offered = By.xpath("//li[contains(@class, 'ui-autocomplete-item') and contains(., '" + name + "')]");
        browser.await(driver -> driver.findElements(offered).stream().anyMatch(WebElement::isDisplayed));
        browser.driver().findElements(offered).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow()
                .click();
    }

    @Test
    void theAuthorityFindsAGuardianByNameToAppointAndThenAnotherToChangeTo() {
        String word = uniqueWord();
        String first = "Quirin " + word;
        String second = "Quenby " + word;
        long firstId = registerGuardian(first);
        registerGuardian(second);
        Reply registered = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();

        try (Browser authority = new Browser()) {
            authority.openSignedIn("/children/file.xhtml?id=" + childId + "&tab=guardianship", "authority1");
            authority.click("tabs:guardianshipActions:appointButton");
            authority.await(driver -> authority.has("appointForm:guardian_input") // the dialog is drawn when opened
                    && authority.element("appointForm:guardian_input").isDisplayed());
            pick(authority, "appointForm:guardian_input", "Quirin " + word.substring(0, 3), first);
            authority.await(driver -> authority.text("chosen-guardian").contains(first));
            authority.element("appointForm:decisionReference").sendKeys("AG-" + word);
            authority.click("appointForm:confirmAppointment");
            authority.await(driver -> authority.pageText().contains("AG-" + word));
            assertTrue(authority.pageText().contains(first), "appointed the guardian found by name");

            authority.click("tabs:guardianshipActions:changeGuardianButton");
            authority.await(driver -> authority.has("changeForm:newGuardian_input") // the dialog is drawn when opened
                    && authority.element("changeForm:newGuardian_input").isDisplayed());
            authority.element("changeForm:newGuardian_input").sendKeys("Quirin " + word);
            authority.await(driver -> authority.pageText().contains(
                    "No guardian of the registry has a name starting so."));
            authority.element("changeForm:newGuardian_input").clear();
            pick(authority, "changeForm:newGuardian_input", "Quenby " + word, second);
            authority.await(driver -> authority.element("changeForm:newGuardian_input").getAttribute("value")
                    .contains("Quenby"));
            authority.element("changeForm:changeReason").sendKeys("The first guardian moved to another region.");
            authority.element("changeForm:changeReference").sendKeys("CH-" + word);
            authority.click("changeForm:confirmChange");
            authority.await(driver -> authority.pageText().contains("CH-" + word));
        }

        List<Map<String, Object>> history = Api.getAs("authority1", "/api/children/" + childId + "/guardianships")
                .jsonList();
        Map<String, Object> current = history.stream().filter(g -> Boolean.TRUE.equals(g.get("active")))
                .findFirst().orElseThrow();
        assertEquals(second, current.get("guardianName"), "the child's guardian is now the second one");
        assertTrue(history.stream().anyMatch(g -> ((Number) g.get("guardianId")).longValue() == firstId
                && !Boolean.TRUE.equals(g.get("active"))), "the first guardianship ended");
        assertEquals(200, Api.postAs("authority1", "/api/guardianships/" + ((Number) current.get("id")).longValue()
                + "/discharge", discharge("OTHER")).status());
    }
}
