package eu.guardian.visit;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.discharge;
import static eu.guardian.testsupport.TestData.guardianIdOf;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static eu.guardian.testsupport.TestData.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import eu.guardian.testsupport.Browser;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A guardian on a small phone (360 px wide) logs a visit with the child's views right after meeting the child, and
 * sees on "My children" that the next contact, overdue before, is now due in 30 days.
 */
class VisitPageIT {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void aGuardianLogsAVisitOnAPhoneAndTheNextContactDueMoves() {
        LocalDate today = LocalDate.now();
        Reply registered = Api.postAs("caseworker1", "/api/children",
                with(child(uniqueWord()), "identifiedOn", today.minusDays(60).toString()));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();
        Map<String, Object> longAgo = with(appointment(guardianIdOf("guardian1")),
                "appointedOn", today.minusDays(40).toString(), "childInformedOn", today.minusDays(40).toString());
        Reply appointed = Api.postAs("authority1", "/api/children/" + childId + "/guardianships", longAgo);
        assertEquals(201, appointed.status(), appointed.body());
        try (Browser phone = new Browser(360, 740)) {
            phone.openSignedIn("/guardian/my-children.xhtml", "guardian1");
            assertTrue(phone.viewportWidth() <= 360, "a phone-sized window: " + phone.viewportWidth());
            String nextDue = "next-due-" + childId;
            assertTrue(phone.element(nextDue).getAttribute("class").contains("app-overdue"),
                    "the first meeting is overdue: " + phone.text(nextDue));

            phone.click("log-visit-" + childId);
            phone.await(driver -> phone.path().equals("/visits/log.xhtml") && phone.has("visit:save"));
            assertFalse(hasHorizontalScroll(phone), "the form fits a 360 px screen");
            phone.element("visit:duration").sendKeys("45");
            phone.driver().findElement(By.xpath("//*[@id='visit:seenAlone']//div[contains(@class,'ui-button')]"
                    + "[.//*[normalize-space(text())='Yes'] or normalize-space(.)='Yes']")).click();
            phone.element("visit:childViews").sendKeys("I like my new school, but I miss my brother.");
            // the less frequent fields wait one fold below the essentials
            assertFalse(phone.element("visit:place").isDisplayed(), "the place is folded away at first");
            phone.click("visit-more-toggle");
            phone.await(driver -> phone.element("visit:place").isDisplayed());
            phone.element("visit:place").sendKeys("Reception Centre North");
            phone.click("visit:save");
            phone.await(driver -> phone.path().equals("/guardian/my-children.xhtml"));

            String due = today.plusDays(30).format(SHOWN);
            phone.await(driver -> phone.text(nextDue).contains(due));
            assertFalse(phone.element(nextDue).getAttribute("class").contains("app-overdue"));
            assertTrue(phone.pageText().contains("has been saved"), phone.pageText());

            // the visits tab is drawn when it is opened (a link can open the file at it)
            phone.open("/children/file.xhtml?id=" + childId + "&tab=visits");
            phone.await(driver -> phone.has("tabs:visits"));
            assertTrue(phone.driver().getPageSource().contains("I like my new school, but I miss my brother."),
                    "the child's views are on the file");
        } finally {
            Api.postAs("authority1", "/api/guardianships/" + appointed.id() + "/discharge",
                    discharge("GUARDIAN_UNAVAILABLE"));
        }
    }

    private static boolean hasHorizontalScroll(Browser browser) {
        Object result = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth + 1;");
        return Boolean.TRUE.equals(result);
    }
}
