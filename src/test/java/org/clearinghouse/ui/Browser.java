package org.clearinghouse.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
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
 * Headless Chromium (Debian's chromium and chromedriver) driving the portal, with the few steps every test needs.
 * A browser test class registers one for all its tests, started before the first and closed after the last, with a
 * screenshot of the page any test failed on: {@code @RegisterExtension static final Browser browser =
 * Browser.perTestClass("failed-inbox-");}.
 */
final class Browser implements AutoCloseable, BeforeAllCallback, AfterAllCallback, TestWatcher {

    static final String BASE_URL = System.getProperty("it.baseUrl", "http://localhost:8080");
    static final Path SCREENSHOTS = Path.of(System.getProperty("it.screenshots", "target/screenshots"));

    private final String failurePrefix;
    WebDriver driver;
    WebDriverWait wait;

    /** A browser started now, for a single use ({@code try (Browser browser = new Browser()) {...}}). */
    Browser() {
        this(null);
        start();
    }

    private Browser(String failurePrefix) {
        this.failurePrefix = failurePrefix;
    }

    /** A browser for the tests of one class, started before them; a failed test leaves {@code <prefix><test>.png}. */
    static Browser perTestClass(String failurePrefix) {
        return new Browser(failurePrefix);
    }

    private void start() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=en-US",
                "--window-size=1400,1000");
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1400, 1000));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (driver == null) {
            start();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver != null && failurePrefix != null) {
            screenshot(failurePrefix + context.getRequiredTestMethod().getName());
        }
    }

    void open(String path) {
        driver.get(BASE_URL + path);
        waitForPage();
    }

    /** Waits until the page is loaded and its widgets are made (after the first paint: PaintFirstScriptsWriter). */
    void waitForPage() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete'"
                        + " && !document.querySelector('script[data-ch-init]');")));
    }

    /** Waits until no PrimeFaces ajax request is running. */
    void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    void signIn(String username) {
        driver.manage().deleteAllCookies();
        open("/login.xhtml?lang=en");
        type(By.id("signInForm:username"), username);
        type(By.id("signInForm:password"), "demo");
        driver.findElement(By.id("signInForm:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-role")));
        waitForPage();
    }

    void signOut() {
        driver.manage().deleteAllCookies();
    }

    void type(By field, String text) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
        element.clear();
        element.sendKeys(text);
    }

    WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Scrolls the chart {@code chartId} (client id) into view, as a reader does, and waits until Chart.js has drawn
     * it: the home page's charts are drawn only when they come into view.
     */
    void drawnChart(String chartId) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'center'});", chartId);
        wait.until(d -> Boolean.TRUE.equals(js.executeScript(
                "var id = arguments[0];"
                        + " return Object.values(PrimeFaces.widgets).some(function(w) { return w && w.id === id && !!w.chart; });",
                chartId)));
    }

    /**
     * What {@code locator} finds in the paginated table {@code tableId} (client id), paging forward from the current
     * page until it shows: rows that other tests added may come first, whatever order the test classes run in.
     */
    WebElement onSomePage(String tableId, By locator) {
        String table = "#" + tableId.replace(":", "\\:");
        visible(By.cssSelector(table));
        for (int page = 0; page < 100 && driver.findElements(locator).isEmpty(); page++) {
            List<WebElement> next = driver.findElements(By.cssSelector(table + " .ui-paginator-next"));
            if (next.isEmpty() || next.get(0).getAttribute("class").contains("ui-state-disabled")) {
                break;
            }
            WebElement firstRow = driver.findElement(By.cssSelector(table + " tbody > tr"));
            next.get(0).click();
            wait.until(ExpectedConditions.stalenessOf(firstRow));
            waitForAjax();
        }
        return visible(locator);
    }

    /**
     * Picks the option whose label starts with {@code label} in a PrimeFaces selectOneMenu, through the widget (a
     * synthetic click on the overlay's item is not reliable in headless Chromium); change listeners and ajax run.
     */
    void choose(String menuId, String label) {
        waitForAjax();
        wait.until(ExpectedConditions.elementToBeClickable(By.id(menuId))).click();
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript(
                        "var w = PrimeFaces.getWidgetById(arguments[0]); return !!w.items && w.items.length > 0"
                                + " && jQuery(':animated').length === 0;",
                        menuId)));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "var w = PrimeFaces.getWidgetById(arguments[0]); var label = arguments[1];"
                                + "var item = w.items.filter(function() { return String($(this).attr('data-label')).trim().indexOf(label) === 0; }).first();"
                                + "if (item.length === 0) { throw new Error('no option ' + label + ' in ' + arguments[0]); }"
                                + "w.selectItem(item); w.hide();",
                        menuId,
                        label);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
        waitForAjax();
    }

    /** Types a month (YYYY-MM) into a PrimeFaces datePicker and closes its calendar. */
    void typeMonth(String pickerId, String month) {
        type(By.id(pickerId + "_input"), month);
        driver.findElement(By.id(pickerId + "_input")).sendKeys(org.openqa.selenium.Keys.TAB);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(pickerId + "_panel")));
    }

    String html() {
        return driver.getPageSource();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException e) {
            throw new IllegalStateException("cannot save screenshot " + name, e);
        }
    }

    @Override
    public void close() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
