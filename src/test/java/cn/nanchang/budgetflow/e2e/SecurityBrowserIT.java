package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.approval.DocumentReview;
import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditEntry;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.budget.BudgetDraftInput;
import cn.nanchang.budgetflow.budget.BudgetDraftService;
import cn.nanchang.budgetflow.document.DocumentLifecycle;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.organization.UserDirectory;
import cn.nanchang.budgetflow.security.ActingAs;
import cn.nanchang.budgetflow.workflow.Decision;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The browser side of the security work: the UI runs under the Content Security Policy without a
 * single violation; HTML and script typed into a note and an approval comment are shown as text
 * and never run; a locked account sees why it cannot sign in; a page outside one's role looks like
 * one that does not exist.
 */
@BrowserTest
class SecurityBrowserIT {

    /** Sets a flag if it ever runs; shown escaped it is only text. */
    private static final String SCRIPT = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">";

    @Autowired
    ActingAs actingAs;

    @Autowired
    BudgetDraftService drafts;

    @Autowired
    DocumentLifecycle lifecycle;

    @Autowired
    DocumentReview review;

    @Autowired
    UserDirectory directory;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuditLog audit;

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void script_in_a_note_and_in_a_return_comment_is_shown_as_text_and_never_runs() {
        long id = actingAs.run("staff1", () -> drafts.create(new BudgetDraftInput(2095, List.of(
            new BudgetDraftInput.LineInput("2010350", "30201", "BASIC_PUBLIC", "100.00", SCRIPT)))).id());
        actingAs.run("staff1", () -> lifecycle.submit(id));
        actingAs.run("head1", () -> {
            String taskId = review.inbox(0, 500).stream().filter(t -> t.document().id() == id).findFirst().orElseThrow().taskId();
            return review.decide(taskId, Decision.RETURN, "退回：" + SCRIPT);
        });

        Page staff = browser.anonymousPage();
        List<String> violations = watchCsp(staff);
        browser.signIn(staff, "staff1");
        browser.open(staff, "budget-drafts/" + id);
        assertThat(violations).as("CSP violations and script errors").isEmpty();

        // the line's note in the grid, and the return comment in the banner and in the history, all as text
        assertThat(staff.locator("#lines-grid").getByText(SCRIPT).first()).isVisible();
        assertThat(staff.locator("#return-banner")).containsText("window.__xss=1");
        assertThat(staff.locator(".history-comment").filter(new com.microsoft.playwright.Locator.FilterOptions()
            .setHasText("window.__xss=1"))).isVisible();
        assertThat(staff.evaluate("() => window.__xss === undefined")).isEqualTo(true);
        assertThat(staff.locator("img[src=x]")).hasCount(0);
        assertThat(violations).isEmpty();
    }

    @Test
    void the_pages_of_each_kind_of_user_work_under_the_content_security_policy() {
        for (String user : List.of("staff1", "head1", "finance", "auditor")) {
            Page page = browser.anonymousPage();
            List<String> violations = watchCsp(page);
            browser.signIn(page, user);
            page.locator("#main-nav vaadin-side-nav-item").last().click();
            E2eBrowser.waitForVaadin(page);
            assertThat(violations).as(user + ": CSP violations and script errors").isEmpty();
            assertThat(page.locator("#current-user")).isVisible();
            assertThat(page.locator("#error-page")).hasCount(0);
            page.context().close();
        }
    }

    @Test
    void a_page_outside_ones_role_looks_like_a_page_that_does_not_exist_and_each_refusal_is_audited() {
        long othersDraft = actingAs.run("staff2", () -> drafts.create(new BudgetDraftInput(2093, List.of(
            new BudgetDraftInput.LineInput("2010350", "30201", "BASIC_PUBLIC", "100.00", "别科室的草案")))).id());
        Page staff = browser.loginAs("staff1");
        browser.open(staff, "users");
        assertThat(staff.locator("#error-page")).containsText("页面不存在");
        assertThat(staff.locator("#users-grid")).hasCount(0);
        browser.open(staff, "budget-drafts/" + othersDraft);
        assertThat(staff.locator("#error-page")).containsText("页面不存在");
        assertThat(staff.getByText("别科室的草案")).hasCount(0);

        // issue 12 §5: a refusal in the UI is evidence as much as one over the API
        assertThat(audit.byActor("staff1", AuditAction.ACCESS_DENIED)).extracting(AuditEntry::getDetails)
            .anySatisfy(d -> assertThat(d).startsWith("页面 users → 404"))
            .anySatisfy(d -> assertThat(d).startsWith("页面 budget-drafts/{id} → 404").contains("/budget-drafts/" + othersDraft));
    }

    @Test
    void a_throttled_sign_in_is_told_how_long_to_wait() {
        String user = "browser-lock-" + System.nanoTime() % 100_000;
        directory.save(new AppUser(user, "锁定提示测试", encoder.encode(E2eBrowser.PASSWORD), Role.STAFF, directory.section("S06")));
        Page page = browser.anonymousPage();
        for (int i = 0; i < 5; i++) {
            signIn(page, user, "wrong-" + i);
        }
        signIn(page, user, E2eBrowser.PASSWORD);

        assertThat(page.locator("vaadin-login-form")).containsText("暂时无法登录");
        assertThat(page.locator("vaadin-login-form")).containsText("秒后再试");
    }

    /**
     * Issue 12 §3: a page of another origin, in a browser holding Basic credentials for the application,
     * posts a form and calls fetch with credentials against submit, read-all and disable; every request
     * reaches the server and is refused, and nothing changes.
     */
    @Test
    void another_site_cannot_use_the_browsers_credentials_against_the_api() throws Exception {
        long draft = actingAs.run("staff1", () -> drafts.create(new BudgetDraftInput(2094, List.of(
            new BudgetDraftInput.LineInput("2010350", "30201", "BASIC_PUBLIC", "100.00", "跨站测试")))).id());
        long returned = actingAs.run("staff1", () -> drafts.create(new BudgetDraftInput(2093, List.of(
            new BudgetDraftInput.LineInput("2010350", "30201", "BASIC_PUBLIC", "100.00", "跨站测试")))).id());
        actingAs.run("staff1", () -> lifecycle.submit(returned));
        actingAs.run("head1", () -> review.decide(review.inbox(0, 500).stream().filter(t -> t.document().id() == returned)
            .findFirst().orElseThrow().taskId(), Decision.RETURN, "请补充"));
        String victim = "csrf-victim-" + System.nanoTime() % 100_000;
        directory.save(new AppUser(victim, "跨站停用测试", encoder.encode(E2eBrowser.PASSWORD), Role.STAFF, directory.section("S06")));
        E2eApi api = browser.api();
        long unread = api.get("staff1", "/api/v1/notifications/unread-count").path("unread").asLong();
        assertThat(unread).as("an unread notice to keep unread").isPositive();

        String app = browser.baseUrl() + "/api/v1";
        try (AttackerSite evil = new AttackerSite()) {
            attack(evil, "staff1", app + "/budget-drafts/" + draft + "/submit");
            attack(evil, "staff1", app + "/notifications/read-all");
            attack(evil, "admin", app + "/admin/users/" + victim + "/disable");
        }

        assertThat(api.get("staff1", "/api/v1/budget-drafts/" + draft).path("status").asText()).isEqualTo("DRAFT");
        assertThat(api.get("staff1", "/api/v1/notifications/unread-count").path("unread").asLong()).isEqualTo(unread);
        assertThat(api.get("admin", "/api/v1/admin/users/" + victim).path("enabled").asBoolean()).isTrue();
    }

    /**
     * In a browser holding the user's credentials: first a same-origin read works (the credentials are
     * really sent), then the other site's form POST and its fetches with credentials (no body; a text body)
     * reach the server with them and are each answered 403.
     */
    private void attack(AttackerSite evil, String user, String target) {
        Page page = browser.pageHoldingBasicCredentials(user);
        com.microsoft.playwright.Response own = page.navigate(browser.baseUrl() + "/api/v1/me");
        assertThat(own.status()).as("the browser holds %s's credentials", user).isEqualTo(200);

        page.navigate(evil.page(target));
        com.microsoft.playwright.Response form = page.waitForResponse(target, () -> page.evaluate("() => document.forms[0].submit()"));
        assertThat(form.status()).as("form POST from %s to %s", evil.origin(), target).isEqualTo(403);
        assertThat(form.request().headerValue("authorization")).as("the browser sent the credentials").startsWith("Basic ");
        page.waitForURL(target); // the form's navigation is over before the page is used again

        page.navigate(evil.page(target));
        // no-cors: the browser sends it without asking the server first (no preflight), as a forging page would
        for (String call : List.of("u => fetch(u, {method: 'POST', mode: 'no-cors', credentials: 'include'}).then(r => r.type)",
                "u => fetch(u, {method: 'POST', mode: 'no-cors', credentials: 'include', headers: {'Content-Type': 'text/plain'},"
                    + " body: '{}'}).then(r => r.type)")) {
            com.microsoft.playwright.Response fetched = page.waitForResponse(target, () -> page.evaluate(call, target));
            assertThat(fetched.status()).as("fetch from %s to %s", evil.origin(), target).isEqualTo(403);
        }
        page.context().close();
    }

    /** Another origin on this machine (127.0.0.1 on a port of its own, the application being on localhost) with a forging page. */
    private static final class AttackerSite implements AutoCloseable {

        private final com.sun.net.httpserver.HttpServer server;

        AttackerSite() throws java.io.IOException {
            server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String target = java.net.URLDecoder.decode(exchange.getRequestURI().getRawQuery().substring("target=".length()),
                    java.nio.charset.StandardCharsets.UTF_8);
                byte[] html = ("<!doctype html><html><body><form method=\"post\" action=\"" + target + "\"></form>"
                    + "<p>优惠活动</p></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, html.length);
                exchange.getResponseBody().write(html);
                exchange.close();
            });
            server.start();
        }

        String origin() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        String page(String target) {
            return origin() + "/?target=" + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private void signIn(Page page, String user, String password) {
        browser.open(page, "login");
        page.locator("vaadin-login-form input[name=username]").fill(user);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form input[name=password]").press("Enter");
        page.waitForURL("**/login?error");
        E2eBrowser.waitForVaadin(page);
    }

    /** Collects every CSP violation and uncaught script error the page reports from now on, across navigations. */
    private static List<String> watchCsp(Page page) {
        List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                violations.add(m.text());
            }
        });
        page.onPageError(violations::add);
        return violations;
    }
}
