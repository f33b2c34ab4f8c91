package eu.guardian.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (fetched from the npm registry by the build, never committed: docs/accessibility.md) run inside the page
 * the browser shows: a page state with a critical or serious violation fails the test that reached it, naming each
 * violation and where it is. Each state (address, language, window width and the page's size) is checked once per
 * test run: the suite passes the same pages many times.
 * <p>
 * By default ({@code fail}) such a state fails the test that reached it, listing every violation; with
 * {@code -Daxe.mode=report} it is only written to {@code target/axe-violations.txt}, for a survey of many pages in one
 * run. {@link #assertNone} always fails (docs/accessibility.md).
 */
public final class Accessibility {

    /** What the checks allow: nothing critical, nothing serious. */
    private static final Set<String> FAILING_IMPACTS = Set.of("critical", "serious");

    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    /**
     * The languages whose page states are checked: left to right (en, de, fr) and right to left (ar). The other seven
     * share their markup and colours; checking each of eleven languages made the build minutes longer.
     */
    private static final Set<String> CHECKED_LANGUAGES = Set.of("en", "de", "fr", "ar");

    private static volatile String axeSource;

    private Accessibility() {
    }

    /**
     * Whether to check: the build names axe-core's script (failsafe's {@code axe.script}), which must then be there; a
     * run from an IDE without it checks nothing.
     */
    public static boolean available() {
        if (System.getProperty("axe.script") == null) {
            return false;
        }
        if (!Files.isRegularFile(script())) {
            throw new IllegalStateException("axe-core is missing at " + script() + " (the build fetches it with npm)");
        }
        return true;
    }

    /** Checks the page the driver shows now, unless this very state was checked before. */
    public static void check(WebDriver driver) {
        if (!available()) {
            return;
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!CHECKED_LANGUAGES.contains(String.valueOf(js.executeScript("return document.documentElement.lang;")))) {
            return;
        }
        settle(driver);
        String state = (String) js.executeScript("return location.pathname + location.search + '|'"
                + " + document.documentElement.lang + '|' + window.innerWidth + '|'"
                + " + document.body.innerHTML.length;");
        if (!CHECKED.add(state)) {
            return;
        }
        List<Map<String, Object>> violations = violations(driver);
        if (violations.isEmpty()) {
            return;
        }
        String finding = "Accessibility (axe-core) on " + driver.getCurrentUrl() + " at "
                + js.executeScript("return window.innerWidth + 'px, lang ' + document.documentElement.lang")
                + ":\n" + describe(violations);
        if ("report".equals(System.getProperty("axe.mode", "fail"))) {
            record(finding);
            return;
        }
        CHECKED.remove(state);
        throw new AssertionError(finding);
    }

    /** Fails unless the page shown now has no critical or serious violation, whatever {@code axe.mode} says. */
    public static void assertNone(WebDriver driver) {
        if (!available()) {
            return;
        }
        settle(driver);
        List<Map<String, Object>> violations = violations(driver);
        if (!violations.isEmpty()) {
            throw new AssertionError("Accessibility (axe-core) on " + driver.getCurrentUrl() + ":\n"
                    + describe(violations));
        }
    }

    private static synchronized void record(String finding) {
        Path report = Path.of(System.getProperty("axe.report", "target/axe-violations.txt"));
        try {
            Files.writeString(report, finding + "\n\n", java.nio.charset.StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The critical and serious violations of the page as it is now, whatever was checked before. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(source());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        List<Map<String, Object>> all = (List<Map<String, Object>>) js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                        + "  done(r.violations.map(function (v) { return {id: v.id, impact: v.impact, help: v.help,"
                        + "    nodes: v.nodes.slice(0, 8).map(function (n) { return n.target.join(' ') + ' — '"
                        + "      + (n.failureSummary || '').replace(/\\s+/g, ' ').substring(0, 240); })}; }));"
                        + "}, function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e),"
                        + " nodes: []}]); });");
        return all.stream().filter(v -> FAILING_IMPACTS.contains(String.valueOf(v.get("impact")))).toList();
    }

    @SuppressWarnings("unchecked")
    static String describe(List<Map<String, Object>> violations) {
        return violations.stream().map(v -> "- " + v.get("impact") + " " + v.get("id") + ": " + v.get("help") + "\n"
                + ((List<String>) v.get("nodes")).stream().map(n -> "    " + n).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    /**
     * Waits until no request is under way and nothing moves (a dialog fading in has a colour it does not keep), and
     * stops jQuery's animations for the rest of the page's life. CSS transitions (a panel's fade, a button coming back
     * from its disabled look after an ajax request) are brought to their end state: axe measures the colours of the
     * moment, and half-way through a fade every text fails its contrast.
     */
    private static void settle(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(js.executeScript(
                "var moving = 0;"
                        + "if (document.getAnimations) { document.getAnimations().forEach(function (a) {"
                        + "  var end = a.effect ? a.effect.getComputedTiming().endTime : Infinity;"
                        + "  if (a.playState === 'running' && end !== Infinity) { moving++; a.finish(); } }); }"
                        + "if (!window.jQuery) { return document.readyState === 'complete' && moving === 0; }"
                        + "jQuery.fx.off = true;"
                        + "return document.readyState === 'complete' && jQuery.active === 0 && moving === 0"
                        + " && jQuery(':animated').length === 0;")));
    }

    private static Path script() {
        return Path.of(System.getProperty("axe.script", "target/axe/package/axe.min.js"));
    }

    private static String source() {
        if (axeSource == null) {
            try {
                axeSource = Files.readString(script());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }
}
