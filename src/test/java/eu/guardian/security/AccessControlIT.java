package eu.guardian.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import org.junit.jupiter.api.Test;

/** Role checks happen on the server: pages of another role answer 403, anonymous users are sent to sign in. */
class AccessControlIT {

    @Test
    void guardianGetsTheAccessDeniedPageForAuditorAndAdministratorPages() {
        try (Browser browser = new Browser()) {
            browser.openSignedIn("/guardian/index.xhtml", "guardian1");
            assertTrue(browser.has("landing-guardian"));

            for (String forbidden : new String[] {"/auditor/index.xhtml", "/admin/index.xhtml",
                    "/admin/reference-data.xhtml", "/admin/system-status.xhtml"}) {
                browser.open(forbidden);
                assertTrue(browser.has("notice-error-403"), forbidden + " shows the access-denied page");
                assertFalse(browser.has("system-status"), "no administrator content leaks into the page");
                assertFalse(browser.pageText().contains("Exception"), "no stack trace");
            }
        }
    }

    @Test
    void anonymousUserIsSentToSignInAndThenToThePageAskedFor() {
        try (Browser browser = new Browser()) {
            browser.open("/admin/reference-data.xhtml");
            browser.awaitLoginForm();
            browser.signInOnLoginForm("admin1");
            assertEquals("/admin/reference-data.xhtml", browser.path());
            assertTrue(browser.pageText().contains("Afghanistan"), "the countries are listed");
        }
    }

    @Test
    void unknownPageShowsTheNotFoundPage() {
        try (Browser browser = new Browser()) {
            browser.openSignedIn("/reception/index.xhtml", "reception1");
            browser.open("/no-such-page.xhtml");
            assertTrue(browser.has("notice-error-404"));
        }
    }

    @Test
    void protectedPagesAnswerAnonymousRequestsWithARedirectToKeycloak() {
        Api.Reply reply = Api.anonymousGet("/caseworker/index.xhtml");
        assertEquals(302, reply.status());
    }
}
