package eu.guardian.child;

import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import eu.guardian.testsupport.TestData;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * Two people correct the same child's identity at once, in real browsers: the first to save wins, the second is told
 * that someone changed the file meanwhile and keeps what they typed, and nothing of the first change is overwritten.
 */
class ConcurrentEditIT {

    private static final String CONCURRENT_CHANGE = ResourceBundle.getBundle("eu.guardian.i18n.messages",
            Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
            .getString("error.concurrentChange");

    private static void retype(Browser browser, String id, String text) {
        WebElement input = browser.element(id);
        input.clear();
        input.sendKeys(text);
    }

    @Test
    void theSecondSaveIsRefusedAndKeepsWhatWasTyped() {
        String familyName = uniqueWord();
        Api.Reply registered = Api.postAs("caseworker1", "/api/children", TestData.child(familyName));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();
        String edit = "/children/edit.xhtml?id=" + childId;

        try (Browser first = new Browser(); Browser second = new Browser()) {
            first.openSignedIn(edit, "caseworker1");
            second.openSignedIn(edit, "authority1");
            assertEquals("Amina", first.element("edit:givenNames").getAttribute("value"), "prefilled from the file");
            assertEquals("Amina", second.element("edit:givenNames").getAttribute("value"));

            String firstChange = "Amina " + uniqueWord();
            retype(first, "edit:givenNames", firstChange);
            first.click("edit:save");
            first.await(driver -> first.path().equals("/children/file.xhtml"));
            assertEquals(firstChange, first.text("given-names"));

            String secondChange = "Aminata " + uniqueWord();
            retype(second, "edit:givenNames", secondChange);
            second.click("edit:save");
            second.await(driver -> second.has("concurrent-change"));
            assertEquals(CONCURRENT_CHANGE, second.text("concurrent-change-text"));
            assertEquals("/children/edit.xhtml", second.path(), "the second user stays on the form");
            assertEquals(secondChange, second.element("edit:givenNames").getAttribute("value"),
                    "what the second user typed is still there");

            first.open("/children/file.xhtml?id=" + childId);
            assertEquals(firstChange, first.text("given-names"), "the file shows the first change");
            assertTrue(!first.pageText().contains(secondChange), "and not the refused one");
        }
    }
}
