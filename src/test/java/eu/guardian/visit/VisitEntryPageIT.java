package eu.guardian.visit;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.discharge;
import static eu.guardian.testsupport.TestData.guardianIdOf;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The rest of a visit entry's life in a real browser: a guardian logs a visit with a follow-up and a concern,
 * corrects the entry within the window, marks the follow-up done, and once the window has closed adds an addendum.
 */
class VisitEntryPageIT {

    private static void pressOption(Browser browser, String buttonsId, String label) {
        browser.driver().findElement(By.xpath("//*[@id='" + buttonsId + "']//div[contains(@class,'ui-button')]"
                + "[.//*[normalize-space(text())='" + label + "'] or normalize-space(.)='" + label + "']")).click();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onlyVisitOf(long childId) {
        Reply visits = Api.getAs("guardian1", "/api/children/" + childId + "/visits");
        assertEquals(200, visits.status(), visits.body());
        List<Map<String, Object>> items = (List<Map<String, Object>>) visits.json().get("items");
        assertEquals(1, items.size(), visits.body());
        return items.get(0);
    }

    @Test
    void aGuardianLogsCorrectsCompletesAndAddsToAVisitEntry() {
        Reply registered = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();
        Reply appointed = Api.postAs("authority1", "/api/children/" + childId + "/guardianships",
                appointment(guardianIdOf("guardian1")));
        assertEquals(201, appointed.status(), appointed.body());
        String action = "Ask the school about enrolment " + uniqueWord();
        String worry = "Says the room is cold at night " + uniqueWord();
        String addendum = "The key worker left after ten minutes " + uniqueWord();
        try (Browser browser = new Browser()) {
            browser.openSignedIn("/visits/log.xhtml?child=" + childId, "guardian1");
            browser.element("visit:duration").sendKeys("45");
            pressOption(browser, "visit:seenAlone", "Yes");
            browser.element("visit:childViews").sendKeys("I want to play football.");
            browser.click("visit:addFollowUp");
            browser.await(driver -> browser.has("visit:followUps:0:followUpAction"));
            browser.element("visit:followUps:0:followUpAction").sendKeys(action);
            browser.element("visit:followUps:0:followUpOwner").sendKeys("Guardian");
            browser.driver().findElement(By.cssSelector("[id='visit:raiseConcern'] .ui-chkbox-box")).click();
            browser.await(driver -> browser.has("visit:concernDescription"));
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById(arguments[0]).value = arguments[1];", "visit:concernType_input", "HEALTH");
            pressOption(browser, "visit:concernUrgency", "Normal");
            browser.element("visit:concernDescription").sendKeys(worry);
            browser.click("visit:save");
            browser.await(driver -> browser.path().equals("/guardian/my-children.xhtml"));

            Map<String, Object> logged = onlyVisitOf(childId);
            assertTrue(logged.get("followUps").toString().contains(action), logged.toString());
            assertTrue(logged.get("concerns").toString().contains(worry), logged.toString());
            long visitId = ((Number) logged.get("id")).longValue();

            browser.open("/visits/log.xhtml?visit=" + visitId);
            WebElement duration = browser.element("visit:duration");
            duration.clear();
            duration.sendKeys("60");
            browser.click("visit:save");
            browser.await(driver -> browser.pageText().contains("has been corrected"));
            assertEquals(60L, ((Number) onlyVisitOf(childId).get("durationMinutes")).longValue(), "corrected");

            browser.driver().findElement(By.cssSelector("#existing-follow-ups button")).click();
            browser.await(driver -> browser.pageText().contains("marked done"));
            assertTrue(browser.text("existing-follow-ups").contains("done on"));

            assertEquals(200, Api.putAs("admin1", "/api/settings/visit.correction-hours", Map.of("value", 0))
                    .status());
            try {
                browser.open("/visits/log.xhtml?visit=" + visitId);
                browser.element("visit:addendum").sendKeys(addendum);
                browser.click("visit:saveAddendum");
                browser.await(driver -> browser.has("addenda") && browser.text("addenda").contains(addendum));
            } finally {
                assertEquals(200, Api.putAs("admin1", "/api/settings/visit.correction-hours", Map.of("value", 24))
                        .status());
            }
            Map<String, Object> entry = onlyVisitOf(childId);
            assertTrue(entry.get("addenda").toString().contains(addendum), entry.toString());
            assertEquals(60L, ((Number) entry.get("durationMinutes")).longValue(), "an addendum leaves the entry");
        } finally {
            Api.postAs("authority1", "/api/guardianships/" + appointed.id() + "/discharge",
                    discharge("GUARDIAN_UNAVAILABLE"));
        }
    }
}
