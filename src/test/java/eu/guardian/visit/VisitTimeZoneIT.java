package eu.guardian.visit;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.guardianIdOf;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import eu.guardian.testsupport.Browser;
import eu.guardian.testsupport.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A guardian who works in Berlin types the time of a visit on Berlin's clock: in winter (UTC+1) a visit at 10:00 is
 * stored as 09:00 UTC, and shown to them as 10:00 again.
 */
class VisitTimeZoneIT {

    @Test
    void aVisitTypedAtTenInBerlinInWinterIsStoredAtNineUtcAndShownAtTen() {
        Reply registered = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();
        Reply appointed = Api.postAs("authority1", "/api/children/" + childId + "/guardianships",
                appointment(guardianIdOf("guardian1")));
        assertEquals(201, appointed.status(), appointed.body());

        try (Browser browser = new Browser()) {
            browser.openSignedIn("/preferences.xhtml", "guardian1");
            try {
                chooseTimeZone(browser, "Europe/Berlin");

                browser.open("/visits/log.xhtml?child=" + childId);
                browser.element("visit:duration").sendKeys("30");
                browser.driver().findElement(By.xpath("//*[@id='visit:seenAlone']//div[contains(@class,"
                        + "'ui-button')][.//*[normalize-space(text())='Yes'] or normalize-space(.)='Yes']")).click();
                browser.element("visit:childViews").sendKeys("Winter in Berlin is cold.");
                WebElement when = browser.element("visit:occurredAt_input");
                when.sendKeys(Keys.chord(Keys.CONTROL, "a"), "15/01/2026 10:00", Keys.ESCAPE);
                assertEquals("15/01/2026 10:00", when.getAttribute("value"));
                // The date picker's panel may still cover the button: the form is sent as a click on it would.
                ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();",
                        browser.element("visit:save"));
                browser.await(driver -> browser.path().equals("/guardian/my-children.xhtml"));

                long visitId = onlyVisitOf(childId);
                assertEquals(LocalDateTime.of(2026, 1, 15, 9, 0), storedOccurredAt(visitId));

                browser.open("/visits/log.xhtml?visit=" + visitId);
                assertEquals("15/01/2026 10:00", browser.element("visit:occurredAt_input").getAttribute("value"));
            } finally {
                chooseTimeZone(browser, ""); // back on the installation's zone, for the other tests
            }
        }
    }

    private static void chooseTimeZone(Browser browser, String zone) {
        browser.open("/preferences.xhtml");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", "preferences:timeZone_input", zone);
        browser.click("preferences:save");
        browser.await(driver -> browser.pageText().contains("Your preferences are saved."));
    }

    @SuppressWarnings("unchecked")
    private static long onlyVisitOf(long childId) {
        Reply visits = Api.getAs("guardian1", "/api/children/" + childId + "/visits");
        assertEquals(200, visits.status(), visits.body());
        List<Map<String, Object>> items = (List<Map<String, Object>>) visits.json().get("items");
        assertEquals(1, items.size(), visits.body());
        assertEquals("2026-01-15T09:00:00Z", items.get(0).get("occurredAt"), visits.body());
        return ((Number) items.get(0).get("id")).longValue();
    }

    /** The column as stored (DATETIME, UTC by the schema's convention), read without any zone conversion. */
    private static LocalDateTime storedOccurredAt(long visitId) {
        try (Connection connection = Database.connect(); PreparedStatement query = connection.prepareStatement(
                "SELECT occurred_at FROM visit WHERE id = ?")) {
            query.setLong(1, visitId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new AssertionError("no visit " + visitId);
                }
                return row.getObject(1, LocalDateTime.class);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
