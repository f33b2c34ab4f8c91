package eu.guardian.child;

import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The small dialogs of a child's file, in a real browser: a caseworker adds a legal status, records an age assessment
 * and moves the child; each dialog saves, closes and redraws its table on the tab the caseworker is on.
 */
class FileRecordDialogsIT {

    private static void choose(Browser browser, String selectId, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", selectId + "_input", value);
    }

    private static void openTab(Browser browser, String tab) {
        browser.driver().findElement(By.cssSelector("a[href='#tabs:" + tab + "']")).click();
    }

    @Test
    void aCaseworkerAddsAStatusAnAgeAssessmentAndAPlacement() {
        Api.Reply registered = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();
        String place = "Flat " + uniqueWord();
        String ageNote = "Interviewed with an interpreter " + uniqueWord();

        try (Browser browser = new Browser()) {
            browser.openSignedIn("/children/file.xhtml?id=" + childId, "caseworker1");

            openTab(browser, "statusesTab");
            browser.await(driver -> browser.has("tabs:statusActions:addStatusButton") && browser.element("tabs:statusActions:addStatusButton").isDisplayed());
            browser.click("tabs:statusActions:addStatusButton");
            browser.await(driver -> browser.has("statusForm:saveStatus") // the dialog is drawn when opened
                    && browser.element("statusForm:saveStatus").isDisplayed());
            choose(browser, "statusForm:statusKind", "REFUGEE");
            browser.click("statusForm:saveStatus");
            browser.await(driver -> browser.element("tabs:statuses").getText().contains("Refugee"));
            browser.await(driver -> !browser.element("statusDialog").isDisplayed());
            assertEquals("statusesTab", browser.activeFileTab(), "the caseworker stays on the tab");

            openTab(browser, "agesTab");
            browser.await(driver -> browser.has("tabs:ageActions:addAgeButton") && browser.element("tabs:ageActions:addAgeButton").isDisplayed());
            browser.click("tabs:ageActions:addAgeButton");
            browser.await(driver -> browser.has("ageForm:saveAge") // the dialog is drawn when opened
                    && browser.element("ageForm:saveAge").isDisplayed());
            choose(browser, "ageForm:ageMethod", "INTERVIEW");
            browser.element("ageForm:minimumAge_input").sendKeys("15");
            browser.element("ageForm:maximumAge_input").sendKeys("16");
            browser.element("ageForm:ageNotes").sendKeys(ageNote);
            browser.click("ageForm:saveAge");
            browser.await(driver -> browser.element("tabs:ages").getText().contains(ageNote));
            assertTrue(browser.element("tabs:ages").getText().contains("15–16"));

            openTab(browser, "placementsTab");
            browser.await(driver -> browser.has("tabs:placementActions:placeButton") && browser.element("tabs:placementActions:placeButton").isDisplayed());
            browser.click("tabs:placementActions:placeButton");
            browser.await(driver -> browser.has("placementForm:savePlacement") // the dialog is drawn when opened
                    && browser.element("placementForm:savePlacement").isDisplayed());
            choose(browser, "placementForm:placementKind", "FOSTER_FAMILY");
            browser.element("placementForm:placementPlace").sendKeys(place);
            browser.click("placementForm:savePlacement");
            browser.await(driver -> browser.element("tabs:placements").getText().contains(place));
            assertEquals("placementsTab", browser.activeFileTab());
        }

        Map<String, Object> file = Api.getAs("caseworker1", "/api/children/" + childId).json();
        assertTrue(((List<?>) file.get("legalStatuses")).toString().contains("REFUGEE"), file.toString());
        assertTrue(((List<?>) file.get("ageAssessments")).toString().contains(ageNote), file.toString());
        assertTrue(((List<?>) file.get("placements")).toString().contains(place), file.toString());
    }
}
