package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 代理审批 in a real browser (issue 12 §1): the proxy decides the principal's task and the history
 * shows 代 X 审批; the same person is then refused the next step of that approval (不相容岗位分离);
 * and after the principal cancels the grant, the proxy's decision on a task they had claimed is
 * refused and the task is back in the principal's 待办. The grants, drafts and claims are set up
 * over the REST API; what the proxy and the principal see and do is done in the browser.
 */
@BrowserTest
class ProxyBrowserIT {

    private static final Pattern INBOX_PAGE = Pattern.compile(".*/inbox$");

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    private final RestCalls rest = new RestCalls(browser);

    @AfterEach
    void cancelHeadTwosGrants() throws Exception {
        for (JsonNode grant : rest.call("head2", "GET", "/api/v1/proxies", null)) {
            rest.call("head2", "DELETE", "/api/v1/proxies/" + grant.path("id").asLong(), null);
        }
    }

    @Test
    void the_proxy_decides_as_the_section_head_shown_as_such_and_is_refused_the_finance_step_after() throws Exception {
        JsonNode draft = rest.submittedDraft("staff2", freeYear(), "27000.00");
        grant("finance");
        String principal = rest.call("head2", "GET", "/api/v1/me", null).path("displayName").asText();

        Page finance = browser.loginAs("finance");
        browser.openNav(finance, "待办");
        DraftPages.openTask(finance, draft.path("number").asText());
        E2eBrowser.chooseDecision(finance, "同意");
        finance.locator("#review-submit").click();
        assertThat(finance).hasURL(INBOX_PAGE);

        DraftPages.openTask(finance, draft.path("number").asText());
        Locator approval = finance.locator("#history .history-entry").last();
        assertThat(approval.locator(".history-action")).hasText("科长审核 · 同意");
        assertThat(approval.locator(".history-details")).hasText("代 " + principal + " 审批");
        E2eBrowser.screenshot(finance, "proxy-01-decided-for-the-head");
        E2eBrowser.chooseDecision(finance, "同意");
        finance.locator("#review-submit").click();
        assertThat(errorNotification(finance)).containsText("不相容岗位分离");
        E2eBrowser.screenshot(finance, "proxy-02-second-step-refused");
        browser.logout(finance);
    }

    @Test
    void after_the_grant_is_cancelled_the_proxys_decision_is_refused_and_the_task_is_back_with_the_principal()
            throws Exception {
        JsonNode draft = rest.submittedDraft("staff2", freeYear(), "28000.00");
        long grant = grant("director");
        String number = draft.path("number").asText();
        String taskId = rest.call("director", "GET", "/api/v1/tasks?limit=500", null).findParents("documentId").stream()
            .filter(t -> t.path("documentId").asLong() == draft.path("id").asLong()).findFirst().orElseThrow()
            .path("taskId").asText();
        rest.call("director", "POST", "/api/v1/tasks/" + taskId + "/claim", null);

        Page director = browser.loginAs("director");
        browser.openNav(director, "待办");
        DraftPages.openTask(director, number);
        rest.call("head2", "DELETE", "/api/v1/proxies/" + grant, null);
        E2eBrowser.chooseDecision(director, "同意");
        director.locator("#review-submit").click();
        assertThat(errorNotification(director)).isVisible();
        E2eBrowser.screenshot(director, "proxy-03-refused-after-cancel");
        browser.openNav(director, "待办");
        assertThat(handleButton(director, number)).hasCount(0);
        browser.logout(director);

        Page head = browser.loginAs("head2");
        browser.openNav(head, "待办");
        DraftPages.openTask(head, number);
        assertThat(head.locator("#history .history-entry").last().locator(".history-details")).containsText("代理结束，任务退回");
        E2eBrowser.screenshot(head, "proxy-04-back-with-the-head");
        browser.logout(head);
    }

    private long grant(String proxy) throws Exception {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        return rest.call("head2", "POST", "/api/v1/proxies", "{\"proxy\":\"" + proxy + "\",\"startsOn\":\"" + today
            + "\",\"endsOn\":\"" + today + "\",\"reason\":\"外出学习\"}").path("id").asLong();
    }

    /** A year in which staff2 has no draft yet. */
    private int freeYear() throws Exception {
        int year = 2071;
        while (rest.call("staff2", "GET", "/api/v1/budget-drafts?fiscalYear=" + year, null).size() > 0) {
            year++;
        }
        return year;
    }

    private static Locator errorNotification(Page page) {
        return page.locator("vaadin-notification-card[theme~='error']").last();
    }

    private static Locator handleButton(Page page, String number) {
        return page.locator("#inbox-grid vaadin-button.handle-task[data-document-number='" + number + "']");
    }
}
