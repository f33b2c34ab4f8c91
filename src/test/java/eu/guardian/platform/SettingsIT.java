package eu.guardian.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The rules' numbers are settings: everyone reads them, only the administrator changes them, within bounds. */
class SettingsIT {

    @Test
    void onlyTheAdministratorChangesSettingsAndOnlyWithinBounds() {
        assertTrue(Api.getAs("guardian1", "/api/settings").body().contains("guardianship.caseload-cap"));
        assertEquals(403, Api.putAs("authority1", "/api/settings/guardianship.caseload-cap",
                Map.of("value", 50)).status());
        assertEquals(400, Api.putAs("admin1", "/api/settings/guardianship.caseload-cap",
                Map.of("value", 0)).status());
        assertEquals(404, Api.putAs("admin1", "/api/settings/no.such.setting", Map.of("value", 1)).status());
        assertEquals(200, Api.putAs("admin1", "/api/settings/guardianship.due-soon-days",
                Map.of("value", 3)).status());
    }

    @Test
    void theAdministratorKeepsThePublicHolidayCalendar() {
        // A day far in the future, different on every run, so that no deadline of the tests moves.
        String day = LocalDate.of(2100, 1, 1).plusDays(new Random().nextInt(365 * 90)).toString();
        assertEquals(200, Api.postAs("admin1", "/api/settings/holidays",
                Map.of("day", day, "name", "Founding Day")).status());
        assertTrue(Api.getAs("caseworker1", "/api/settings/holidays").body().contains(day));
        assertEquals(400, Api.postAs("admin1", "/api/settings/holidays",
                Map.of("day", day, "name", "Twice")).status(), "a day is a holiday once");
        assertEquals(400, Api.postAs("admin1", "/api/settings/holidays",
                Map.of("day", "2099-02-30", "name", "No such day")).status());
        assertEquals(403, Api.postAs("caseworker1", "/api/settings/holidays",
                Map.of("day", "2099-12-26", "name", "Boxing Day")).status());
    }
}
