package eu.guardian.guardianship;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.guardianIdOf;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static eu.guardian.testsupport.TestData.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Accessibility;
import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * In a real browser (docs/domain-rules.md#transition-to-adulthood): five months before 18 the file's adulthood tab
 * shows the transition plan overdue; the caseworker records it, then the after-care handover, where a refusal needs
 * a note.
 */
class AdulthoodTabPageIT {

    @Test
    void aCaseworkerRecordsThePlanDueAndTheAfterCareHandover() {
        LocalDate today = LocalDate.now();
        Api.Reply registered = Api.postAs("caseworker1", "/api/children", with(child(uniqueWord()),
                "birthDate", today.minusYears(18).plusMonths(5).toString(), "birthDatePrecision", "EXACT",
                "identifiedOn", today.minusDays(1).toString()));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();
        assertEquals(201, Api.postAs("authority1", "/api/children/" + childId + "/guardianships",
                appointment(guardianIdOf("guardian1"))).status());
        String plan = "Supported flat from March, vocational school continues " + uniqueWord();

        try (Browser browser = new Browser()) {
            browser.openSignedIn("/children/file.xhtml?id=" + childId, "caseworker1");
            browser.driver().findElement(By.cssSelector("a[href='#tabs:adulthoodTab']")).click();
            browser.await(driver -> browser.has("tabs:transitionPlan:savePlan")
                    && browser.element("tabs:transitionPlan:savePlan").isDisplayed());
            assertTrue(browser.element("transition-plan-state").getAttribute("class").contains("app-overdue"));
            assertTrue(browser.text("transition-plan-state").startsWith("due since"), browser.text("transition-plan-state"));
            Accessibility.assertNone(browser.driver());

            browser.element("tabs:transitionPlan:planSummary").sendKeys(plan);
            browser.click("tabs:transitionPlan:savePlan");
            browser.await(driver -> browser.text("transition-plan-state").startsWith("recorded on"));
            assertTrue(browser.text("transition-plan-state").contains("caseworker1"));

            browser.element("tabs:afterCareHandover:handoverService").sendKeys("Youth after-care North");
            browser.element("tabs:afterCareHandover:handoverContact").sendKeys("K. Berg");
            browser.element("tabs:afterCareHandover:handedOver").sendKeys("Transition plan, identity documents");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById(arguments[0]).value = arguments[1];",
                    "tabs:afterCareHandover:handoverConsent_input", "REFUSED");
            browser.click("tabs:afterCareHandover:saveHandover");
            browser.await(driver -> browser.text("tabs:afterCareHandover").contains("Required"));
            assertTrue(!browser.has("transition-handover"), "nothing recorded without the note a refusal needs");

            browser.element("tabs:afterCareHandover:handoverConsentNote")
                    .sendKeys("Wants to keep the same youth worker; will decide after meeting the service");
            browser.click("tabs:afterCareHandover:saveHandover");
            browser.await(driver -> browser.has("transition-handover"));
            assertEquals("the young person refused", browser.text("transition-consent"));
        }

        Map<String, Object> transition = Api.getAs("caseworker1", "/api/children/" + childId + "/transition").json();
        assertEquals(plan, transition.get("planSummary"));
        assertEquals(Boolean.FALSE, transition.get("planDue"));
        assertEquals("Youth after-care North", transition.get("afterCareService"));
        assertEquals("REFUSED", transition.get("consent"));
    }
}
