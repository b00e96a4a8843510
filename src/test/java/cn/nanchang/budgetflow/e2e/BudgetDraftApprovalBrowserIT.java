package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A budget draft through the real UI in a real browser: drafted by a 科员, reviewed by the
 * four levels, returned once and resubmitted. Each person signs in through the login page
 * in a browser context of their own, as they would at their own desk.
 */
@BrowserTest
class BudgetDraftApprovalBrowserIT {

    private static final Pattern DRAFT_PAGE = Pattern.compile(".*/budget-drafts/\\d+$");
    private static final Pattern INBOX_PAGE = Pattern.compile(".*/inbox$");

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void draft_approved_at_every_level_is_shown_to_its_drafter_as_approved_with_the_whole_history() {
        Page staff = browser.loginAs("staff1");
        browser.openNav(staff, "新建预算草案");
        fillLine(staff, 0, "2010350", "30201", "基本支出·公用经费", "12345.67");
        staff.locator("#add-line").click();
        fillLine(staff, 1, "2010350", "30101", "基本支出·人员经费", "50000");
        assertThat(staff.locator("#total-wan")).containsText("6.23");
        assertThat(staff.locator("#total-wan")).containsText("万元");
        assertThat(staff.locator("#total-kind-BASIC_PUBLIC")).hasText("1.23");
        assertThat(staff.locator("#total-kind-BASIC_PERSONNEL")).hasText("5.00");
        E2eBrowser.screenshot(staff, "01-draft-editor");

        String route = saveDraft(staff);
        String number = documentNumber(staff);
        assertThat(staff.locator("#doc-status")).hasText("草稿");
        assertThat(staff.locator("#lines-grid vaadin-grid-cell-content")
            .filter(new Locator.FilterOptions().setHasText("12,345.67"))).hasCount(1);
        DraftPages.confirmed(staff, "submit-draft");
        assertThat(staff.locator("#doc-status")).hasText("审批中");
        E2eBrowser.screenshot(staff, "02-draft-submitted");
        browser.logout(staff);

        review("head1", number, "同意", null);
        review("finance", number, "同意", "经费测算合理");
        review("director", number, "同意", null);
        review("bureau", number, "同意", "同意批复");

        Page drafter = browser.loginAs("staff1");
        browser.open(drafter, route);
        assertThat(drafter.locator("#doc-status")).hasText("已批复");
        assertThat(drafter.locator("#submit-draft")).hasCount(0);
        assertThat(drafter.locator("#edit-draft")).hasCount(0);
        Locator entries = drafter.locator("#history .history-entry");
        assertThat(entries).hasCount(6);
        assertThat(entries.locator(".history-action")).hasText(new String[] {
            "创建", "提交", "科长审核 · 同意", "财务审核 · 同意", "中心主任审批 · 同意", "数据局审核 · 同意"});
        assertThat(entries.locator(".history-actor")).hasText(new String[] {
            "李晓明（科员）", "李晓明（科员）", "王建华（科长）", "杨秀英（财务审核）", "徐振东（中心主任）", "马丽华（数据局审核）"});
        assertThat(drafter.locator("#history .history-comment")).hasText(new String[] {"意见：经费测算合理", "意见：同意批复"});
        E2eBrowser.screenshot(drafter, "03-draft-approved");
        browser.logout(drafter);
    }

    @Test
    void draft_returned_with_a_comment_is_revised_and_resubmitted_to_the_section_head() {
        Page staff = browser.loginAs("staff1");
        browser.openNav(staff, "新建预算草案");
        fillLine(staff, 0, "2010350", "30201", "基本支出·公用经费", "20000");
        assertThat(staff.locator("#total-wan")).containsText("2.00");
        String route = saveDraft(staff);
        String number = documentNumber(staff);
        DraftPages.confirmed(staff, "submit-draft");
        assertThat(staff.locator("#doc-status")).hasText("审批中");
        browser.logout(staff);

        review("head1", number, "同意", null);

        Page finance = browser.loginAs("finance");
        browser.openNav(finance, "待办");
        openTask(finance, number);
        decide(finance, "退回", null);
        assertThat(finance.locator("#review-comment [slot=error-message]")).hasText("退回时必须填写退回意见");
        assertThat(finance.locator("#review-comment")).hasAttribute("invalid", "");
        assertThat(finance).hasURL(DRAFT_PAGE);
        E2eBrowser.screenshot(finance, "06-return-without-comment");
        finance.locator("#review-dialog-cancel").click();
        browser.openNav(finance, "待办");
        openTask(finance, number);
        assertThat(finance.locator("#history .history-entry")).hasCount(3);
        decide(finance, "退回", "公用经费测算依据不足，请补充说明");
        assertThat(finance).hasURL(INBOX_PAGE);
        assertThat(handleButton(finance, number)).hasCount(0);
        browser.logout(finance);

        Page drafter = browser.loginAs("staff1");
        browser.open(drafter, route);
        assertThat(drafter.locator("#doc-status")).hasText("已退回");
        assertThat(drafter.locator("#history .history-entry").last()).containsText("财务审核 · 退回");
        assertThat(drafter.locator("#history .history-comment")).hasText("意见：公用经费测算依据不足，请补充说明");
        assertThat(drafter.locator("#submit-draft")).hasText("重新提交");
        E2eBrowser.screenshot(drafter, "07-draft-returned");
        drafter.locator("#edit-draft").click();
        assertThat(drafter).hasURL(Pattern.compile(".*/budget-drafts/\\d+/edit$"));
        Locator amount = drafter.locator("vaadin-text-field.line-amount input").first();
        assertThat(amount).hasValue("20000.00");
        amount.fill("25000");
        assertThat(drafter.locator("#total-wan")).containsText("2.50");
        assertEquals(route, saveDraft(drafter), "saving an edit stays on the same draft");
        assertThat(drafter.locator("#doc-status")).hasText("已退回");
        assertThat(drafter.locator("#lines-grid vaadin-grid-cell-content")
            .filter(new Locator.FilterOptions().setHasText("25,000.00"))).hasCount(1);
        DraftPages.confirmed(drafter, "submit-draft");
        assertThat(drafter.locator("#doc-status")).hasText("审批中");
        assertThat(drafter.locator("#history .history-entry").last()).containsText("重新提交");
        browser.logout(drafter);

        Page head = browser.loginAs("head1");
        browser.openNav(head, "待办");
        assertThat(handleButton(head, number)).isVisible();
        E2eBrowser.screenshot(head, "04-inbox-after-resubmission");
        browser.logout(head);
    }

    /** One reviewer signs in, opens the task from 待办, decides and is sent back to an inbox without it. */
    private void review(String user, String number, String decision, String comment) {
        Page page = browser.loginAs(user);
        browser.openNav(page, "待办");
        if ("head1".equals(user)) {
            E2eBrowser.screenshot(page, "05-inbox-" + user + "-" + number);
        }
        openTask(page, number);
        decide(page, decision, comment);
        assertThat(page).hasURL(INBOX_PAGE);
        assertThat(handleButton(page, number)).hasCount(0);
        browser.logout(page);
    }

    private static Locator handleButton(Page page, String number) {
        return page.locator("#inbox-grid vaadin-button.handle-task[data-document-number='" + number + "']");
    }

    private static void openTask(Page page, String number) {
        handleButton(page, number).click();
        assertThat(page).hasURL(DRAFT_PAGE);
        assertThat(page.locator("#doc-number")).containsText(number);
        assertThat(page.locator("#action-bar")).isVisible();
    }

    private static void decide(Page page, String decision, String comment) {
        E2eBrowser.chooseDecision(page, decision);
        if (comment != null) {
            page.locator("#review-comment textarea").fill(comment);
        }
        page.locator("#review-submit").click();
        E2eBrowser.waitForVaadin(page);
    }

    private static void fillLine(Page page, int index, String functionCode, String economicCode, String kind, String amount) {
        Locator line = page.locator("#draft-lines .budget-line").nth(index);
        E2eBrowser.pickFromComboBox(line.locator("vaadin-combo-box.line-function"), functionCode);
        E2eBrowser.pickFromComboBox(line.locator("vaadin-combo-box.line-economic"), economicCode);
        E2eBrowser.pickFromSelect(line.locator("vaadin-select.line-kind"), kind);
        line.locator("vaadin-text-field.line-amount input").fill(amount);
    }

    /** Saves the editor and returns the route of the draft page it lands on. */
    private static String saveDraft(Page page) {
        page.locator("#save-draft").click();
        assertThat(page).hasURL(DRAFT_PAGE);
        assertThat(page.locator("#doc-status")).isVisible();
        String url = page.url();
        return url.substring(url.indexOf("budget-drafts/"));
    }

    private static String documentNumber(Page page) {
        assertThat(page.locator("#doc-number")).containsText("YS-");
        String text = page.locator("#doc-number").textContent();
        return text.substring(text.indexOf("YS-")).strip();
    }
}
