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
 * In a real browser (a stock Chromium, whatever fonts its machine has): a child's name in Ge'ez script on the child's
 * file is drawn with the Noto Sans Ethiopic web font Guardian serves, which the page fetched because the name is on it.
 */
class WebFontsIT {

    @Test
    void aNameInGeezRendersWithTheServedFont() {
        // Unique on every run (registering the same child twice is refused): letters of U+1200..U+123F.
        StringBuilder unique = new StringBuilder();
        uniqueWord().chars().forEach(c -> unique.appendCodePoint(0x1200 + c % 64));
        String geez = "ዮናስ " + unique;
        Api.Reply registered = Api.postAs("caseworker1", "/api/children", with(child(uniqueWord()),
                "givenNames", geez));
        assertEquals(201, registered.status(), registered.body());

        try (Browser browser = new Browser()) {
            browser.openSignedIn("/children/file.xhtml?id=" + registered.id(), "caseworker1");
            browser.await(driver -> browser.pageText().contains(geez));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            browser.await(driver -> (Boolean) js.executeScript("return performance.getEntriesByType('resource')"
                    + ".some(e => e.name.includes('noto-sans-ethiopic-ethiopic-'));"));
            String loaded = (String) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " document.fonts.ready.then(() => done(Array.from(document.fonts)"
                    + ".filter(f => f.status === 'loaded').map(f => f.family + ' ' + f.weight).join(', ')));");
            assertTrue(loaded.contains("Noto Sans Ethiopic"), "fonts the page loaded: " + loaded);
            // The name stands in the page's heading (bold) and elsewhere (regular): the weight drawn is loaded.
            assertEquals(Boolean.TRUE, js.executeScript("return ['400', '700'].some(weight => Array.from("
                    + "document.fonts).some(f => f.family.replace(/\"/g, '') === 'Noto Sans Ethiopic'"
                    + " && f.weight === weight && f.status === 'loaded')"
                    + " && document.fonts.check(weight + ' 16px \"Noto Sans Ethiopic\"', arguments[0]));", geez),
                    "the browser has the font for the name: " + loaded);
        }
    }

    @Test
    void aNameInBengaliRendersWithTheServedFontAndOnlyThatScriptsFontIsFetched() {
        // Bangladesh is among the children's countries of origin; consonants U+0995..U+09A8 make the name unique.
        StringBuilder unique = new StringBuilder();
        uniqueWord().chars().forEach(c -> unique.appendCodePoint(0x0995 + c % 20));
        String bengali = "রহিম " + unique;
        Api.Reply registered = Api.postAs("caseworker1", "/api/children", with(child(uniqueWord()),
                "givenNames", bengali));
        assertEquals(201, registered.status(), registered.body());

        try (Browser browser = new Browser()) {
            browser.openSignedIn("/children/file.xhtml?id=" + registered.id(), "caseworker1");
            browser.await(driver -> browser.pageText().contains(bengali));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            browser.await(driver -> (Boolean) js.executeScript("return performance.getEntriesByType('resource')"
                    + ".some(e => e.name.includes('noto-sans-bengali-bengali-'));"));
            String loaded = (String) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " document.fonts.ready.then(() => done(Array.from(document.fonts)"
                    + ".filter(f => f.status === 'loaded').map(f => f.family + ' ' + f.weight).join(', ')));");
            assertTrue(loaded.contains("Noto Sans Bengali"), "fonts the page loaded: " + loaded);
            assertEquals(Boolean.TRUE, js.executeScript("return ['400', '700'].some(weight => Array.from("
                    + "document.fonts).some(f => f.family.replace(/\"/g, '') === 'Noto Sans Bengali'"
                    + " && f.weight === weight && f.status === 'loaded')"
                    + " && document.fonts.check(weight + ' 16px \"Noto Sans Bengali\"', arguments[0]));", bengali),
                    "the browser has the font for the name: " + loaded);
            // unicode-range: a page without Georgian or Tamil text does not download their fonts.
            assertEquals(Boolean.FALSE, js.executeScript("return performance.getEntriesByType('resource')"
                    + ".some(e => e.name.includes('noto-sans-georgian-') || e.name.includes('noto-sans-tamil-'));"));
        }
    }
}
