package eu.guardian.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import eu.guardian.testsupport.Browser;
import eu.guardian.testsupport.Ward;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.junit.jupiter.api.Test;

/**
 * A guardian who uses only the keyboard logs a visit: Tab from field to field (after the skip link, not through the
 * menu), arrow keys to choose in a button group as in any radio group, Space to press, and an error that takes the
 * focus to the field to correct.
 */
class VisitKeyboardIT {

    private static WebElement focused(WebDriver driver) {
        return driver.switchTo().activeElement();
    }

    /** Presses Tab until the focused element matches; fails after 60 presses. */
    private static WebElement tabTo(Browser browser, String what, Predicate<WebElement> wanted) {
        for (int i = 0; i < 60; i++) {
            WebElement now = focused(browser.driver());
            if (wanted.test(now)) {
                return now;
            }
            now.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + what);
    }

    private static Predicate<WebElement> id(String id) {
        return e -> id.equals(e.getAttribute("id"));
    }

    private static Predicate<WebElement> inside(Browser browser, String groupId) {
        return e -> browser.element(groupId).findElements(By.cssSelector(".ui-button")).contains(e);
    }

    @Test
    void aVisitIsLoggedWithTabArrowsAndSpaceOnly() {
        try (Ward ward = Ward.of("guardian1"); Browser browser = new Browser()) {
            long childId = ward.childId();
            browser.openSignedIn("/visits/log.xhtml?child=" + childId, "guardian1");
            browser.await(driver -> browser.has("visit:save"));
            browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement skip = focused(browser.driver());
            assertEquals("skip-link", skip.getAttribute("id"));
            skip.sendKeys(Keys.ENTER);

            // Saved without the required answers: the focus goes to the first field to correct.
            tabTo(browser, "save", id("visit:save")).sendKeys(Keys.SPACE);
            browser.await(driver -> !"visit:save".equals(focused(driver).getAttribute("id"))
                    && !focused(driver).findElements(By.xpath("ancestor::*[contains(@class,'app-field')]"
                            + "[.//*[contains(@class,'ui-message-error')]]")).isEmpty());

            tabTo(browser, "duration", id("visit:duration")).sendKeys("45");
            WebElement yes = tabTo(browser, "seen alone", inside(browser, "visit:seenAlone"));
            assertTrue(yes.getText().contains("Yes"), yes.getText());
            yes.sendKeys(Keys.SPACE);
            browser.await(driver -> browser.element("visit:seenAlone").findElements(By.cssSelector(
                    ".ui-state-active")).size() == 1);
            yes.sendKeys(Keys.ARROW_RIGHT);
            browser.await(driver -> focused(driver).getText().contains("No")
                    && "true".equals(focused(driver).getAttribute("aria-checked")));
            tabTo(browser, "child's views", id("visit:childViews")).sendKeys("I like the football club.");
            tabTo(browser, "save", id("visit:save")).sendKeys(Keys.SPACE);
            browser.await(driver -> browser.path().equals("/guardian/my-children.xhtml"));

            Reply visits = Api.getAs("guardian1", "/api/children/" + childId + "/visits");
            List<Map<String, Object>> items = visits.items();
            assertEquals(1, items.size(), visits.body());
            assertEquals(Boolean.FALSE, items.get(0).get("seenAlone"), "the arrow key chose No");
            assertEquals(45, ((Number) items.get(0).get("durationMinutes")).intValue());
        }
    }
}
