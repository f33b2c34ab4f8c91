package eu.guardian.testsupport;

import eu.guardian.stack.GuardianStack;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven through Selenium, with a fresh profile (no cookies) per instance. Debian's
 * chromium and chromedriver are named explicitly so that Selenium Manager never tries to download anything.
 *
 * <p>After every page it opens, every click and every awaited condition, it fails the test when Guardian's page shows
 * a text missing from its language's bundle ({@code ???key???}), whatever the test itself looks at.
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final URI app;

    public Browser() {
        this(1280, 900);
    }

    /** A browser whose window has this size in CSS pixels, e.g. 360 wide like a small phone. */
    public Browser(int width, int height) {
        this(width, height, "en-US");
    }

    /** A browser that asks for pages in this language first (its Accept-Language), e.g. "ar". */
    public Browser(String language) {
        this(1280, 900, language);
    }

    /**
     * A browser of this size whose user prefers this language (a BCP 47 tag, e.g. {@code de-DE}); every page state a
     * test waits for is checked with axe-core ({@link Accessibility}).
     */
    public Browser(int width, int height, String language) {
        // The stack first: when it cannot start, no browser is left running without anyone to close it.
        this(GuardianStack.shared().appUrl(), width, height, language);
    }

    /** A browser on Guardian at another address than the app's own (the cluster's balancer). */
    public Browser(URI app) {
        this(app, 1280, 900, "en-US");
    }

    private Browser(URI app, int width, int height, String language) {
        this.app = app;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=" + language, "--window-size=" + width + "," + height);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages",
                language + "," + language.replaceFirst("-.*", "")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        this.driver = new ChromeDriver(service, options);
        try {
            this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        } catch (RuntimeException e) {
            driver.quit();
            throw e;
        }
    }

    /** Opens a page of Guardian, e.g. {@code /admin/index.xhtml}. */
    public Browser open(String path) {
        driver.get(app + path);
        assertNoMissingTexts();
        return this;
    }

    /** Opens a page and signs in on Keycloak's login form, which the page must lead to. */
    public Browser openSignedIn(String path, String username) {
        open(path);
        signInOnLoginForm(username);
        return this;
    }

    public void signInOnLoginForm(String username) {
        awaitLoginForm();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(username);
        driver.findElement(By.id("kc-login")).click();
        awaitGuardianPage();
    }

    /** Waits for Keycloak's login form (the sign-in page a user without a session meets). */
    public void awaitLoginForm() {
        await(d -> isLoginForm());
    }

    public boolean isLoginForm() {
        return driver.getCurrentUrl().startsWith(GuardianStack.shared().keycloakIssuer().toString())
                && !driver.findElements(By.id("kc-login")).isEmpty();
    }

    public void awaitGuardianPage() {
        await(d -> d.getCurrentUrl().startsWith(app.toString()) && !d.findElements(By.id("page-title")).isEmpty());
    }

    /**
     * Switches the page's language through the header's language menu (a disclosure: opened first), e.g. "ar", and
     * waits for the page in it.
     */
    public void switchLanguage(String tag) {
        WebElement menu = element("language-menu");
        if (menu.getAttribute("open") == null) {
            element("language-current").click();
        }
        element("languageSwitch:" + tag).click();
        await(d -> tag.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    /**
     * Fails when Guardian's page names a text its language's bundle lacks: JSF shows such a text as ???key???, in the
     * page or in an attribute (a title, a placeholder). Other sites' pages (the sign-in service) are not checked.
     */
    public void assertNoMissingTexts() {
        String url;
        Object found;
        try {
            url = driver.getCurrentUrl();
            if (url == null || !url.startsWith(app.toString())) {
                return;
            }
            found = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "var html = document.documentElement ? document.documentElement.outerHTML : '';"
                            + " var at = html.indexOf('???');"
                            + " return at < 0 ? null : html.substring(Math.max(0, at - 80), at + 80);");
        } catch (org.openqa.selenium.WebDriverException pageChanging) {
            return; // the page is being replaced: the next page load, click or wait checks again
        }
        if (found != null) {
            throw new AssertionError("A text is missing from the bundle on " + url + " (screenshot " + screenshot()
                    + "): ..." + found + "...");
        }
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public String pageTitle() {
        return text("page-title");
    }

    public String text(String id) {
        return driver.findElement(By.id(id)).getText().trim();
    }

    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public WebElement element(String id) {
        try {
            return driver.findElement(By.id(id));
        } catch (NoSuchElementException e) {
            throw new AssertionError("No element #" + id + " on " + driver.getCurrentUrl() + ":\n" + pageText(), e);
        }
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The ids of the main menu's entries, in order. */
    public List<String> menuEntryIds() {
        return driver.findElements(By.cssSelector("#main-menu a")).stream().map(a -> a.getAttribute("id")).toList();
    }

    /** The id of the child file's open tab, e.g. {@code protectionTab}. */
    public String activeFileTab() {
        return driver.findElement(By.cssSelector("#tabs li.ui-tabs-selected a")).getAttribute("href")
                .replaceAll(".*#tabs:", "");
    }

    /** The ids of the headings the main menu groups its entries under, in order. */
    public List<String> menuHeadingIds() {
        return driver.findElements(By.cssSelector("#main-menu h2")).stream().map(h -> h.getAttribute("id")).toList();
    }

    public void click(String id) {
        element(id).click();
        assertNoMissingTexts();
    }

    public void back() {
        driver.navigate().back();
        assertNoMissingTexts();
    }

    public void refresh() {
        driver.navigate().refresh();
        assertNoMissingTexts();
    }

    /** Waits for the condition; on time-out, keeps a screenshot and says what the page showed. */
    public <T> T await(Function<WebDriver, T> condition) {
        T result;
        try {
            result = new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
            assertNoMissingTexts();
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out on " + driver.getCurrentUrl() + " (screenshot " + screenshot()
                    + "), showing:\n" + pageText(), e);
        }
        checkAccessibility();
        return result;
    }

    /**
     * The Cookie header this browser sends to Guardian: the session is named by two cookies (JSESSIONID and
     * JSESSIONIDVERSION, a distributable application's), so a test that replays the session sends them all.
     */
    public String cookieHeader() {
        return driver.manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    /** Checks the page state shown now with axe-core (Guardian's pages only, each state once per run). */
    public void checkAccessibility() {
        if (driver.getCurrentUrl().startsWith(app.toString())) {
            Accessibility.check(driver);
        }
    }

    /** Saves what the browser shows under target/screenshots, for a person to look at. */
    public Path screenshot() {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Path file = folder.resolve(System.currentTimeMillis() + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException | RuntimeException e) {
            return Path.of("(none: " + e.getMessage() + ")");
        }
    }

    /** The width of the page's viewport in CSS pixels, as the page itself sees it. */
    public long viewportWidth() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return window.innerWidth;")).longValue();
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
