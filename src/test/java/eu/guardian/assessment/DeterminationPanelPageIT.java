package eu.guardian.assessment;

import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The panel page in a real browser: a caseworker convenes a panel for a child, a member meets the confidentiality
 * undertaking before the file and then sees it, and the authority finds the "assessments due" list in the menu.
 */
class DeterminationPanelPageIT {

    private static void set(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    @Test
    void caseworkerConvenesAPanelAndAMemberSignsTheUndertakingBeforeSeeingTheFile() {
        Api.Reply registered = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        assertEquals(201, registered.status(), registered.body());
        String proposal = "Reunite with the aunt in Sweden " + uniqueWord();
        long determinationId;
        try (Browser caseworker = new Browser()) {
            caseworker.openSignedIn("/assessments/determination.xhtml?child=" + registered.id(), "caseworker1");
            assertTrue(caseworker.text("panel-rules").contains("3"), caseworker.text("panel-rules"));
            set(caseworker, "convene:subject_input", "FAMILY_REUNIFICATION_ABROAD");
            caseworker.element("convene:proposal").sendKeys(proposal);
            String[][] members = {{"authority1", "LAW"}, {"guardian2", "GUARDIANSHIP"}, {"caseworker1", "SOCIAL_WORK"}};
            for (int i = 0; i < members.length; i++) {
                caseworker.element("convene:members:" + i + ":memberUsername").sendKeys(members[i][0]);
                caseworker.element("convene:members:" + i + ":memberName").sendKeys("Member " + members[i][0]);
                set(caseworker, "convene:members:" + i + ":memberDiscipline_input", members[i][1]);
            }
            caseworker.click("convene:conveneButton");
            caseworker.await(driver -> caseworker.driver().getCurrentUrl().matches(".*determination.xhtml\\?id=\\d+.*"));
            determinationId = Long.parseLong(caseworker.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            assertTrue(caseworker.has("undertaking-text"), "the convener is a member too: undertaking first");
            assertFalse(caseworker.pageText().contains(proposal));
        }
        try (Browser member = new Browser()) {
            member.openSignedIn("/assessments/determination.xhtml?id=" + determinationId, "authority1");
            assertTrue(member.has("undertaking-text"));
            assertFalse(member.pageText().contains(proposal), "no file before the undertaking");
            member.click("undertaking:sign");
            member.await(driver -> member.has("proposal-text"));
            assertEquals(proposal, member.text("proposal-text"));
            assertTrue(member.has("panel:stance"), "a member who signed records a position");
        }
        try (Browser outsider = new Browser()) {
            outsider.openSignedIn("/assessments/determination.xhtml?id=" + determinationId, "guardian1");
            assertTrue(outsider.has("determination-refused"));
            assertFalse(outsider.pageText().contains(proposal));
        }
        try (Browser authority = new Browser()) {
            authority.openSignedIn("/authority/index.xhtml", "authority1");
            authority.click("menu-assessments-due");
            authority.await(driver -> authority.path().equals("/assessments/due.xhtml"));
            assertTrue(authority.has("dueForm:due"));
        }
    }
}
