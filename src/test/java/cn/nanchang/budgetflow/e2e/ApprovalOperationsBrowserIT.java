package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The approval operations in a real browser: the director returns a draft to finance, which
 * finds it in its inbox again; and a drafter copies a head of another section in, who sees it
 * under 抄送我的 as unread until opening it, while the drafter sees it read.
 */
@BrowserTest
class ApprovalOperationsBrowserIT {

    private static final Pattern DRAFT_PAGE = Pattern.compile(".*/budget-drafts/\\d+$");
    private static final Pattern INBOX_PAGE = Pattern.compile(".*/inbox$");

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void the_director_returns_a_draft_to_finance_which_finds_it_in_its_inbox_with_the_reason() {
        String[] draft = submittedDraft("staff2", 2041, "30000");
        String number = draft[1];
        review("head2", number, null);
        review("finance", number, null);

        Page director = browser.loginAs("director");
        browser.openNav(director, "待办");
        openTask(director, number);
        director.locator("#review-decision").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("退回")).check();
        E2eBrowser.pickFromSelect(director.locator("#review-return-to"), "财务审核");
        director.locator("#review-comment textarea").fill("请财务核对办公费标准");
        E2eBrowser.screenshot(director, "ops-01-return-to-finance");
        director.locator("#review-submit").click();
        assertThat(director).hasURL(INBOX_PAGE);
        browser.logout(director);

        Page finance = browser.loginAs("finance");
        browser.openNav(finance, "待办");
        openTask(finance, number);
        assertThat(finance.locator("#doc-status")).hasText("审批中");
        Locator last = finance.locator("#history .history-entry").last();
        assertThat(last.locator(".history-action")).hasText("中心主任审批 · 退回至前序环节");
        assertThat(last.locator(".history-details")).hasText("退回至：财务审核");
        assertThat(last.locator(".history-comment")).hasText("意见：请财务核对办公费标准");
        E2eBrowser.screenshot(finance, "ops-02-back-at-finance");
        browser.logout(finance);
    }

    @Test
    void a_head_of_another_section_copied_in_sees_the_draft_unread_then_read_and_the_drafter_sees_it_read() {
        String[] draft = submittedDraft("staff2", 2042, "18000");
        String route = draft[0];
        String id = route.substring(route.lastIndexOf('/') + 1);

        Page staff = browser.loginAs("staff2");
        browser.open(staff, route);
        staff.locator("#cc-send").click();
        Locator people = staff.locator("#cc-recipients");
        people.locator("input").fill("孙立新");
        staff.locator("vaadin-multi-select-combo-box-item:visible").filter(new Locator.FilterOptions().setHasText("孙立新"))
            .first().click();
        // leave the box so that its list closes and uncovers the dialog's buttons
        people.locator("input").press("Tab");
        staff.locator("#cc-note textarea").fill("数据治理科请知悉");
        staff.locator("#cc-confirm").click();
        E2eBrowser.waitForVaadin(staff);
        assertThat(staff.locator("#cc-panel .cc-recipient[data-username='head3']")).hasAttribute("data-read", "false");
        browser.logout(staff);

        Page head = browser.loginAs("head3");
        browser.openNav(head, "抄送我的");
        Locator badge = head.locator("#cc-grid .cc-read-status[data-document='" + id + "']");
        assertThat(badge).hasText("未读");
        E2eBrowser.screenshot(head, "ops-03-cc-unread");
        browser.open(head, route);
        assertThat(head.locator("#doc-number")).containsText(draft[1]);
        browser.openNav(head, "抄送我的");
        assertThat(head.locator("#cc-grid .cc-read-status[data-document='" + id + "']")).hasText("已读");
        browser.logout(head);

        Page drafter = browser.loginAs("staff2");
        browser.open(drafter, route);
        assertThat(drafter.locator("#cc-panel .cc-recipient[data-username='head3']")).hasAttribute("data-read", "true");
        assertThat(drafter.locator("#history .history-entry").last().locator(".history-details")).hasText("抄送：孙立新");
        E2eBrowser.screenshot(drafter, "ops-04-cc-read");
        browser.logout(drafter);
    }

    /**
     * A one-line draft of the staff member's section, submitted through the UI: its route and number.
     * Each test takes a year of its own, since a section keeps one open draft per year.
     */
    private String[] submittedDraft(String user, int fiscalYear, String amount) {
        Page staff = browser.loginAs(user);
        browser.openNav(staff, "新建预算草案");
        staff.locator("#draft-year input").fill(String.valueOf(fiscalYear));
        Locator line = staff.locator("#draft-lines .budget-line").nth(0);
        E2eBrowser.pickFromComboBox(line.locator("vaadin-combo-box.line-function"), "2010350");
        E2eBrowser.pickFromComboBox(line.locator("vaadin-combo-box.line-economic"), "30201");
        E2eBrowser.pickFromSelect(line.locator("vaadin-select.line-kind"), "基本支出·公用经费");
        line.locator("vaadin-text-field.line-amount input").fill(amount);
        staff.locator("#save-draft").click();
        assertThat(staff).hasURL(DRAFT_PAGE);
        assertThat(staff.locator("#doc-number")).containsText("YS-");
        String url = staff.url();
        String text = staff.locator("#doc-number").textContent();
        staff.locator("#submit-draft").click();
        assertThat(staff.locator("#doc-status")).hasText("审批中");
        browser.logout(staff);
        return new String[] {url.substring(url.indexOf("budget-drafts/")), text.substring(text.indexOf("YS-")).strip()};
    }

    private void review(String user, String number, String comment) {
        Page page = browser.loginAs(user);
        browser.openNav(page, "待办");
        openTask(page, number);
        page.locator("#review-decision").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("同意")).check();
        if (comment != null) {
            page.locator("#review-comment textarea").fill(comment);
        }
        page.locator("#review-submit").click();
        assertThat(page).hasURL(INBOX_PAGE);
        browser.logout(page);
    }

    private static void openTask(Page page, String number) {
        page.locator("#inbox-grid vaadin-button.handle-task[data-document-number='" + number + "']").click();
        assertThat(page).hasURL(DRAFT_PAGE);
        assertThat(page.locator("#review-panel")).isVisible();
    }
}
