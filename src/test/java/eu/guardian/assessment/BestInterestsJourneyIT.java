package eu.guardian.assessment;

import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * In a real browser: caseworker1 drafts a best-interests assessment from the child's file and submits it,
 * authority1 (another person) approves it, and the child's file shows the next review date.
 */
class BestInterestsJourneyIT {

    private static void set(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private static void openBestInterestsTab(Browser browser) {
        browser.driver().findElement(By.cssSelector("a[href$='bestInterestsTab']")).click();
        browser.await(driver -> browser.has("next-review") && browser.element("next-review").isDisplayed());
    }

    @Test
    void caseworkerDraftsAndSubmitsAuthorityApprovesAndTheFileShowsTheNextReview() {
        String familyName = uniqueWord();
        Api.Reply registered = Api.postAs("caseworker1", "/api/children", child(familyName));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();
        String views = "I want to stay in this town " + familyName;

        long assessmentId;
        try (Browser caseworker = new Browser()) {
            caseworker.openSignedIn("/children/file.xhtml?id=" + childId, "caseworker1");
            openBestInterestsTab(caseworker);
            caseworker.click("tabs:assessmentTabForm:newAssessment");
            caseworker.await(driver -> caseworker.path().equals("/assessments/edit.xhtml"));
            assessmentId = Long.parseLong(caseworker.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            assertEquals("Draft", caseworker.text("assessment-status"));

            set(caseworker, "editor:tabs:heard_input", "true");
            set(caseworker, "editor:tabs:language_input", "ps");
            set(caseworker, "editor:tabs:weighing", "Fifteen and mature: her views weigh heavily.");
            set(caseworker, "editor:tabs:findings_CHILD_VIEWS", views);
            set(caseworker, "editor:tabs:risk_CHILD_VIEWS_input", "LOW");
            set(caseworker, "editor:tabs:findings_FAMILY", "Mother in Kabul, weekly calls.");
            set(caseworker, "editor:tabs:risk_FAMILY_input", "MEDIUM");
            set(caseworker, "editor:tabs:findings_CARE_PROTECTION_SAFETY", "No trafficking indicators.");
            set(caseworker, "editor:tabs:risk_CARE_PROTECTION_SAFETY_input", "LOW");
            set(caseworker, "editor:tabs:findings_DEVELOPMENT_WELLBEING", "Goes to school, has friends.");
            set(caseworker, "editor:tabs:risk_DEVELOPMENT_WELLBEING_input", "NONE");
            set(caseworker, "editor:tabs:recommendations", "Stay in the current placement; start family tracing.");
            caseworker.click("editor:submit");
            caseworker.await(driver -> caseworker.text("assessment-status").equals("Submitted"));
            assertTrue(caseworker.pageText().contains("Assessment submitted for approval."));
            assertTrue(!caseworker.has("editor:approve"), "the author is offered no approval");
        }

        try (Browser authority = new Browser()) {
            authority.openSignedIn("/assessments/edit.xhtml?id=" + assessmentId, "authority1");
            authority.click("editor:approve");
            authority.await(driver -> authority.text("assessment-status").equals("Approved"));
            assertTrue(authority.has("immutable-note"));
        }

        String expected = LocalDate.now(ZoneOffset.UTC).plusMonths(6).format(DateTimeFormatter.ofPattern(datePattern()));
        try (Browser caseworker = new Browser()) {
            caseworker.openSignedIn("/children/file.xhtml?id=" + childId, "caseworker1");
            openBestInterestsTab(caseworker);
            assertEquals(expected, caseworker.text("next-review-date"));
            assertEquals("Approved", caseworker.text("assessment-status-" + assessmentId));
        }
        Map<String, Object> stored = Api.getAs("auditor1", "/api/assessments/" + assessmentId).json();
        assertEquals("APPROVED", stored.get("status"));
        assertEquals("caseworker1", stored.get("author"));
        assertEquals("authority1", stored.get("decidedBy"));
    }

    private static String datePattern() {
        return java.util.ResourceBundle.getBundle("eu.guardian.i18n.messages", java.util.Locale.ENGLISH)
                .getString("date.pattern");
    }
}
