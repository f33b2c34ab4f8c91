package eu.guardian.staff;

import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.stack.GuardianStack;
import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import eu.guardian.testsupport.Database;
import eu.guardian.testsupport.KeycloakDirect;
import eu.guardian.testsupport.Mailbox;
import eu.guardian.testsupport.TestData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Staff accounts through Keycloak, over the real stack: the administrator's page and API, Keycloak's invitation
 * e-mail in the development mail server, the person setting their own password on Keycloak's page, and Keycloak and
 * the database never disagreeing after a failure (docs/accounts.md).
 */
class StaffAccountsIT {

    static Map<String, Object> account(String username, String role) {
        Map<String, Object> account = new HashMap<>();
        account.put("username", username);
        account.put("firstName", "Test");
        account.put("lastName", "Person " + username);
        account.put("email", username + "@guardian.example");
        account.put("role", role);
        return account;
    }

    /** A new login by the API, with a password set by hand (the tests that do not follow the invitation). */
    static String accountWithPassword(String username, String role, String password) {
        Map<String, Object> input = account(username, role);
        if (role.equals("caseworker") || role.equals("authority")) {
            input.put("regions", List.of("*"));
        }
        Api.Reply created = Api.postAs("admin1", "/api/accounts", input);
        assertEquals(201, created.status(), created.body());
        String id = (String) created.json().get("id");
        KeycloakDirect.setPassword(id, password);
        return id;
    }

    @Test
    void theAdministratorCreatesACaseworkerOfRegionNorthWhoSetsTheirPasswordFromTheInvitationAndSignsIn() {
        String username = "cw-" + uniqueWord().toLowerCase();
        String email = username + "@guardian.example";
        try (Browser admin = new Browser()) {
            admin.openSignedIn("/admin/account-new.xhtml", "admin1");
            admin.element("accountForm:username").sendKeys(username);
            admin.element("accountForm:email").sendKeys(email);
            admin.element("accountForm:firstName").sendKeys("Nora");
            admin.element("accountForm:lastName").sendKeys("North");
            label(admin, "accountForm:role", "Caseworker").click();
            admin.await(driver -> admin.has("accountForm:regions"));
            label(admin, "accountForm:regions", "North").click();
            admin.click("accountForm:create");
            admin.await(driver -> admin.path().equals("/admin/accounts.xhtml")
                    && admin.pageText().contains("Account " + username + " created"));
        }
        Map<String, Object> user = KeycloakDirect.user(username).orElseThrow();
        assertEquals(List.of("North"), ((Map<?, ?>) user.get("attributes")).get("regions"));
        assertEquals(List.of("UPDATE_PASSWORD"), user.get("requiredActions"));

        String link = Mailbox.awaitActionLink(email, 1);
        String password = "Invited-" + uniqueWord();
        // One child in each region (demo centre 1 lies in North, 2 in South), registered by a national caseworker.
        String northName = uniqueWord();
        long north = Api.postAs("caseworker1", "/api/children",
                TestData.with(TestData.child(northName), "centreId", 1L)).id();
        long south = Api.postAs("caseworker1", "/api/children",
                TestData.with(TestData.child(uniqueWord()), "centreId", 2L)).id();
        try (Browser person = new Browser()) {
            person.driver().get(link);
            person.await(driver -> person.has("password-new") || hasProceedLink(person));
            if (!person.has("password-new")) { // Keycloak first asks to confirm the action
                person.driver().findElement(By.partialLinkText("here")).click();
                person.await(driver -> person.has("password-new"));
            }
            person.element("password-new").sendKeys(password);
            person.element("password-confirm").sendKeys(password);
            person.driver().findElement(By.cssSelector("#kc-passwd-update-form [type=submit]")).click();
            person.await(driver -> !person.has("password-new"));
            // Keycloak then says "account updated" or leads back to Guardian, depending on how the action link's
            // session ended: start from a clean browser session, so Guardian's sign-in asks for the new password.
            person.driver().manage().deleteAllCookies();
            person.open("/caseworker/index.xhtml");
            person.await(driver -> person.isLoginForm() || person.has("page-title"));
            if (person.isLoginForm()) {
                person.element("username").sendKeys(username);
                person.element("password").sendKeys(password);
                person.click("kc-login");
                person.awaitGuardianPage();
            }
            assertEquals("/caseworker/index.xhtml", person.path());
            assertTrue(person.pageText().contains(username), person.pageText());
            person.open("/children/file.xhtml?id=" + north);
            person.await(driver -> person.has("child-name") && person.text("child-name").contains(northName));
            person.open("/children/file.xhtml?id=" + south);
            assertTrue(person.has("notice-error-404"), "the new caseworker of North does not find South's child");
        }
        assertEquals(List.of(), KeycloakDirect.user(username).orElseThrow().get("requiredActions"));
        List<Map<String, Object>> created = Api.getAs("auditor1", "/api/audit?username=admin1&action=CREATE")
                .items();
        assertTrue(created.stream().anyMatch(e -> "Account".equals(e.get("objectType"))
                && username.equals(e.get("objectId"))), created.toString());
    }

    private static boolean hasProceedLink(Browser browser) {
        return !browser.driver().findElements(By.partialLinkText("here")).isEmpty();
    }

    private static WebElement label(Browser browser, String group, String text) {
        return browser.await(driver -> driver.findElements(By.cssSelector("label[for^='" + group + ":']")).stream()
                .filter(label -> label.getText().trim().equals(text)).findFirst().orElse(null));
    }

    @Test
    void receptionStaffGetTheirCentreAndDisablingEndsTheirSessionsAtOnce() throws Exception {
        String username = "rc-" + uniqueWord().toLowerCase();
        Map<String, Object> input = account(username, "reception");
        input.put("centreIds", List.of(1));
        Api.Reply created = Api.postAs("admin1", "/api/accounts", input);
        assertEquals(201, created.status(), created.body());
        String id = (String) created.json().get("id");
        assertEquals("reception", created.json().get("role"));
        assertEquals(true, created.json().get("invitationOpen"));
        try (Connection db = Database.connect();
                PreparedStatement query = db.prepareStatement("SELECT centre_id FROM centre_staff WHERE username = ?")) {
            query.setString(1, username);
            ResultSet rows = query.executeQuery();
            assertTrue(rows.next());
            assertEquals(1, rows.getLong(1));
        }
        Mailbox.awaitActionLink(username + "@guardian.example", 1);
        Api.Reply found = Api.getAs("admin1", "/api/accounts?search=" + username);
        assertEquals(1, found.items().size(), found.body());

        KeycloakDirect.setPassword(id, "Secret-" + username);
        String token = KeycloakDirect.accessToken(username, "Secret-" + username);
        assertEquals(200, Api.get("/api/me", token).status());

        Api.Reply disabled = Api.postAs("admin1", "/api/accounts/" + id + "/disable", Map.of());
        assertEquals(200, disabled.status(), disabled.body());
        assertEquals(false, disabled.json().get("enabled"));
        assertEquals(401, Api.get("/api/me", token).status(), "the session ended at once");
        assertFalse(KeycloakDirect.passwordGrant(username, "Secret-" + username) == 200, "the login is refused");

        assertEquals(200, Api.postAs("admin1", "/api/accounts/" + id + "/enable", Map.of()).status());
        assertEquals(200, KeycloakDirect.passwordGrant(username, "Secret-" + username));
        assertEquals(200, Api.postAs("admin1", "/api/accounts/" + id + "/invitation", Map.of()).status());
        Mailbox.awaitActionLink(username + "@guardian.example", 2);

        List<Map<String, Object>> trail = Api.getAs("auditor1", "/api/audit?username=admin1&size=50").items();
        for (String action : List.of("CREATE", "INVITE", "DISABLE", "ENABLE")) {
            assertTrue(trail.stream().anyMatch(e -> action.equals(e.get("action")) && username.equals(e.get("objectId"))),
                    action + " missing: " + trail);
        }
    }

    @Test
    void eachRoleGetsWhatItNeedsAndOnlyTheAdministratorMayManageAccounts() {
        Api.Reply noRegion = Api.postAs("admin1", "/api/accounts", account("cw-" + uniqueWord().toLowerCase(),
                "caseworker"));
        assertEquals(400, noRegion.status());
        assertTrue(noRegion.body().contains("regions"), noRegion.body());
        Api.Reply noCentre = Api.postAs("admin1", "/api/accounts", account("rc-" + uniqueWord().toLowerCase(),
                "reception"));
        assertEquals(400, noCentre.status());
        assertTrue(noCentre.body().contains("centreIds"), noCentre.body());
        Map<String, Object> unknownRegion = account("au-" + uniqueWord().toLowerCase(), "authority");
        unknownRegion.put("regions", List.of("Atlantis"));
        assertEquals(400, Api.postAs("admin1", "/api/accounts", unknownRegion).status());
        Api.Reply badName = Api.postAs("admin1", "/api/accounts", account("Has Spaces", "auditor"));
        assertEquals(400, badName.status());
        assertEquals(400, Api.postAs("admin1", "/api/accounts", account("x-" + uniqueWord().toLowerCase(), "guardian"))
                .status(), "guardians get their login from the registry");

        assertEquals(403, Api.getAs("authority1", "/api/accounts").status());
        assertEquals(403, Api.postAs("caseworker1", "/api/accounts", account("zz-" + uniqueWord().toLowerCase(),
                "auditor")).status());
    }

    @Test
    void whenKeycloakCannotBeReachedNothingIsCreatedAnywhere() throws Exception {
        String username = "au-" + uniqueWord().toLowerCase();
        GuardianStack stack = GuardianStack.shared();
        Api.Reply refused;
        stack.cutKeycloakAdminApi();
        try {
            refused = Api.postAs("admin1", "/api/accounts", account(username, "auditor"));
        } finally {
            stack.restoreKeycloakAdminApi();
        }
        assertEquals(503, refused.status(), refused.body());
        assertTrue(refused.body().contains("cannot be reached"), refused.body());
        assertTrue(KeycloakDirect.user(username).isEmpty());
        assertEquals(0, recordsNamed(username));
        assertEquals(201, Api.postAs("admin1", "/api/accounts", account(username, "auditor")).status(),
                "works again once Keycloak is back");
    }

    @Test
    void whenTheDatabaseRefusesAfterKeycloakMadeTheUserTheUserIsRemovedAgain() throws Exception {
        String username = "au-" + uniqueWord().toLowerCase();
        // a stale record of that name (a drift): the database refuses the new record after Keycloak made the user
        try (Connection db = Database.connect(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO staff_account (id, keycloak_id, username, role, status, created_at, created_by, version)"
                        + " VALUES (?, ?, ?, 'auditor', 'ACTIVE', NOW(6), 'test', 0)")) {
            insert.setLong(1, -System.nanoTime() % 1_000_000_000L - 1);
            insert.setString(2, java.util.UUID.randomUUID().toString());
            insert.setString(3, username);
            insert.executeUpdate();
        }
        Api.Reply refused = Api.postAs("admin1", "/api/accounts", account(username, "auditor"));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("already has a record"), refused.body());
        assertTrue(KeycloakDirect.user(username).isEmpty(), "the user Keycloak made was removed again");
        assertTrue(Mailbox.messagesTo(username + "@guardian.example").isEmpty(), "no invitation went out");
    }

    static long recordsNamed(String username) throws Exception {
        try (Connection db = Database.connect();
                PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM staff_account WHERE username = ?")) {
            query.setString(1, username);
            ResultSet rows = query.executeQuery();
            rows.next();
            return rows.getLong(1);
        }
    }
}
