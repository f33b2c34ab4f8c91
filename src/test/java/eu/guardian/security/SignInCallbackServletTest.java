package eu.guardian.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignInCallbackServletTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/admin/index.xhtml", "/caseworker/index.xhtml?child=12"})
    void sendsUsersOnToGuardiansOwnPages(String target) {
        assertTrue(SignInCallbackServlet.isLocalPage(target));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/", "/\\evil.example", "https://evil.example/", "evil.example",
            "/callback", "/callback?code=x"})
    void neverRedirectsToAnotherSiteOrBackToTheCallback(String target) {
        assertFalse(SignInCallbackServlet.isLocalPage(target));
    }
}
