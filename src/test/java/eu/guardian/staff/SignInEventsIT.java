package eu.guardian.staff;

import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import eu.guardian.testsupport.KeycloakDirect;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Failed sign-ins happen at Keycloak; the auditor sees them in Guardian's trail, each exactly once, with the lockout
 * that five wrong passwords cause. The login is a throwaway one made for this test: no demo user is ever locked.
 */
class SignInEventsIT {

    @Test
    void fiveWrongPasswordsLockTheLoginAndTheAuditorSeesEachFailureAndTheLockoutOnce() throws Exception {
        String username = "lk-" + uniqueWord().toLowerCase();
        StaffAccountsIT.accountWithPassword(username, "auditor", "Right-" + username);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertNotEquals(200, KeycloakDirect.passwordGrant(username, "wrong-" + attempt));
            Thread.sleep(1_200); // slower than the realm's quick-login check, so that only the count locks
        }
        assertNotEquals(200, KeycloakDirect.passwordGrant(username, "Right-" + username), "locked out");

        Api.Reply first = Api.postAs("admin1", "/api/accounts/sign-in-events/import", Map.of());
        assertEquals(200, first.status(), first.body());
        Api.postAs("admin1", "/api/accounts/sign-in-events/import", Map.of()); // again: nothing twice

        List<Map<String, Object>> entries = Api.getAs("auditor1", "/api/audit?username=" + username + "&size=50")
                .items();
        long failed = entries.stream().filter(e -> "SIGN_IN_FAILED".equals(e.get("action"))).count();
        long lockouts = entries.stream().filter(e -> "LOCKED_OUT".equals(e.get("action"))).count();
        assertEquals(6, failed, entries.toString()); // five wrong passwords, then the right one refused
        assertEquals(1, lockouts, entries.toString());
        assertEquals(entries.size(), entries.stream().map(e -> e.get("objectId")).distinct().count(),
                "each Keycloak event once");

        try (Browser auditor = new Browser()) {
            auditor.openSignedIn("/auditor/trail.xhtml", "auditor1");
            auditor.element("trail:username").sendKeys(username);
            auditor.click("trail:applyFilter");
            auditor.await(driver -> auditor.pageText().contains("Locked out")
                    && auditor.pageText().contains("Sign-in failed"));
        }
    }
}
