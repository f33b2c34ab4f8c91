package eu.guardian.protection;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.discharge;
import static eu.guardian.testsupport.TestData.guardianIdOf;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import eu.guardian.testsupport.Browser;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * In a real browser: a caseworker reports a child missing and records the police reference on the child's file; the
 * child's guardian sees the alert on the file and in their list of children missing now.
 */
class MissingChildPageIT {

    private static final String FORM = "tabs:protectionTabs:missingForm:";

    private static void choose(Browser browser, String selectId, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", selectId + "_input", value);
    }

    /** The protection tab, then its "missing" sub-tab (screening is the first one). */
    private static void openProtectionTab(Browser browser) {
        browser.driver().findElement(By.cssSelector("a[href='#tabs:protectionTab']")).click();
        browser.await(driver -> browser.driver().findElement(By.cssSelector(
                "a[href='#tabs:protectionTabs:missingSection']")).isDisplayed());
        browser.driver().findElement(By.cssSelector("a[href='#tabs:protectionTabs:missingSection']")).click();
        browser.await(driver -> browser.has(FORM + "reportedBy") && browser.element(FORM + "reportedBy").isDisplayed());
    }

    @Test
    void aCaseworkerReportsAChildMissingWithThePoliceReferenceAndTheGuardianSeesTheAlert() {
        String familyName = uniqueWord();
        Reply registered = Api.postAs("caseworker1", "/api/children", child(familyName));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();
        Reply appointed = Api.postAs("authority1", "/api/children/" + childId + "/guardianships",
                appointment(guardianIdOf("guardian1")));
        assertEquals(201, appointed.status(), appointed.body());
        String policeReference = "P-" + uniqueWord();
        try {
            try (Browser caseworker = new Browser()) {
                caseworker.openSignedIn("/children/file.xhtml?id=" + childId, "caseworker1");
                openProtectionTab(caseworker);
                caseworker.element(FORM + "reportedBy").sendKeys("Night staff");
                caseworker.element(FORM + "lastSeenPlace").sendKeys("Central station");
                caseworker.element(FORM + "lastSeenWearing").sendKeys("Red jacket");
                choose(caseworker, FORM + "riskLevel", "HIGH");
                caseworker.click(FORM + "reportMissing");
                caseworker.await(driver -> caseworker.has("missing-banner"));
                assertTrue(caseworker.has("police-overdue"), "no police notification yet: overdue at once");

                caseworker.await(driver -> caseworker.has(FORM + "recordPolice"));
                caseworker.element(FORM + "policeStation").sendKeys("Police station Mitte");
                caseworker.element(FORM + "policeReference").sendKeys(policeReference);
                caseworker.element(FORM + "sisAlertId").sendKeys("SIS-" + familyName);
                caseworker.click(FORM + "recordPolice");
                caseworker.await(driver -> caseworker.has("banner-police")
                        && caseworker.text("banner-police").contains(policeReference));
                assertTrue(caseworker.text("missing-count").endsWith("1"), caseworker.text("missing-count"));
            }

            try (Browser guardian = new Browser()) {
                guardian.openSignedIn("/children/file.xhtml?id=" + childId, "guardian1");
                assertTrue(guardian.has("missing-banner"), "the child's guardian sees the alert on the file");
                assertTrue(guardian.text("missing-banner").contains("Central station"));
                assertTrue(guardian.text("banner-police").contains(policeReference));
                guardian.open("/protection/missing.xhtml");
                assertTrue(guardian.has("missing-" + childId), "and in their list of children missing now");
                assertTrue(Long.parseLong(guardian.text("hours-" + childId)) >= 0);
                guardian.click("missing-" + childId);
                guardian.await(driver -> guardian.path().equals("/children/file.xhtml"));
                assertEquals("protectionTab", guardian.activeFileTab(), "the list opens the file at its protection tab");
            }
            try (Browser other = new Browser()) {
                other.openSignedIn("/protection/missing.xhtml", "guardian2");
                assertTrue(!other.has("missing-" + childId), "guardian2 does not see guardian1's ward");
            }
        } finally {
            List<Map<String, Object>> episodes = Api.getAs("caseworker1", "/api/children/" + childId
                    + "/missing-episodes").jsonList();
            episodes.stream().filter(e -> "OPEN".equals(e.get("status"))).forEach(e -> Api.postAs("caseworker1",
                    "/api/children/" + childId + "/missing-episodes/" + ((Number) e.get("id")).longValue() + "/return",
                    Map.of("returnedAt", Instant.now().toString(), "place", "Centre", "how", "Came back")));
            assertEquals(200, Api.postAs("authority1", "/api/guardianships/" + appointed.id() + "/discharge",
                    discharge("OTHER")).status(), "clean-up keeps guardian1's caseload as it was");
        }
    }
}
