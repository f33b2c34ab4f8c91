package eu.guardian.complaint;

import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/** In real browsers: a caseworker lodges a child's complaint, the authority finds it in its list and takes it on. */
class ComplaintPageIT {

    private static void choose(Browser browser, String selectId, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", selectId + "_input", value);
    }

    @Test
    void aComplaintIsLodgedFoundAndAssigned() {
        Api.Reply registered = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        assertEquals(201, registered.status(), registered.body());
        String caseNumber = (String) registered.json().get("caseNumber");
        String words = "Too cold in room " + uniqueWord();
        String reference;
        try (Browser caseworker = new Browser()) {
            caseworker.openSignedIn("/complaints/lodge.xhtml", "caseworker1");
            caseworker.element("lodge:caseNumber").sendKeys(caseNumber);
            choose(caseworker, "lodge:complainant", "CHILD");
            choose(caseworker, "lodge:subject", "PLACEMENT");
            caseworker.element("lodge:description").sendKeys(words);
            caseworker.click("lodge:lodgeComplaint");
            caseworker.await(driver -> caseworker.path().equals("/complaints/detail.xhtml"));
            reference = caseworker.text("complaint-reference");
            assertTrue(reference.startsWith("CMP-"), reference);
            assertTrue(caseworker.pageText().contains(words));
        }
        try (Browser authority = new Browser()) {
            authority.openSignedIn("/complaints/index.xhtml", "authority1");
            authority.element("complaints:reference").sendKeys(reference);
            authority.click("complaints:applyFilter");
            authority.await(driver -> authority.element("complaints:table").getText().contains(reference)
                    && authority.element("complaints:table").getText().split("\n").length <= 3);
            // The table may be redrawn once more (filter on typing, then on the button): click the link it shows now.
            authority.await(driver -> {
                driver.findElement(org.openqa.selenium.By.linkText(reference)).click();
                return true;
            });
            authority.await(driver -> authority.path().equals("/complaints/detail.xhtml"));
            assertEquals("authority1", authority.element("assignForm:owner").getAttribute("value"));
            authority.click("assignForm:assign");
            authority.await(driver -> authority.text("complaint-owner").equals("authority1"));
            assertTrue(authority.text("complaint-status").length() > 0);
        }
        String owner = (String) Api.getAs("authority1", "/api/complaints?reference=" + reference).items().get(0)
                .get("owner");
        assertEquals("authority1", owner);
    }
}
