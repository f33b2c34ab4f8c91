package eu.guardian.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.stack.GuardianStack;
import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import eu.guardian.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * While the database cannot be reached, a signed-in user opening a page meets "briefly unavailable, nothing was
 * saved, try again" (HTTP 503), never "something went wrong" or a stack trace, and an API caller gets 503 with
 * Retry-After; once the database is back, the same page works again without restarting Guardian (the pool
 * reconnects). Issue 19, "Faults"; docs/operations.md.
 */
class DatabaseOutageIT {

    @Test
    void usersAreToldToTryAgainWhileTheDatabaseIsDownAndWorkResumesWhenItIsBack() {
        try (Browser browser = new Browser()) {
            browser.openSignedIn("/children/index.xhtml", "caseworker1");
            String token = Tokens.signIn("caseworker1").accessToken();
            GuardianStack.shared().whileDatabaseDown(() -> {
                browser.open("/children/index.xhtml");
                assertTrue(browser.has("notice-error-503"), browser.pageText());
                assertTrue(browser.pageTitle().contains("Guardian is briefly unavailable"), browser.pageTitle());
                assertTrue(browser.pageText().contains("Nothing was saved"), browser.pageText());
                assertFalse(browser.pageText().contains("Exception"), "no stack trace");

                Api.Reply answer = Api.get("/api/children?size=1", token);
                assertEquals(503, answer.status(), answer.body());
            });
            browser.await(driver -> {
                browser.open("/children/index.xhtml");
                return !browser.has("notice-error-503");
            });
            assertEquals("/children/index.xhtml", browser.path());
            assertEquals(200, Api.get("/api/children?size=1", token).status());
        }
    }
}
