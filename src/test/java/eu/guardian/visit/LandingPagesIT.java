package eu.guardian.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import eu.guardian.testsupport.Browser;
import eu.guardian.testsupport.Ward;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each role starts from its work: the landing page counts what waits (an urgent concern for the caseworker, the
 * guardian's own children) and each count leads to its list; on a phone the counts come before the role's text, the
 * menu is folded, and a child's file opens with its summary (name, guardian, next contact) on the first screen.
 */
class LandingPagesIT {

    private static long count(Browser browser, String id) {
        return Long.parseLong(browser.driver().findElement(org.openqa.selenium.By.cssSelector(
                "[id='" + id + "'] .app-indicator-value")).getText().replaceAll("\\D", ""));
    }

    @Test
    void theCaseworkerIsToldOfAnUrgentConcernAndTheGuardianOfTheirChildren() {
        try (Ward ward = Ward.of("guardian1")) {
            long childId = ward.childId();
            Map<String, Object> visit = VisitApiIT.visit();
            visit.put("concerns", List.of(Map.of("type", "HEALTH", "urgency", "URGENT",
                    "description", "Has not eaten for two days.")));
            Reply logged = Api.postAs("guardian1", "/api/children/" + childId + "/visits", visit);
            assertEquals(201, logged.status(), logged.body());

            try (Browser caseworker = new Browser()) {
                caseworker.openSignedIn("/caseworker/index.xhtml", "caseworker1");
                String urgent = "work-ux-work-concernsToAcknowledge";
                assertTrue(count(caseworker, urgent) >= 1, caseworker.text(urgent));
                assertTrue(caseworker.element(urgent).getAttribute("class").contains("app-indicator-attention"));
                caseworker.click(urgent);
                caseworker.await(driver -> caseworker.path().equals("/visits/concerns.xhtml"));
            }
            try (Browser guardian = new Browser(360, 740)) {
                guardian.openSignedIn("/guardian/index.xhtml", "guardian1");
                assertTrue(count(guardian, "work-ux-work-wards") >= 1, guardian.text("work"));
                long top = ((Number) ((org.openqa.selenium.JavascriptExecutor) guardian.driver()).executeScript(
                        "return document.getElementById('work').getBoundingClientRect().bottom;")).longValue();
                assertTrue(top <= 740, "the counts are on the phone's first screen: " + top);
                assertFalse(guardian.element("main-menu-entries").isDisplayed(), "the menu is folded on a phone");
                guardian.click("menu-toggle");
                guardian.await(driver -> guardian.element("menu-my-children").isDisplayed());
                guardian.click("work-ux-work-wards");
                guardian.await(driver -> guardian.path().equals("/guardian/my-children.xhtml"));

                // The child's file opens with its summary on the first screen, and nothing scrolls sideways.
                guardian.open("/children/file.xhtml?id=" + childId);
                guardian.await(driver -> guardian.has("summary-next-contact"));
                org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) guardian.driver();
                for (String id : List.of("child-name", "summary-guardian", "summary-next-contact")) {
                    long bottom = ((Number) js.executeScript("return document.getElementById(arguments[0])"
                            + ".getBoundingClientRect().bottom;", id)).longValue();
                    assertTrue(bottom <= 740, id + " on the first screen: " + bottom);
                }
                assertFalse((Boolean) js.executeScript(
                        "return document.documentElement.scrollWidth > window.innerWidth + 1;"), "no sideways scroll");
            }
        }
    }
}
