package eu.guardian.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The administrator changes a setting on the settings page; other roles cannot open the page. */
class SettingsPageIT {

    private static final String DUE_SOON = "settingsForm:setting_DUE_SOON_DAYS_input";

    private static void setDueSoonDays(Browser admin, int days) {
        WebElement input = admin.element(DUE_SOON);
        // The spinner puts its value back when emptied: select what is there and type over it.
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Integer.toString(days));
        admin.await(driver -> input.getAttribute("value").equals(Integer.toString(days)));
        admin.click("settingsForm:saveSettings");
        admin.await(driver -> admin.text("settingsForm:current_DUE_SOON_DAYS").equals(Integer.toString(days)));
    }

    private static int dueSoonDaysOfTheService() {
        return Api.getAs("admin1", "/api/settings").jsonList().stream()
                .filter(setting -> "guardianship.due-soon-days".equals(setting.get("key")))
                .map(setting -> ((Number) setting.get("value")).intValue()).findFirst().orElseThrow();
    }

    @Test
    void theAdministratorChangesAHarmlessSettingAndSeesItSaved() {
        try (Browser admin = new Browser()) {
            admin.openSignedIn("/admin/settings.xhtml", "admin1");
            assertEquals("3", admin.text("default-DUE_SOON_DAYS"));
            assertEquals("0–30", admin.text("bounds-DUE_SOON_DAYS"));

            setDueSoonDays(admin, 4);
            assertEquals(4, dueSoonDaysOfTheService(), "the service has the new value");
            admin.refresh();
            admin.awaitGuardianPage();
            assertEquals("4", admin.element(DUE_SOON).getAttribute("value"), "the page shows the saved value");

            setDueSoonDays(admin, 3);
            assertEquals(3, dueSoonDaysOfTheService());
        } finally {
            assertEquals(200, Api.putAs("admin1", "/api/settings/guardianship.due-soon-days",
                    Map.of("value", 3)).status());
        }
    }

    @Test
    void aGuardianCannotOpenTheSettingsPage() {
        try (Browser guardian = new Browser()) {
            guardian.openSignedIn("/admin/settings.xhtml", "guardian1");
            assertTrue(guardian.has("notice-error-403"), "403 page for a guardian");
            assertTrue(!guardian.has("settingsForm:saveSettings"));
        }
    }
}
