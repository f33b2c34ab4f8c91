package eu.guardian.audit;

import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import eu.guardian.testsupport.Browser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The auditor's console in a real browser: the trail of one child, and its CSV export. */
class AuditConsoleIT {

    @Test
    void theAuditorFiltersTheTrailForOneChildAndExportsIt() {
        Reply registered = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();
        assertEquals(200, Api.getAs("caseworker1", "/api/children/" + childId).status());

        try (Browser auditor = new Browser()) {
            auditor.openSignedIn("/auditor/trail.xhtml", "auditor1");
            // The chain's state: the oversight body's last checkpoint (or none yet), and a verification on demand.
            assertTrue(auditor.text("checkpointState").contains("checkpoint"), auditor.text("checkpointState"));
            auditor.click("integrity:verifyChain");
            auditor.await(driver -> auditor.has("integrity:verificationIntact"));
            assertTrue(auditor.text("integrity:verificationIntact").contains("Intact"));
            auditor.element("trail:childId").sendKeys(String.valueOf(childId));
            auditor.click("trail:applyFilter");
            auditor.await(driver -> auditor.pageText().contains("caseworker1")
                    && !auditor.pageText().contains("auditor1 auditor"));
            // The creation's detail: every field of the entry and what it recorded, field by field (the child's own
            // creation, not the care-plan items and review its registration created after it).
            auditor.driver().findElement(By.xpath(
                    "//tr[contains(., 'Created') and contains(., 'caseNumber')]//button[contains(@id, ':detail')]"))
                    .click();
            auditor.await(driver -> auditor.has("entryDetail") && auditor.text("entryDetail").contains("caseNumber"));
            assertTrue(auditor.text("entryDetail").contains("Previous entry's hash"), auditor.text("entryDetail"));
            assertTrue(auditor.text("entryDetail").contains("MAC key"), auditor.text("entryDetail"));
            auditor.driver().findElement(By.cssSelector("#entryDetail .ui-dialog-titlebar-close")).click();
            String href = auditor.element("trail:export").getAttribute("href");
            assertTrue(href.contains("childId=" + childId), href);

            String csv = (String) ((JavascriptExecutor) auditor.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));", href);
            String[] lines = csv.split("\r?\n");
            assertTrue(lines[0].startsWith("id,occurred_at_utc,username"), lines[0]);
            assertTrue(lines.length >= 3, "the creation and the read of the file: " + csv);
            for (int i = 1; i < lines.length; i++) {
                assertTrue(lines[i].contains("," + childId + ","), "only this child's entries: " + lines[i]);
            }

            auditor.click("trail:exportPdf");
            auditor.await(driver -> auditor.has("trail:pdfDownload"));
            String pdfHref = auditor.element("trail:pdfDownload").getAttribute("href");
            String pdfStart = (String) ((JavascriptExecutor) auditor.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => r.text()).then(t => done(t.substring(0, 5)),"
                            + " e => done('failed: ' + e));", pdfHref);
            assertEquals("%PDF-", pdfStart);
        }

        Reply export = Api.getAs("auditor1", "/api/audit/export.csv?childId=" + childId);
        assertEquals(200, export.status());
        assertTrue(export.body().contains("caseworker1"));
        assertEquals(403, Api.getAs("admin1", "/api/audit/export.csv").status());
    }

    @Test
    void aPdfExportRunsInTheBackgroundAndOnlyForTheAuditor() throws InterruptedException {
        long childId = Api.postAs("caseworker1", "/api/children", child(uniqueWord())).id();
        assertEquals(403, Api.postAs("caseworker1", "/api/audit/exports?childId=" + childId, Map.of()).status());
        Reply started = Api.postAs("auditor1", "/api/audit/exports?childId=" + childId, Map.of());
        assertEquals(202, started.status(), started.body());
        String id = (String) started.json().get("id");
        Map<String, Object> progress = started.json();
        for (int poll = 0; poll < 120 && "RUNNING".equals(progress.get("status")); poll++) {
            Thread.sleep(500);
            progress = Api.getAs("auditor1", "/api/audit/exports/" + id).json();
        }
        assertEquals("DONE", progress.get("status"), progress.toString());
        assertTrue(((Number) progress.get("total")).intValue() >= 1, "at least the registration of this child");
        assertEquals(progress.get("total"), progress.get("written"), progress.toString());
        Reply file = Api.getAs("auditor1", "/api/audit/exports/" + id + "/file");
        assertEquals(200, file.status());
        assertTrue(file.body().startsWith("%PDF-"));
        assertEquals(404, Api.getAs("auditor1", "/api/audit/exports/no-such-export").status());
    }
}
