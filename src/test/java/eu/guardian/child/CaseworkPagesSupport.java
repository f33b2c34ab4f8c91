package eu.guardian.child;

import eu.guardian.testsupport.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** What the issue-17 page tests do alike in a child's file: open a tab, choose in a PrimeFaces select. */
final class CaseworkPagesSupport {

    private CaseworkPagesSupport() {
    }

    /** Opens a tab of the file (drawn when first opened) and waits until the element with this id is shown. */
    static void openTab(Browser browser, String tab, String awaitedId) {
        browser.driver().findElement(By.cssSelector("a[href='#tabs:" + tab + "']")).click();
        browser.await(driver -> browser.has(awaitedId) && browser.element(awaitedId).isDisplayed());
    }

    /** Chooses a value of a p:selectOneMenu (its hidden select is what the form sends). */
    static void choose(Browser browser, String selectId, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", selectId + "_input", value);
    }
}
