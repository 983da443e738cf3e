package uk.commissioning.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, talking to the app on loopback only, with screenshots under
 * target/screenshots and an axe-core accessibility scan of any page.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final URI base;
    private final WebDriverWait wait;

    Browser(URI base) throws IOException {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=en-GB",
                "--user-data-dir=" + Files.createTempDirectory("chromium-it"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        // axe over the London heat table (thousands of cells) takes tens of seconds when both cores are busy: the
        // default 30 s script deadline failed it under load, while the page itself was right.
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // A page that is still being replaced (a redirect, an Ajax update) is not a failure: look again.
        wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class);
    }

    static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    Browser open(String path) {
        driver.get(base.resolve(path).toString());
        return this;
    }

    Browser signIn(String username) {
        open("login.xhtml");
        type("login:username", username);
        type("login:password", Api.PASSWORD);
        click("login:signIn");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
        return this;
    }

    void signOut() {
        click("signout:signOutButton");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }

    void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    void select(String id, String visibleTextStart) {
        WebElement select = driver.findElement(By.id(id));
        for (WebElement option : select.findElements(By.tagName("option"))) {
            if (option.getText().startsWith(visibleTextStart)) {
                option.click();
                return;
            }
        }
        throw new AssertionError("no option starting '" + visibleTextStart + "' in " + id);
    }

    /** Puts a file into a file input, which a styled upload widget may keep out of sight. */
    void attach(String id, Path file) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).sendKeys(file.toAbsolutePath().toString());
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    void clickCss(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    /** Clicks the first element the XPath finds (a button in a table row, say). */
    void clickXpath(String xpath) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(xpath))).click();
    }

    void clickLink(String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(text))).click();
    }

    /** The text of the first table row that contains {@code text}. */
    String rowText(String text) {
        return wait.until(d -> d.findElement(By.xpath("//tr[contains(normalize-space(.), " + literal(text) + ")]")).getText());
    }

    /** What an input field holds now. */
    String value(String id) {
        return wait.until(d -> d.findElement(By.id(id)).getDomProperty("value"));
    }

    /** The visible text of every element the CSS selector finds, in page order. */
    List<String> texts(String css) {
        return wait.until(d -> {
            try {
                return d.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
            } catch (org.openqa.selenium.WebDriverException replacedWhileRead) {
                return null;   // an AJAX update replaced the elements between finding and reading them: read again
            }
        });
    }

    /** An attribute of the first element the CSS selector finds (a link's href, say). */
    String attribute(String css, String name) {
        return wait.until(d -> d.findElement(By.cssSelector(css)).getAttribute(name));
    }

    /** An attribute of the link whose text is {@code text}. */
    String attributeOfLink(String text, String name) {
        return wait.until(d -> d.findElement(By.linkText(text)).getAttribute(name));
    }

    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    void waitForText(String text) {
        wait.until(d -> {
            try {
                return d.findElement(By.tagName("body")).getText().contains(text);
            } catch (org.openqa.selenium.WebDriverException replacedWhileRead) {
                return false;   // the page was being replaced (a navigation or an AJAX update): look again
            }
        });
    }

    /** Waits (up to the usual deadline) until the condition holds; the description says what was awaited. */
    void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        wait.withMessage(what).until(d -> condition.getAsBoolean());
        wait.withMessage((String) null);
    }

    /** Waits until the fund ledger's table shows postings of the quarter only (written as the screen writes it). */
    void waitForQuarters(String quarter) {
        waitUntil("only postings of " + quarter, () -> {
            List<String> quarters = texts("#ledger\\:postings_data tr td:nth-child(2)");
            return !quarters.isEmpty() && quarters.stream().allMatch(quarter::equals);
        });
    }

    String text() {
        return wait.until(d -> d.findElement(By.tagName("body")).getText());
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** Runs a script in the page (e.g. to forge a form value the page does not offer). */
    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the current page; returns serious and critical violations. */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityViolations() throws IOException {
        Path axe = Path.of("node_modules/axe-core/axe.min.js");
        assertTrue(Files.isRegularFile(axe), "axe-core missing: mvn runs npm ci in web-module before the ITs");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(Files.readString(axe));
        Map<String, Object> results = (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))}))"
                        + ".catch(e => done({error: String(e)}));");
        assertEquals(null, results.get("error"), "axe failed to run");
        return ((List<Map<String, Object>>) results.get("violations")).stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " at " + v.get("nodes"))
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
