package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The approval operations in a real browser: the director returns a draft to finance, which
 * finds it in its inbox again; and a drafter copies a head of another section in, who sees it
 * under 抄送我的 as unread until opening it, while the drafter sees it read.
 */
@BrowserTest
class ApprovalOperationsBrowserIT {

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void the_director_returns_a_draft_to_finance_which_finds_it_in_its_inbox_with_the_reason() {
        String number = DraftPages.submittedDraft(browser, "staff2", 2041, "30000").number();
        DraftPages.approveFromInbox(browser, "head2", number, null);
        DraftPages.approveFromInbox(browser, "finance", number, null);

        Page director = browser.loginAs("director");
        browser.openNav(director, "待办");
        DraftPages.openTask(director, number);
        E2eBrowser.chooseDecision(director, "退回");
        E2eBrowser.pickFromSelect(director.locator("#review-return-to"), "财务审核");
        director.locator("#review-comment textarea").fill("请财务核对办公费标准");
        E2eBrowser.screenshot(director, "ops-01-return-to-finance");
        director.locator("#review-submit").click();
        assertThat(director).hasURL(DraftPages.INBOX_PAGE);
        browser.logout(director);

        Page finance = browser.loginAs("finance");
        browser.openNav(finance, "待办");
        DraftPages.openTask(finance, number);
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
        DraftPages.Submitted draft = DraftPages.submittedDraft(browser, "staff2", 2042, "18000");
        String route = draft.route();
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
        assertThat(head.locator("#doc-number")).containsText(draft.number());
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
}
