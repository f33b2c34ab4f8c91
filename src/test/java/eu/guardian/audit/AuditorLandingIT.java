package eu.guardian.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The auditor's landing page tells the chain's verification status (hours since the newest verified checkpoint, the
 * entries written since) and their own PDF exports waiting, each count opening the trail (docs/accessibility.md,
 * "Work first").
 */
class AuditorLandingIT {

    private static long count(Browser browser, String id) {
        return Long.parseLong(browser.driver().findElement(By.cssSelector("[id='" + id + "'] .app-indicator-value"))
                .getText().replaceAll("\\D", ""));
    }

    @Test
    void theAuditorSeesTheVerificationStatusAndTheirExportsWaiting() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        assertEquals(0, CheckpointCommand.run(AuditCommandLine.of(ChainTampering.commandEnvironment()),
                new PrintStream(printed, true, StandardCharsets.UTF_8)), printed.toString(StandardCharsets.UTF_8));
        Api.Reply started = Api.postAs("auditor1", "/api/audit/exports?action=DENIED", Map.of());
        assertEquals(202, started.status(), started.body());

        try (Browser auditor = new Browser()) {
            auditor.openSignedIn("/auditor/index.xhtml", "auditor1");
            assertEquals(0, count(auditor, "work-ux-work-checkpointAgeHours"), "signed a moment ago");
            assertFalse(auditor.element("work-ux-work-checkpointAgeHours").getAttribute("class")
                    .contains("app-indicator-attention"), "a fresh checkpoint is not overdue");
            long since = count(auditor, "work-ux-work-entriesSinceCheckpoint");
            assertTrue(since >= 1 && since < 1000, "the export and the sign-in came after it: " + since);
            assertTrue(count(auditor, "work-ux-work-exportsWaiting") >= 1, auditor.text("work"));

            auditor.click("work-ux-work-exportsWaiting");
            auditor.await(driver -> auditor.path().equals("/auditor/trail.xhtml") && auditor.has("pdfExportState"));

            auditor.open("/auditor/index.xhtml");
            auditor.awaitGuardianPage();
            auditor.click("work-ux-work-entriesSinceCheckpoint");
            auditor.await(driver -> auditor.path().equals("/auditor/trail.xhtml")
                    && auditor.has("integrity:verifyChain"));
        }
    }
}
