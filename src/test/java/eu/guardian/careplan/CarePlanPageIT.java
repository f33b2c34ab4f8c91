package eu.guardian.careplan;

import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static eu.guardian.testsupport.TestData.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** In a real browser: a caseworker plans a health check on the child's file, already past due, and sees it flagged. */
class CarePlanPageIT {

    @Test
    void aCaseworkerAddsAnItemAndSeesItFlaggedOverdue() {
        Api.Reply registered = Api.postAs("caseworker1", "/api/children", with(child(uniqueWord()),
                "identifiedOn", LocalDate.now().minusDays(40).toString()));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();
        String agency = "Clinic " + uniqueWord();

        try (Browser browser = new Browser()) {
            browser.openSignedIn("/children/file.xhtml?id=" + childId, "caseworker1");
            browser.driver().findElement(By.cssSelector("a[href='#tabs:carePlanTab']")).click();
            browser.await(driver -> browser.has("tabs:carePlanList:addCarePlanItem") && browser.element("tabs:carePlanList:addCarePlanItem").isDisplayed());
            browser.click("tabs:carePlanList:addCarePlanItem");
            browser.await(driver -> browser.element("tabs:carePlanForm:itemAgency").isDisplayed());
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById(arguments[0]).value = arguments[1];",
                    "tabs:carePlanForm:itemType_input", "HEALTH_CHECK");
            browser.element("tabs:carePlanForm:itemAgency").sendKeys(agency);
            browser.element("tabs:carePlanForm:itemPerson").sendKeys("Dr Weiss");
            browser.element("tabs:carePlanForm:itemDueOn_input").sendKeys(
                    LocalDate.now().minusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            browser.click("tabs:carePlanForm:saveItem");
            browser.await(driver -> browser.element("tabs:carePlanList:carePlanTable").getText().contains(agency));

            List<Map<String, Object>> items = Api.getAs("caseworker1", "/api/children/" + childId + "/care-plan")
                    .jsonList().stream().filter(item -> agency.equals(item.get("agency"))).toList();
            assertEquals(1, items.size());
            long itemId = ((Number) items.get(0).get("id")).longValue();
            assertEquals(true, items.get(0).get("overdue"));
            browser.await(driver -> browser.has("overdue-" + itemId));
            assertTrue(browser.has("care-plan-overdue-note"), "the tab says that items are overdue");
        }
    }
}
