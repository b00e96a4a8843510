package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Browser plumbing shared by the end-to-end tests: Debian's headless Chromium driven by
 * Playwright, one fresh browser context (cookies, session) per signed-in user, and the few
 * gestures Vaadin components need (pick from a combo box or select, wait for the server).
 * Playwright never downloads a browser here: the machine's network is closed.
 *
 * <p>A {@link BrowserTest} class registers one as a static extension, which owns its life:
 * Chromium starts before the class's first test against the port of the class's application,
 * every page still open when a test fails is saved as a screenshot, the contexts a test left open
 * are closed after it, and the browser is closed after the class.
 */
final class E2eBrowser implements BeforeAllCallback, AfterTestExecutionCallback, AfterEachCallback, AfterAllCallback {

    static final String PASSWORD = "demo123";
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "e2e-screenshots");
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");


    private Playwright playwright;
    private Browser browser;
    private String baseUrl;

    @Override
    public void beforeAll(ExtensionContext context) {
        // the first pages of a dev-mode context can take longer than Playwright's 5 s on a loaded two-core machine
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
        baseUrl = "http://localhost:" + port;
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(CHROMIUM_ARGS));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        context.getExecutionException().ifPresent(failure -> screenshotOpenPages("failed-" + context.getRequiredTestMethod().getName()));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        browser.contexts().forEach(BrowserContext::close);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (playwright != null) {
                playwright.close();
            }
        }
    }

    /** The address of the application under test, e.g. for requests made beside the browser. */
    String baseUrl() {
        return baseUrl;
    }

    /**
     * Signs in through the login page, in a browser context of its own (as at one's own desk:
     * no cookie or session shared with anyone else), and waits for the main layout.
     */
    Page loginAs(String username) {
        return signIn(anonymousPage(), username);
    }

    /** As {@link #loginAs(String)}, on a screen of this size, e.g. a 1366×768 laptop. */
    Page loginAs(String username, int width, int height) {
        return signIn(pageOn(new Browser.NewContextOptions().setViewportSize(width, height)), username);
    }

    /** As {@link #loginAs(String)}, on a phone: a 390×844 touch screen. */
    Page loginOnPhone(String username) {
        return signIn(pageOn(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true)),
            username);
    }

    /**
     * A page in a browser context of its own that sends the user's Basic credentials with every request,
     * whoever starts it: a browser that signed in at a Basic prompt and now attaches them to this origin
     * (issue 12 §3 — the API no longer offers the prompt, but a browser may still hold them). Playwright's
     * own httpCredentials answer a challenge only, and the API sends none; so the header is set on the context.
     */
    Page pageHoldingBasicCredentials(String username) {
        Page page = anonymousPage();
        page.context().setExtraHTTPHeaders(Map.of("Authorization", "Basic " + java.util.Base64.getEncoder()
            .encodeToString((username + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        return page;
    }

    /** A page in a browser context of its own that has not signed in yet. */
    Page anonymousPage() {
        return pageOn(new Browser.NewContextOptions().setViewportSize(1440, 900));
    }

    private Page pageOn(Browser.NewContextOptions screen) {
        BrowserContext context = browser.newContext(screen.setLocale("zh-CN").setTimezoneId("Asia/Shanghai"));
        context.setDefaultTimeout(15_000);
        context.setDefaultNavigationTimeout(60_000);
        return context.newPage();
    }

    /** Signs in on this page through the login page and waits for the main layout. */
    Page signIn(Page page, String username) {
        page.navigate(baseUrl + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        Locator password = page.locator("vaadin-login-form input[name=password]");
        password.fill(PASSWORD);
        password.press("Enter");
        assertThat(page.locator("#current-user")).isVisible();
        waitForVaadin(page);
        return page;
    }

    /** Signs out with the button in the top bar, checks that the login page is shown, and closes the context. */
    void logout(Page page) {
        page.locator("#logout").click();
        assertThat(page.locator("vaadin-login-form")).isVisible();
        page.context().close();
    }

    /** Follows a link of the side navigation, e.g. 待办, and waits until the server has answered. */
    void openNav(Page page, String label) {
        page.locator("#main-nav vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText(label))
            .first().click();
        waitForVaadin(page);
    }

    /** Loads a route directly, as after a bookmark or a typed address. */
    void open(Page page, String route) {
        page.navigate(baseUrl + "/" + route);
        waitForVaadin(page);
    }

    /** The application's REST API beside the browser, called as the demo users. */
    E2eApi api() {
        return new E2eApi(baseUrl);
    }

    /** Waits until every Vaadin client on the page is idle (no round trip pending). */
    static void waitForVaadin(Page page) {
        page.waitForFunction("() => { const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
            + " return !!clients && Object.keys(clients).length > 0"
            + " && Object.values(clients).every(c => typeof c.isActive === 'function' && !c.isActive()); }");
    }

    /** Opens a vaadin-combo-box, filters it by the text and clicks the first matching item. */
    static void pickFromComboBox(Locator comboBox, String text) {
        Locator input = comboBox.locator("input");
        input.click();
        input.fill(text);
        comboBox.page().locator("vaadin-combo-box-item:visible")
            .filter(new Locator.FilterOptions().setHasText(text)).first().click();
        // Playwright evaluates the pattern in JavaScript, which has no \Q...\E quoting: escape by hand
        assertThat(input).hasValue(Pattern.compile(text.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0")));
    }

    /** Opens a vaadin-select and clicks the item with this label. */
    static void pickFromSelect(Locator select, String label) {
        select.click();
        select.page().locator("vaadin-select-item:visible")
            .filter(new Locator.FilterOptions().setHasText(label)).first().click();
        assertThat(select.locator("vaadin-select-value-button")).containsText(label);
    }

    /**
     * Opens the review form from the action bar with the button the decision belongs to (同意 or
     * 退回; 通过 or 不通过 at 主任办公会) and checks the decision with this label in the form.
     */
    static void chooseDecision(Page page, String label) {
        boolean giveBack = label.contains("退回") || label.contains("未通过");
        page.locator(giveBack ? "#action-return" : "#action-approve").click();
        page.locator("#review-decision").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(label)).check();
    }

    /**
     * Picks people in an org-tree picker (a multi-select box) by typing each name and clicking
     * its option, then leaves the box so that its list closes.
     */
    static void pickPeople(Page page, String pickerId, String... names) {
        Locator box = page.locator("#" + pickerId);
        for (String name : names) {
            box.locator("input").fill(name);
            page.locator("vaadin-multi-select-combo-box-item:visible").filter(new Locator.FilterOptions().setHasText(name))
                .first().click();
        }
        box.locator("input").press("Tab");
    }

    /** Saves a full-page screenshot under target/e2e-screenshots for a human to look at. */
    static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Saves what the screen shows now (not the whole page), e.g. to see what is above the fold. */
    static Path screenshotOfScreen(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        return file;
    }

    /** Screenshots every page still open, e.g. when a test has failed, so the state can be seen. */
    private void screenshotOpenPages(String name) {
        int n = 0;
        for (BrowserContext context : browser.contexts()) {
            for (Page page : context.pages()) {
                screenshot(page, name + "-" + (++n));
            }
        }
    }
}
