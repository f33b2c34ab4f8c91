package eu.guardian.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Browser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * Every page of every role's menu works under the Content-Security-Policy: the browser reports no script, style or
 * other resource it had to block, and PrimeFaces' scripts run (the menu's page loads its widgets).
 */
class ContentSecurityPolicyIT {

    /** Installed in every document before its own scripts run: collects what the policy blocked. */
    private static final String RECORD_VIOLATIONS = "window.blockedByPolicy = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + " window.blockedByPolicy.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':'"
            + " + e.lineNumber); });";

    @ParameterizedTest
    @ValueSource(strings = {"reception1", "caseworker1", "guardian1", "authority1", "auditor1", "admin1"})
    void noPageOfTheMenuHasAnythingBlocked(String username) {
        try (Browser browser = new Browser()) {
            ((ChromiumDriver) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                    Map.of("source", RECORD_VIOLATIONS));
            browser.openSignedIn("/", username);
            List<String> pages = browser.driver().findElements(By.cssSelector("#main-menu a")).stream()
                    .map(link -> link.getAttribute("href")).toList();
            assertFalse(pages.isEmpty());
            for (String page : pages) {
                browser.driver().get(page);
                browser.awaitGuardianPage();
                assertEquals(List.of(), blocked(browser), page);
                assertTrue(primeFacesRan(browser), "PrimeFaces' scripts ran on " + page);
                assertFalse(browser.has("notice-error-500"), page);
            }
            // The bell's panel opens through handlers PrimeFaces moved into its script with the page's nonce.
            browser.click("bellForm:bell");
            browser.await(driver -> browser.element("bellForm:bellPanel").isDisplayed());
            assertEquals(List.of(), blocked(browser));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> blocked(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("return window.blockedByPolicy;");
    }

    private static boolean primeFacesRan(Browser browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "return !!(window.PrimeFaces && PrimeFaces.csp && window.jQuery);"));
    }
}
