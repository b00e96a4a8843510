package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 批量审批 in a real browser: drafts of two sections reach 财务审核; finance ticks both in 待办,
 * takes a common opinion as the comment and approves them in one go; both then wait at 中心主任审批,
 * whose holder sees finance's approval with that comment in each history and the route ahead.
 */
@BrowserTest
class BatchApprovalBrowserIT {

    private static final Pattern DRAFT_PAGE = Pattern.compile(".*/budget-drafts/\\d+$");
    private static final Pattern INBOX_PAGE = Pattern.compile(".*/inbox$");
    private static final String OPINION = "经审核，符合预算管理规定，同意。";

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void finance_approves_two_sections_drafts_in_one_go_and_both_move_on_to_the_director() {
        String first = submittedDraft("staff2", 2046, "21000");
        String second = submittedDraft("staff4", 2046, "22000");
        review("head2", first);
        review("head4", second);

        Page finance = browser.loginAs("finance");
        browser.openNav(finance, "待办");
        for (String number : List.of(first, second)) {
            finance.locator("#inbox-grid vaadin-checkbox.batch-select[data-document-number='" + number + "']").click();
        }
        // the picker empties itself once its opinion is in the comment, so pick by hand rather than with pickFromSelect
        finance.locator("#batch-opinion").click();
        finance.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText(OPINION)).first().click();
        assertThat(finance.locator("#batch-comment textarea")).hasValue(OPINION);
        E2eBrowser.screenshot(finance, "batch-01-two-ticked");
        finance.locator("#batch-approve").click();
        Locator results = finance.locator("vaadin-dialog-overlay .batch-approved");
        assertThat(results).hasCount(2);
        assertThat(results.filter(new Locator.FilterOptions().setHasText(first))).hasCount(1);
        assertThat(results.filter(new Locator.FilterOptions().setHasText(second))).hasCount(1);
        E2eBrowser.screenshot(finance, "batch-02-results");
        finance.locator("#batch-results-close").click();
        // the grid keeps the cells of rows it no longer shows, hidden, in the DOM
        for (String number : List.of(first, second)) {
            assertThat(finance.locator("#inbox-grid vaadin-button.handle-task[data-document-number='" + number + "']")).isHidden();
        }
        browser.logout(finance);

        Page director = browser.loginAs("director");
        browser.openNav(director, "待办");
        for (String number : List.of(first, second)) {
            director.locator("#inbox-grid vaadin-button.handle-task[data-document-number='" + number + "']").click();
            assertThat(director).hasURL(DRAFT_PAGE);
            Locator last = director.locator("#history .history-entry").last();
            assertThat(last.locator(".history-action")).containsText("财务审核");
            assertThat(last.locator(".history-comment")).hasText("意见：" + OPINION);
            assertThat(director.locator("#path-preview .path-step-current")).containsText("中心主任审批");
            E2eBrowser.screenshot(director, "batch-03-at-director-" + number);
            browser.openNav(director, "待办");
        }
        browser.logout(director);
    }

    /** A one-line draft of the staff member's section, submitted through the UI: its number. */
    private String submittedDraft(String user, int fiscalYear, String amount) {
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
        String text = staff.locator("#doc-number").textContent();
        staff.locator("#submit-draft").click();
        assertThat(staff.locator("#doc-status")).hasText("审批中");
        browser.logout(staff);
        return text.substring(text.indexOf("YS-")).strip();
    }

    private void review(String user, String number) {
        Page page = browser.loginAs(user);
        browser.openNav(page, "待办");
        page.locator("#inbox-grid vaadin-button.handle-task[data-document-number='" + number + "']").click();
        assertThat(page).hasURL(DRAFT_PAGE);
        page.locator("#review-decision").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("同意")).check();
        page.locator("#review-submit").click();
        assertThat(page).hasURL(INBOX_PAGE);
        browser.logout(page);
    }
}
