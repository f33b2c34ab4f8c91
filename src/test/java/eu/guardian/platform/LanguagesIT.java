package eu.guardian.platform;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.guardianIdOf;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.platform.i18n.SupportedLanguage;
import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import eu.guardian.testsupport.Browser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;

/**
 * Guardian in each of its eleven languages: the main pages of each role show no text missing from the language's
 * bundle (the test Browser fails on any ???key???), and Arabic is laid out right to left with the menu on the right.
 */
class LanguagesIT {

    private static final List<String> CASEWORKER_PAGES = List.of("/caseworker/index.xhtml", "/children/index.xhtml",
            "/children/register.xhtml", "/preferences.xhtml", "/no-such-page.xhtml");

    @Test
    void theMainPagesShowEveryTextInEveryLanguage() {
        long childId = childWithAGuardian();
        List<String> pages = new java.util.ArrayList<>(CASEWORKER_PAGES);
        pages.add("/children/file.xhtml?id=" + childId + "&tab=visits");
        visitInEveryLanguage("caseworker1", pages);
        visitInEveryLanguage("guardian1", List.of("/guardian/my-children.xhtml",
                "/children/file.xhtml?id=" + childId + "&tab=visits", "/visits/log.xhtml?child=" + childId));
        visitInEveryLanguage("admin1", List.of("/admin/index.xhtml", "/admin/settings.xhtml"));
    }

    private static void visitInEveryLanguage(String username, List<String> pages) {
        try (Browser browser = new Browser()) {
            browser.openSignedIn(pages.get(0), username);
            try {
                for (SupportedLanguage language : SupportedLanguage.values()) {
                    browser.switchLanguage(language.getTag());
                    for (String page : pages) {
                        browser.open(page); // fails on any ???key??? in the page
                        assertEquals(language.getTag(), browser.driver().findElement(By.tagName("html"))
                                .getAttribute("lang"), page);
                    }
                }
            } finally {
                browser.switchLanguage("en");
            }
        }
    }

    @Test
    void arabicIsLaidOutRightToLeftAndItsFormsWork() {
        try (Browser browser = new Browser()) {
            browser.openSignedIn("/preferences.xhtml", "caseworker1");
            try {
                browser.switchLanguage("ar");
                String html = "html";
                assertEquals("rtl", browser.driver().findElement(By.tagName(html)).getAttribute("dir"));
                assertEquals("ar", browser.driver().findElement(By.tagName(html)).getAttribute("lang"));
                assertEquals("تفضيلاتي", browser.pageTitle());

                // The menu is on the right of the content, as Arabic readers start on the right.
                Rectangle menu = browser.element("main-menu").getRect();
                Rectangle content = browser.element("content").getRect();
                assertTrue(menu.getX() > content.getX(), "menu at x=" + menu.getX() + ", content at x="
                        + content.getX());
                assertTrue(menu.getX() + menu.getWidth() > browser.viewportWidth() / 2, "menu ends at x="
                        + (menu.getX() + menu.getWidth()));

                // A form is filled and saved in Arabic: the preferences, back on the installation's time zone.
                browser.click("preferences:save");
                browser.await(driver -> browser.pageText().contains("تم حفظ تفضيلاتك."));
                assertEquals("rtl", browser.driver().findElement(By.tagName(html)).getAttribute("dir"));
            } finally {
                browser.switchLanguage("en");
            }
            assertEquals("ltr", browser.driver().findElement(By.tagName("html")).getAttribute("dir"));
        }
    }

    @Test
    void theSignedOutPageFollowsTheBrowsersLanguage() {
        try (Browser browser = new Browser("ar")) {
            browser.open("/signed-out.xhtml");
            assertEquals("ar", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals("rtl", browser.driver().findElement(By.tagName("html")).getAttribute("dir"));
            assertEquals("تم تسجيل الخروج", browser.pageTitle());
        }
        try (Browser browser = new Browser("uk")) {
            browser.open("/signed-out.xhtml");
            assertEquals("Ви вийшли", browser.pageTitle());
        }
    }

    @Test
    void theSignInPageFollowsTheBrowsersLanguage() {
        for (String language : List.of("ar", "el", "uk", "pl")) {
            try (Browser browser = new Browser(language)) {
                browser.open("/caseworker/index.xhtml");
                browser.awaitLoginForm();
                assertEquals(language, browser.driver().findElement(By.tagName("html")).getAttribute("lang"),
                        "Keycloak's sign-in page for a browser asking for " + language);
            }
        }
    }

    private static long childWithAGuardian() {
        Reply registered = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        assertEquals(201, registered.status(), registered.body());
        Reply appointed = Api.postAs("authority1", "/api/children/" + registered.id() + "/guardianships",
                appointment(guardianIdOf("guardian1")));
        assertEquals(201, appointed.status(), appointed.body());
        return registered.id();
    }
}
