package eu.guardian.child;

import static eu.guardian.testsupport.TestData.discharge;
import static eu.guardian.testsupport.TestData.guardianIdOf;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import eu.guardian.testsupport.ServerLog;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The heart of Guardian, in a real browser: reception registers a child, the authority appoints a guardian from the
 * suggestions, the guardian finds the child among their children, and another guardian does not.
 */
class RegistrationToAppointmentJourneyIT {

    private static void choose(Browser browser, String selectId, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", selectId + "_input", value);
    }

    @Test
    void receptionRegistersAuthorityAppointsAndOnlyThatGuardianSeesTheChild() throws Exception {
        String familyName = uniqueWord();
        long childId;
        try (Browser reception = new Browser()) {
            reception.openSignedIn("/children/register.xhtml", "reception1");
            reception.element("registration:givenNames").sendKeys("Hawa");
            reception.element("registration:familyName").sendKeys(familyName);
            choose(reception, "registration:sex", "FEMALE");
            WebElement stateless = reception.driver().findElement(
                    By.cssSelector("input[name='registration:nationalityKind'][value='STATELESS']"));
            reception.driver().findElement(By.cssSelector("label[for='" + stateless.getAttribute("id") + "']")).click();
            reception.await(driver -> stateless.isSelected());
            choose(reception, "registration:preferredLanguage", "ar");
            reception.element("registration:identifiedPlace").sendKeys("Border crossing");
            reception.element("registration:region").sendKeys("North");
            reception.element("registration:place").sendKeys("Room 12");
            reception.click("registration:register");
            reception.await(driver -> reception.path().equals("/children/file.xhtml"));
            assertTrue(reception.text("child-name").contains(familyName));
            String url = reception.driver().getCurrentUrl();
            childId = Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
            reception.open("/children/file.xhtml?id=" + childId + "&tab=protection");
            assertEquals("protectionTab", reception.activeFileTab(),
                    "a link opens its tab, also where tabs reception does not see come before it");
        }

        long guardian1 = guardianIdOf("guardian1");
        try (Browser authority = new Browser()) {
            authority.openSignedIn("/children/file.xhtml?id=" + childId + "&tab=guardianship", "authority1");
            authority.click("tabs:guardianshipActions:appointButton");
            By choose = By.cssSelector("#suggestion-card-" + guardian1 + " button");
            // The dialog is drawn when first opened: its cards exist a moment before they show.
            authority.await(driver -> authority.has("suggestion-card-" + guardian1)
                    && driver.findElement(choose).isDisplayed());
            authority.driver().findElement(choose).click();
            authority.await(driver -> driver.findElement(choose).getAttribute("aria-pressed").equals("true"));
            authority.element("appointForm:decisionReference").sendKeys("AG-" + familyName);
            authority.click("appointForm:confirmAppointment");
            authority.await(driver -> authority.pageText().contains("AG-" + familyName));

            authority.open("/guardians/profile.xhtml?id=" + guardian1);
            assertTrue(authority.has("ward-" + childId), "the guardian's profile lists the new ward");
            String ward = authority.driver().findElement(By.xpath("//tr[.//a[@id='ward-" + childId + "']]")).getText();
            assertTrue(ward.contains("Guardian") && ward.contains(
                    LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                    "with the guardianship's kind and the day of the appointment: " + ward);
        }

        try (Browser guardian = new Browser()) {
            guardian.openSignedIn("/guardian/my-children.xhtml", "guardian1");
            assertTrue(guardian.has("ward-" + childId), "guardian1 sees the new ward");
        }
        try (Browser other = new Browser()) {
            other.openSignedIn("/guardian/my-children.xhtml", "guardian2");
            assertFalse(other.has("ward-" + childId), "guardian2 does not");
            other.open("/children/file.xhtml?id=" + childId);
            assertTrue(other.has("notice-error-404"), "nor can guardian2 open the file by its address");
            assertFalse(other.pageText().contains(familyName));
        }

        List<Map<String, Object>> history = Api.getAs("authority1",
                "/api/children/" + childId + "/guardianships").jsonList();
        assertEquals(1, history.size());
        long guardianshipId = ((Number) history.get(0).get("id")).longValue();
        assertEquals(200, Api.postAs("authority1", "/api/guardianships/" + guardianshipId + "/discharge",
                discharge("OTHER")).status(), "clean-up keeps guardian1's caseload as it was");
        assertFalse(ServerLog.read().contains(familyName), "what was typed into the pages is in no log line");
    }
}
