package eu.guardian.child;

import static eu.guardian.child.CaseworkPagesSupport.openTab;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import eu.guardian.testsupport.Accessibility;
import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * In a real browser (docs/domain-rules.md#responsible-caseworker): a caseworker takes a case on themselves on the
 * case-team tab and finds it under "My cases" in the menu; the authority assigns it to another caseworker, and it
 * leaves the first one's caseload.
 */
class MyCasesPageIT {

    @Test
    void aCaseworkerTakesACaseOnAndTheAuthorityHandsItToAnother() {
        Api.Reply registered = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();

        try (Browser browser = new Browser()) {
            browser.openSignedIn("/children/file.xhtml?id=" + childId, "caseworker1");
            openTab(browser, "teamTab", "tabs:responsibleForm:takeOnCase");
            browser.click("tabs:responsibleForm:takeOnCase");
            browser.await(driver -> browser.text("responsible-now").equals("caseworker1"));
            assertEquals("caseworker1", Api.getAs("caseworker1", "/api/children/" + childId).json()
                    .get("responsibleCaseworker"));

            browser.click("menu-my-cases");
            browser.await(driver -> browser.path().equals("/caseworker/my-cases.xhtml"));
            showLastPage(browser);
            browser.await(driver -> browser.has("my-case-" + childId));
            Accessibility.assertNone(browser.driver());
        }

        try (Browser authority = new Browser()) {
            authority.openSignedIn("/children/file.xhtml?id=" + childId, "authority1");
            openTab(authority, "teamTab", "tabs:responsibleForm:assignCase");
            assertFalse(authority.has("tabs:responsibleForm:takeOnCase"), "the authority assigns, it takes no case");
            authority.element("tabs:responsibleForm:responsibleUsername").sendKeys("caseworker-north");
            authority.click("tabs:responsibleForm:assignCase");
            authority.await(driver -> authority.text("responsible-now")
                    .equals("caseworker-north"));
        }

        try (Browser browser = new Browser()) {
            browser.openSignedIn("/caseworker/my-cases.xhtml", "caseworker1");
            showLastPage(browser);
            assertFalse(browser.has("my-case-" + childId), "no longer in caseworker1's caseload");
        }
    }

    /** Cases are listed by case number: a new one is on the last page when earlier runs left more than a page. */
    private static void showLastPage(Browser browser) {
        var last = browser.driver().findElements(By.cssSelector("#myCases\\:table .ui-paginator-last"));
        if (!last.isEmpty() && !last.get(0).getAttribute("class").contains("ui-state-disabled")) {
            last.get(0).click();
            browser.await(driver -> driver.findElements(By.cssSelector("#myCases\\:table .ui-datatable-loading"))
                    .isEmpty());
        }
    }
}
