package eu.guardian.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.stack.GuardianStack;
import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import eu.guardian.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * While Keycloak is down, users meet a clear "sign-in service unavailable" page (not a 500 or a browser error), users
 * already signed in and API callers with a still-valid token keep working, and sign-in works again once Keycloak is
 * back, without restarting Guardian.
 */
class SignInServiceOutageIT {

    @Test
    void usersSeeAClearPageWhileKeycloakIsDownAndSignInRecoversByItself() {
        GuardianStack stack = GuardianStack.shared();
        try (Browser signedIn = new Browser(); Browser newcomer = new Browser()) {
            signedIn.openSignedIn("/caseworker/index.xhtml", "caseworker1");
            String stillValidToken = Tokens.signIn("caseworker1").accessToken();
            assertEquals(200, Api.get("/api/me", stillValidToken).status());
            stack.stopKeycloak();
            try {
                // Guardian notices within seconds (its availability answer is kept that long), as health shows.
                newcomer.await(driver -> Api.anonymousGet("/health/ready").status() == 503);
                newcomer.open("/authority/index.xhtml");
                newcomer.await(driver -> newcomer.has("notice-error-signinUnavailable"));
                assertTrue(newcomer.pageTitle().contains("Sign-in service unavailable"));

                signedIn.open("/caseworker/index.xhtml");
                assertTrue(signedIn.has("landing-caseworker"), "a signed-in user keeps working");
                // Guardian keeps the realm's keys: bearer tokens still valid keep working (issue 19).
                for (int call = 0; call < 5; call++) {
                    assertEquals(200, Api.get("/api/me", stillValidToken).status());
                }
            } finally {
                stack.startKeycloak();
            }
            newcomer.await(driver -> {
                newcomer.open("/authority/index.xhtml");
                return newcomer.isLoginForm();
            });
            newcomer.signInOnLoginForm("authority1");
            assertEquals("/authority/index.xhtml", newcomer.path());
            assertEquals(200, Api.anonymousGet("/health/ready").status());
        }
    }
}
