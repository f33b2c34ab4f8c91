package eu.guardian.protection;

import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * In a real browser: the protection tab opens at its screening sub-tab with every field labelled; a handover typed to
 * an enforcement body is refused on the page and recorded; one to an "other" recipient waits until the authority
 * approves it on its list.
 */
class ProtectionPagesIT {

    private static final String HANDOVER = "tabs:protectionTabs:handoverForm:";

    private static void setValue(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private static void check(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).checked = true;", id);
    }

    @Test
    void screeningComesFirstAndAnOtherRecipientWaitsForTheAuthority() {
        String family = uniqueWord();
        Reply registered = Api.postAs("caseworker1", "/api/children", child(family));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();
        String recipient = "Kinder- und Jugendhilfe Graz " + family;
        try (Browser caseworker = new Browser()) {
            caseworker.openSignedIn("/children/file.xhtml?id=" + childId + "&tab=protection", "caseworker1");
            assertEquals("protectionTab", caseworker.activeFileTab());
            caseworker.await(driver -> caseworker.element("tabs:protectionTabs:screeningForm:screenSubmit")
                    .isDisplayed());
            List<WebElement> notes = caseworker.driver().findElements(By.cssSelector("#indicators input[type=text]"));
            assertEquals(Indicator.values().length, notes.size());
            notes.forEach(note -> assertFalse(note.getAttribute("aria-label").isBlank(), "every note is labelled"));
            List<WebElement> groups = caseworker.driver().findElements(By.cssSelector(
                    "#indicators [role=radiogroup]"));
            assertEquals(Indicator.values().length, groups.size(), "every answer is a radio group");
            groups.forEach(group -> assertTrue(caseworker.has(group.getAttribute("aria-labelledby")),
                    "named by its indicator"));

            caseworker.driver().findElement(By.cssSelector("a[href='#tabs:protectionTabs:handoverSection']")).click();
            caseworker.await(driver -> caseworker.has(HANDOVER + "prepareHandover")
                    && caseworker.element(HANDOVER + "prepareHandover").isDisplayed());
            caseworker.element(HANDOVER + "recipientName").sendKeys("Immigration-Enforcement");
            setValue(caseworker, HANDOVER + "recipientCountry_input", "GB");
            setValue(caseworker, HANDOVER + "purpose_input", "CROSS_BORDER_CARE_HANDOVER");
            check(caseworker, HANDOVER + "handoverChildConsent_input");
            caseworker.click(HANDOVER + "prepareHandover");
            caseworker.await(driver -> caseworker.text("messages").contains("never disclosed"));

            caseworker.element(HANDOVER + "recipientName").clear();
            caseworker.element(HANDOVER + "recipientName").sendKeys(recipient);
            setValue(caseworker, HANDOVER + "recipientCountry_input", "AT");
            setValue(caseworker, HANDOVER + "purpose_input", "CROSS_BORDER_CARE_HANDOVER");
            check(caseworker, HANDOVER + "handoverChildConsent_input");
            caseworker.click(HANDOVER + "prepareHandover");
            caseworker.await(driver -> caseworker.pageText().contains(recipient)
                    && caseworker.pageText().contains("Awaiting approval"));
        }
        List<Map<String, Object>> handovers = Api.getAs("caseworker1", "/api/children/" + childId + "/handovers")
                .jsonList();
        assertEquals(1, handovers.size(), "the refused one was not stored: " + handovers);
        assertEquals(1, Api.getAs("auditor1", "/api/audit?childId=" + childId + "&action=DENIED").items().stream()
                .filter(e -> "Disclosure".equals(e.get("objectType"))).count(), "the refusal is recorded");

        long approvalId = Api.getAs("authority1", "/api/disclosure-approvals?size=200").items().stream()
                .filter(a -> ((Number) a.get("childId")).longValue() == childId)
                .map(a -> ((Number) a.get("id")).longValue()).findFirst().orElseThrow();
        try (Browser authority = new Browser()) {
            authority.openSignedIn("/authority/disclosure-approvals.xhtml", "authority1");
            assertEquals(recipient, authority.text("approval-recipient-" + approvalId));
            authority.driver().findElement(By.xpath("//span[@id='approval-recipient-" + approvalId
                    + "']/ancestor::tr//button[contains(@id, ':approve')]")).click();
            authority.await(driver -> !authority.has("approval-recipient-" + approvalId));
        }
        assertEquals("PREPARED", Api.getAs("caseworker1", "/api/children/" + childId + "/handovers").jsonList()
                .get(0).get("status"), "approved: the package may leave");
    }
}
