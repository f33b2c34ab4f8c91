package eu.guardian.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Browser;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each demo user signs in through Keycloak's real login page, lands on their role's page, and signs out for real. */
class SignInIT {

    static Stream<Arguments> demoUsers() {
        List<String> guardianMenu = List.of("menu-guardian-home", "menu-my-children", "menu-children",
                "menu-lodge-complaint", "menu-not-screened", "menu-missing-children");
        List<String> guardianHeadings = List.of("menu-section-children", "menu-section-protection");
        return Stream.of(
                Arguments.of("reception1", "reception", List.of("menu-reception-home", "menu-children",
                        "menu-register-child", "menu-lodge-complaint", "menu-not-screened"),
                        List.of("menu-section-children", "menu-section-protection")),
                Arguments.of("caseworker1", "caseworker", List.of("menu-caseworker-home", "menu-my-cases",
                        "menu-children", "menu-register-child", "menu-lodge-complaint", "menu-queue",
                        "menu-turning-18", "menu-child-informed", "menu-assessments-due", "menu-guardians",
                        "menu-overdue-contacts", "menu-concerns", "menu-care-plan-overdue", "menu-not-screened",
                        "menu-missing-children", "menu-overdue-referrals", "menu-tracing-due", "menu-handover-import"),
                        List.of("menu-section-children", "menu-section-guardianship", "menu-section-follow-up",
                                "menu-section-protection")),
                Arguments.of("guardian1", "guardian", guardianMenu, guardianHeadings),
                Arguments.of("guardian2", "guardian", guardianMenu, guardianHeadings),
                Arguments.of("authority1", "authority", List.of("menu-authority-home", "menu-oversight",
                        "menu-data-breaches", "menu-children", "menu-lodge-complaint", "menu-queue",
                        "menu-turning-18", "menu-child-informed", "menu-assessments-due", "menu-guardians",
                        "menu-overdue-contacts", "menu-concerns", "menu-care-plan-overdue", "menu-complaints",
                        "menu-not-screened", "menu-missing-children", "menu-overdue-referrals", "menu-tracing-due",
                        "menu-disclosure-approvals", "menu-counterparts"),
                        List.of("menu-section-oversight", "menu-section-children", "menu-section-guardianship",
                                "menu-section-follow-up", "menu-section-protection")),
                Arguments.of("auditor1", "auditor", List.of("menu-auditor-home", "menu-audit-trail",
                        "menu-file-readers", "menu-oversight", "menu-data-breaches", "menu-children", "menu-queue",
                        "menu-turning-18", "menu-child-informed", "menu-assessments-due", "menu-guardians",
                        "menu-overdue-contacts", "menu-concerns", "menu-care-plan-overdue", "menu-complaints",
                        "menu-not-screened", "menu-missing-children", "menu-overdue-referrals", "menu-tracing-due"),
                        List.of("menu-section-oversight", "menu-section-children", "menu-section-guardianship",
                                "menu-section-follow-up", "menu-section-protection")),
                Arguments.of("admin1", "admin", List.of("menu-admin-home", "menu-accounts", "menu-settings",
                        "menu-system-status", "menu-reference-data", "menu-screening-rules"),
                        List.of("menu-section-administration")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoUsers")
    void signsInSeesOwnLandingPageAndMenuAndSignsOut(String username, String role, List<String> menu,
            List<String> headings) {
        try (Browser browser = new Browser()) {
            browser.open("/");
            browser.awaitLoginForm();
            browser.signInOnLoginForm(username);

            assertEquals("/" + role + "/index.xhtml", browser.path());
            assertTrue(browser.has("landing-" + role), "landing page of " + role);
            assertEquals(username, browser.text("user-name"));
            assertEquals(menu, browser.menuEntryIds());
            assertEquals(headings, browser.menuHeadingIds(), "the menu's entries grouped under these headings");

            browser.click("signOutForm:signOut");
            browser.await(driver -> browser.path().equals("/signed-out.xhtml"));
            assertTrue(browser.has("notice-signedOut"));

            browser.back();
            browser.awaitLoginForm();
            browser.open("/" + role + "/index.xhtml");
            browser.awaitLoginForm();
            browser.refresh();
            assertTrue(browser.isLoginForm(), "after sign-out, Keycloak asks for the password again");
        }
    }
}
