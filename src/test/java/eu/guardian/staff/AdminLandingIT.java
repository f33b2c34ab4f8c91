package eu.guardian.staff;

import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The administrator starts from their work (docs/accounts.md, "Counts"): accounts never signed in, active, disabled,
 * settings changed this week, each count opening its list; an account leaves "never signed in" with its first
 * sign-in; the counts and filtered lists are the administrator's only.
 */
class AdminLandingIT {

    private static long count(Browser browser, String id) {
        return Long.parseLong(browser.driver().findElement(By.cssSelector("[id='" + id + "'] .app-indicator-value"))
                .getText().replaceAll("\\D", ""));
    }

    private static String listed(Browser admin, String status, String search) {
        admin.open("/admin/accounts.xhtml?status=" + status);
        admin.awaitGuardianPage();
        admin.element("accounts:search").sendKeys(search);
        admin.click("accounts:applyFilter");
        return admin.await(driver -> {
            String table = admin.element("accounts:table").getText();
            return table.contains(search) || table.contains("Nothing to show.") ? table : null;
        });
    }

    @Test
    void theAdministratorsCountsLeadToTheirListsAndAFirstSignInEndsNeverSignedIn() {
        String fresh = "fresh-" + uniqueWord().toLowerCase();
        StaffAccountsIT.accountWithPassword(fresh, "auditor", fresh);
        String off = "off-" + uniqueWord().toLowerCase();
        String offId = StaffAccountsIT.accountWithPassword(off, "auditor", off);
        assertEquals(200, Api.postAs("admin1", "/api/accounts/" + offId + "/disable", Map.of()).status());
        assertEquals(200, Api.putAs("admin1", "/api/settings/guardianship.due-soon-days", Map.of("value", 3))
                .status(), "the default value, stored: a change all the same");

        try (Browser admin = new Browser()) {
            admin.openSignedIn("/admin/index.xhtml", "admin1");
            assertTrue(count(admin, "work-ux-work-accountsAwaitingSignIn") >= 1, admin.text("work"));
            assertTrue(count(admin, "work-ux-work-accountsActive") >= 7, "the demo users at least");
            assertTrue(count(admin, "work-ux-work-accountsDisabled") >= 1, admin.text("work"));
            assertTrue(count(admin, "work-ux-work-settingsChanged") >= 1, admin.text("work"));

            admin.click("work-ux-work-accountsAwaitingSignIn");
            admin.await(driver -> admin.path().equals("/admin/accounts.xhtml")
                    && admin.element("accounts:table").getText().contains(fresh));
            assertFalse(admin.element("accounts:table").getText().contains(off), "disabled: not waiting");
            assertFalse(admin.element("accounts:table").getText().contains("admin1"), "signed in: not waiting");

            admin.open("/admin/index.xhtml");
            admin.awaitGuardianPage();
            admin.click("work-ux-work-settingsChanged");
            admin.await(driver -> admin.path().equals("/admin/settings.xhtml"));

            assertTrue(listed(admin, "DISABLED", off).contains(off), "the disabled account under 'disabled'");
            assertFalse(listed(admin, "ACTIVE", off).contains(off), "and not under 'active'");
            assertTrue(listed(admin, "ACTIVE", fresh).contains(fresh));
        }

        try (Browser person = new Browser()) {
            person.openSignedIn("/auditor/index.xhtml", fresh);
        }
        try (Browser admin = new Browser()) {
            admin.openSignedIn("/admin/accounts.xhtml?status=AWAITING_SIGN_IN", "admin1");
            admin.await(driver -> admin.has("accounts:table"));
            assertFalse(admin.element("accounts:table").getText().contains(fresh), "signed in once: no longer waiting");
        }

        // Only the administrator: another role's landing page has none of these counts, the list is refused.
        try (Browser auditor = new Browser()) {
            auditor.openSignedIn("/auditor/index.xhtml", "auditor1");
            assertFalse(auditor.has("work-ux-work-accountsActive"));
            auditor.open("/admin/accounts.xhtml?status=DISABLED");
            auditor.await(driver -> auditor.has("notice-error-403"));
            assertFalse(auditor.pageText().contains(off));
        }
    }
}
