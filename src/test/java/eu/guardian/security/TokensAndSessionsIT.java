package eu.guardian.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.stack.GuardianStack;
import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import eu.guardian.testsupport.Tokens;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Only access tokens open the API, only while their Keycloak session lasts; a page session ends with its Keycloak
 * session too; and a session id travels in a cookie, never in an address.
 */
class TokensAndSessionsIT {

    @Test
    void theIdTokenOpensNoApiOnlyTheAccessTokenDoes() {
        Tokens.SignIn signIn = Tokens.signIn("guardian2");
        assertEquals(200, Api.get("/api/me", signIn.accessToken()).status());

        Api.Reply withIdToken = Api.get("/api/me", signIn.idToken());
        assertEquals(401, withIdToken.status(), "the ID token travels in sign-out URLs: it must not open the API");
        assertTrue(withIdToken.json().get("message").toString().contains("not an access token"), withIdToken.body());
    }

    @Test
    void afterSignOutNeitherTokenOfTheSessionWorksAnyMore() {
        Tokens.SignIn signIn = Tokens.signIn("guardian2");
        Tokens.SignIn otherSession = Tokens.signIn("guardian2");
        assertEquals(200, Api.get("/api/me", signIn.accessToken()).status());

        assertEquals(302, Tokens.signOut(signIn.idToken()), "Keycloak ended the session");

        assertEquals(401, Api.get("/api/me", signIn.accessToken()).status(), "refused at once, long before expiry");
        assertEquals(401, Api.get("/api/me", signIn.idToken()).status());
        assertEquals(200, Api.get("/api/me", otherSession.accessToken()).status(), "the user's other session goes on");
    }

    @Test
    void aPageSessionEndsWhenItsKeycloakSessionIsEndedElsewhere() {
        try (Browser browser = new Browser()) {
            browser.openSignedIn("/guardian/index.xhtml", "guardian2");
            assertTrue(browser.has("landing-guardian"));

            // The user signs out in another application of the realm: here Keycloak's own logout page.
            browser.driver().get(GuardianStack.shared().keycloakIssuer() + "/protocol/openid-connect/logout");
            browser.await(driver -> browser.has("kc-logout"));
            browser.click("kc-logout");
            browser.await(driver -> !browser.has("kc-logout"));

            browser.open("/guardian/index.xhtml");
            browser.awaitLoginForm();
        }
    }

    @Test
    void aSessionIdInTheAddressIsRefused() {
        try (Browser browser = new Browser()) {
            browser.openSignedIn("/guardian/index.xhtml", "guardian2");
            String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

            HttpResponse<String> inAddress = Api.exchange(Api.request("/guardian/index.xhtml;jsessionid=" + session));
            assertEquals(400, inAddress.statusCode());
            assertFalse(inAddress.body().contains("landing-guardian"), "nothing of the session's page is shown");
            assertTrue(inAddress.body().contains("session id in the address"), inAddress.body());

            HttpResponse<String> inCookie = Api.exchange(Api.request("/guardian/index.xhtml")
                    .header("Cookie", browser.cookieHeader()));
            assertEquals(200, inCookie.statusCode(), "the same session by cookie still works");
            assertTrue(inCookie.body().contains("landing-guardian"));
        }
    }
}
