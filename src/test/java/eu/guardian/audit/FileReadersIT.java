package eu.guardian.audit;

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

/**
 * The auditor answers "who has read this file?" from the case number in three steps (menu, type, find): one row
 * per reader with how often, and times people read, not ISO with microseconds.
 */
class FileReadersIT {

    @Test
    void fromACaseNumberToTheFilesReadersInThreeSteps() {
        String family = uniqueWord();
        Reply registered = Api.postAs("caseworker1", "/api/children", child(family));
        assertEquals(201, registered.status(), registered.body());
        String caseNumber = (String) registered.json().get("caseNumber");
        for (int i = 0; i < 2; i++) {
            assertEquals(200, Api.getAs("caseworker1", "/api/children/" + registered.id()).status());
        }
        try (Browser auditor = new Browser()) {
            auditor.openSignedIn("/auditor/index.xhtml", "auditor1");
            auditor.click("menu-file-readers");
            auditor.await(driver -> auditor.has("find:query"));
            auditor.element("find:query").sendKeys(caseNumber);
            auditor.click("find:search");
            auditor.await(driver -> auditor.has("reader-caseworker1"));
            assertTrue(auditor.text("readersHeading").contains(caseNumber), auditor.text("readersHeading"));
            String row = auditor.driver().findElement(org.openqa.selenium.By.xpath(
                    "//tr[.//*[@id='reader-caseworker1']]")).getText();
            assertTrue(row.contains("UTC") && !row.matches("(?s).*\\d{2}:\\d{2}:\\d{2}\\.\\d+.*"), row);

            // By name: the same file, reached the same way.
            auditor.element("find:query").clear();
            auditor.element("find:query").sendKeys(family);
            auditor.click("find:search");
            auditor.await(driver -> auditor.has("readersHeading")
                    && auditor.text("readersHeading").contains(caseNumber) && auditor.has("reader-caseworker1"));

            auditor.element("find:query").clear();
            auditor.element("find:query").sendKeys("Nobody" + uniqueWord());
            auditor.click("find:search");
            auditor.await(driver -> auditor.has("nothingFound"));
            assertFalse(auditor.has("readers"));
        }
        List<Map<String, Object>> readers = Api.getAs("auditor1",
                "/api/audit/children/" + registered.id() + "/readers").jsonList();
        assertTrue(readers.stream().anyMatch(r -> "caseworker1".equals(r.get("username"))
                && ((Number) r.get("reads")).longValue() >= 2), readers.toString());
    }
}
