package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.nanchang.budgetflow.organization.UserDirectory;
import cn.nanchang.budgetflow.testsupport.SecondFinanceUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * 转办 in a real browser: finance hands a draft's review task to a second finance member (财务乙)
 * with a reason; the task leaves finance's inbox and appears in 财务乙's, who approves it, and the
 * document's history shows the transfer. The draft is prepared over the REST API, since drafting
 * and the section head's approval have browser tests of their own.
 */
@BrowserTest
class TransferBrowserIT {

    private static final Pattern DRAFT_PAGE = Pattern.compile(".*/budget-drafts/\\d+$");
    private static final Pattern INBOX_PAGE = Pattern.compile(".*/inbox$");

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    private final RestCalls rest = new RestCalls(browser);

    @BeforeAll
    void addSecondFinanceUser(@Autowired UserDirectory directory, @Autowired PasswordEncoder encoder) {
        SecondFinanceUser.ensure(directory, encoder);
    }

    @Test
    void finance_transfers_a_task_to_a_colleague_who_finds_it_in_the_inbox_approves_it_and_the_history_shows_the_transfer()
            throws Exception {
        String number = draftApprovedByTheSectionHead();

        Page finance = browser.loginAs("finance");
        browser.openNav(finance, "待办");
        openTask(finance, number);
        finance.locator("#transfer-task").click();
        E2eBrowser.pickFromComboBox(finance.locator("#transfer-target"), SecondFinanceUser.DISPLAY_NAME);
        finance.locator("#transfer-reason textarea").fill("本人出差，请财务乙审核");
        E2eBrowser.screenshot(finance, "transfer-01-dialog");
        finance.locator("#transfer-confirm").click();
        assertThat(finance).hasURL(INBOX_PAGE);
        assertThat(handleButton(finance, number)).hasCount(0);
        browser.logout(finance);

        Page colleague = browser.loginAs(SecondFinanceUser.USERNAME);
        browser.openNav(colleague, "待办");
        openTask(colleague, number);
        Locator transfer = colleague.locator("#history .history-entry").last();
        assertThat(transfer.locator(".history-action")).hasText("财务审核 · 转办");
        assertThat(transfer.locator(".history-details")).hasText("转办给：" + SecondFinanceUser.DISPLAY_NAME);
        assertThat(transfer.locator(".history-comment")).hasText("意见：本人出差，请财务乙审核");
        E2eBrowser.screenshot(colleague, "transfer-02-at-colleague");
        E2eBrowser.chooseDecision(colleague, "同意");
        colleague.locator("#review-submit").click();
        assertThat(colleague).hasURL(INBOX_PAGE);
        assertThat(handleButton(colleague, number)).hasCount(0);
        browser.logout(colleague);

        Page director = browser.loginAs("director");
        browser.openNav(director, "待办");
        openTask(director, number);
        assertThat(director.locator("#history .history-entry").last().locator(".history-action")).hasText("财务审核 · 同意");
        browser.logout(director);
    }

    /** A fresh draft of staff2's section, submitted and approved by its head over the API: its number. */
    private String draftApprovedByTheSectionHead() throws Exception {
        int year = 2061;
        while (call("staff2", "GET", "/api/v1/budget-drafts?fiscalYear=" + year, null).size() > 0) {
            year++;
        }
        JsonNode draft = call("staff2", "POST", "/api/v1/budget-drafts", "{\"fiscalYear\":" + year + ",\"lines\":[{"
            + "\"functionCode\":\"2010350\",\"economicCode\":\"30201\",\"kind\":\"BASIC_PUBLIC\",\"amount\":\"26000.00\"}]}");
        long id = draft.path("id").asLong();
        call("staff2", "POST", "/api/v1/budget-drafts/" + id + "/submit", null);
        String task = call("head2", "GET", "/api/v1/tasks?limit=500", null).findParents("documentId").stream()
            .filter(t -> t.path("documentId").asLong() == id).findFirst().orElseThrow().path("taskId").asText();
        call("head2", "POST", "/api/v1/tasks/" + task + "/decision", "{\"decision\":\"APPROVE\"}");
        return draft.path("number").asText();
    }

    private static Locator handleButton(Page page, String number) {
        return page.locator("#inbox-grid vaadin-button.handle-task[data-document-number='" + number + "']");
    }

    private static void openTask(Page page, String number) {
        handleButton(page, number).click();
        assertThat(page).hasURL(DRAFT_PAGE);
        assertThat(page.locator("#action-bar")).isVisible();
    }

    private JsonNode call(String user, String method, String path, String body) throws Exception {
        return rest.call(user, method, path, body);
    }
}
