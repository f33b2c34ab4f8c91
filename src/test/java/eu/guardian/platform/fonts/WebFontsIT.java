package eu.guardian.platform.fonts;

import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static eu.guardian.testsupport.TestData.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * In a real browser (a stock Chromium, whatever fonts its machine has): a child's name in Ge'ez, Bengali or Thai script on
 * the child's file is drawn with the Noto web font Guardian serves, which the page fetched because the name is on it.
 */
class WebFontsIT {

    @Test
    void aNameInGeezRendersWithTheServedFont() {
        // Unique on every run (registering the same child twice is refused): letters of U+1200..U+123F.
        StringBuilder unique = new StringBuilder();
        uniqueWord().chars().forEach(c -> unique.appendCodePoint(0x1200 + c % 64));
        try (Browser browser = new Browser()) {
            assertTheServedFontDraws(browser, "ዮናስ " + unique, "Noto Sans Ethiopic",
                    "noto-sans-ethiopic-ethiopic-");
        }
    }

    @Test
    void aNameInBengaliRendersWithTheServedFontAndOnlyThatScriptsFontIsFetched() {
        // Bangladesh is among the children's countries of origin; consonants U+0995..U+09A8 make the name unique.
        StringBuilder unique = new StringBuilder();
        uniqueWord().chars().forEach(c -> unique.appendCodePoint(0x0995 + c % 20));
        try (Browser browser = new Browser()) {
            assertTheServedFontDraws(browser, "রহিম " + unique, "Noto Sans Bengali",
                    "noto-sans-bengali-bengali-");
            // unicode-range: a page without Georgian or Tamil text does not download their fonts.
            assertEquals(Boolean.FALSE, ((JavascriptExecutor) browser.driver()).executeScript("return performance"
                    + ".getEntriesByType('resource').some(e => e.name.includes('noto-sans-georgian-')"
                    + " || e.name.includes('noto-sans-tamil-'));"));
        }
    }

    @Test
    void aNameInThaiRendersWithTheServedFont() {
        // One of the scripts added last (docs/pdf.md, "Web fonts"); consonants U+0E01..U+0E2E make the name unique.
        StringBuilder unique = new StringBuilder();
        uniqueWord().chars().forEach(c -> unique.appendCodePoint(0x0E01 + c % 46));
        try (Browser browser = new Browser()) {
            assertTheServedFontDraws(browser, "สมชาย " + unique, "Noto Sans Thai", "noto-sans-thai-thai-");
        }
    }

    /** A child named so, on their file: the page fetched the family's file and the browser draws the name with it. */
    private static void assertTheServedFontDraws(Browser browser, String name, String family, String file) {
        Api.Reply registered = Api.postAs("caseworker1", "/api/children", with(child(uniqueWord()),
                "givenNames", name));
        assertEquals(201, registered.status(), registered.body());
        browser.openSignedIn("/children/file.xhtml?id=" + registered.id(), "caseworker1");
        browser.await(driver -> browser.pageText().contains(name));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.await(driver -> (Boolean) js.executeScript("return performance.getEntriesByType('resource')"
                + ".some(e => e.name.includes(arguments[0]));", file));
        String loaded = (String) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " document.fonts.ready.then(() => done(Array.from(document.fonts)"
                + ".filter(f => f.status === 'loaded').map(f => f.family + ' ' + f.weight).join(', ')));");
        assertTrue(loaded.contains(family), "fonts the page loaded: " + loaded);
        // The name stands in the page's heading (bold) and elsewhere (regular): the weight drawn is loaded.
        assertEquals(Boolean.TRUE, js.executeScript("return ['400', '700'].some(weight => Array.from("
                + "document.fonts).some(f => f.family.replace(/\"/g, '') === arguments[1]"
                + " && f.weight === weight && f.status === 'loaded')"
                + " && document.fonts.check(weight + ' 16px \"' + arguments[1] + '\"', arguments[0]));", name, family),
                "the browser has the font for the name: " + loaded);
    }
}
