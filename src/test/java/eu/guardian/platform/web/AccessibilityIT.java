package eu.guardian.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Accessibility;
import eu.guardian.testsupport.Browser;
import eu.guardian.testsupport.Ward;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * WCAG 2.1 AA as axe-core can check it, on the pages each role works on, on a desktop in English and on a phone in
 * German: no critical or serious violation (docs/accessibility.md). Every page is visited before the test fails, so
 * one run lists all that is left; the keyboard can reach the content through the skip link.
 */
class AccessibilityIT {

    private static final List<String> CASEWORKER_PAGES = List.of("/caseworker/index.xhtml", "/children/index.xhtml",
            "/children/register.xhtml", "/guardianship/queue.xhtml", "/visits/concerns.xhtml",
            "/visits/overdue.xhtml", "/assessments/due.xhtml", "/protection/not-screened.xhtml",
            "/protection/missing.xhtml", "/care-plan/overdue.xhtml", "/complaints/lodge.xhtml");
    private static final List<String> GUARDIAN_PAGES = List.of("/guardian/index.xhtml",
            "/guardian/my-children.xhtml");
    private static final List<String> AUDITOR_PAGES = List.of("/auditor/index.xhtml", "/auditor/trail.xhtml",
            "/oversight/dashboard.xhtml");
    private static final List<String> AUTHORITY_PAGES = List.of("/authority/index.xhtml", "/guardians/index.xhtml",
            "/complaints/index.xhtml");
    private static final List<String> OTHER_PAGES = List.of("/reception/index.xhtml", "/admin/index.xhtml",
            "/admin/settings.xhtml");

    private static void visit(Browser browser, String path, List<String> findings) {
        browser.open(path);
        browser.awaitGuardianPage();
        collect(browser, findings);
    }

    private static void collect(Browser browser, List<String> findings) {
        try {
            Accessibility.assertNone(browser.driver());
        } catch (AssertionError e) {
            findings.add(e.getMessage());
        }
    }

    private static void survey(int width, int height, String language, long childId, List<String> findings) {
        try (Browser browser = new Browser(width, height, language)) {
            browser.openSignedIn("/caseworker/index.xhtml", "caseworker1");
            collect(browser, findings);
            for (String path : CASEWORKER_PAGES) {
                visit(browser, path, findings);
            }
            visit(browser, "/children/file.xhtml?id=" + childId, findings);
            for (WebElement tab : browser.driver().findElements(By.cssSelector(".ui-tabs-nav li a"))) {
                if (tab.isDisplayed()) {
                    tab.click();
                    collect(browser, findings);
                }
            }
        }
        try (Browser browser = new Browser(width, height, language)) {
            browser.openSignedIn("/guardian/index.xhtml", "guardian1");
            for (String path : GUARDIAN_PAGES) {
                visit(browser, path, findings);
            }
            visit(browser, "/visits/log.xhtml?child=" + childId, findings);
            browser.click("visit:save");
            browser.await(driver -> !browser.driver().findElements(By.cssSelector(".ui-state-error")).isEmpty());
            collect(browser, findings);
        }
        for (String[] role : new String[][] {{"auditor1", null}, {"authority1", null}, {"reception1", null},
                {"admin1", null}}) {
            try (Browser browser = new Browser(width, height, language)) {
                List<String> pages = switch (role[0]) {
                    case "auditor1" -> AUDITOR_PAGES;
                    case "authority1" -> AUTHORITY_PAGES;
                    case "reception1" -> OTHER_PAGES.subList(0, 1);
                    default -> OTHER_PAGES.subList(1, 3);
                };
                browser.openSignedIn(pages.get(0), role[0]);
                collect(browser, findings);
                for (String path : pages.subList(1, pages.size())) {
                    visit(browser, path, findings);
                }
            }
        }
    }

    @Test
    void everyRolesPagesHaveNoCriticalOrSeriousViolationOnDesktopAndPhone() {
        List<String> findings = new ArrayList<>();
        try (Ward ward = Ward.of("guardian1")) {
            survey(1366, 900, "en-US", ward.childId(), findings);
            survey(360, 740, "de-DE", ward.childId(), findings);
        }
        assertTrue(findings.isEmpty(), findings.size() + " page states with violations:\n"
                + String.join("\n\n", findings));
    }

    @Test
    void theSkipLinkTakesTheKeyboardPastTheMenuToTheContent() {
        try (Browser browser = new Browser()) {
            browser.openSignedIn("/children/register.xhtml", "caseworker1");
            WebElement body = browser.driver().findElement(By.tagName("body"));
            body.sendKeys(Keys.TAB);
            WebElement first = browser.driver().switchTo().activeElement();
            assertEquals("skip-link", first.getAttribute("id"), "the first Tab reaches the skip link");
            assertTrue(first.isDisplayed(), "the skip link shows when focused");
            first.sendKeys(Keys.ENTER);
            first = browser.driver().switchTo().activeElement();
            first.sendKeys(Keys.TAB);
            WebElement next = browser.driver().switchTo().activeElement();
            assertTrue(browser.driver().findElement(By.id("content")).findElements(By.xpath(".//*"))
                    .contains(next), "after the skip link, Tab goes to the page's content, not the menu: "
                    + next.getAttribute("id"));
        }
    }
}
