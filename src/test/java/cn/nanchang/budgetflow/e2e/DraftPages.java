package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;

/** Budget-draft steps that several browser tests go through: file and submit one, approve one from 待办. */
final class DraftPages {

    static final Pattern DRAFT_PAGE = Pattern.compile(".*/budget-drafts/\\d+$");
    static final Pattern INBOX_PAGE = Pattern.compile(".*/inbox$");

    /** A saved or submitted draft: its route (budget-drafts/{id}) and its number. */
    record Submitted(String route, String number) {
    }

    private DraftPages() {
    }

    /**
     * A one-line draft of the staff member's section, submitted through the UI. Each test takes a
     * year of its own, since a section keeps one open draft per year.
     */
    static Submitted submittedDraft(E2eBrowser browser, String user, int fiscalYear, String amount) {
        Page staff = browser.loginAs(user);
        Submitted draft = savedDraft(browser, staff, fiscalYear, amount);
        confirmed(staff, "submit-draft");
        assertThat(staff.locator("#doc-status")).hasText("审批中");
        browser.logout(staff);
        return draft;
    }

    /** A one-line draft filed by the signed-in staff member and saved, not submitted: its page is open. */
    static Submitted savedDraft(E2eBrowser browser, Page staff, int fiscalYear, String amount) {
        browser.openNav(staff, "新建预算草案");
        staff.locator("#draft-year input").fill(String.valueOf(fiscalYear));
        typeFirstLine(staff, amount);
        staff.locator("#save-draft").click();
        assertThat(staff).hasURL(DRAFT_PAGE);
        assertThat(staff.locator("#doc-number")).containsText("YS-");
        String url = staff.url();
        String text = staff.locator("#doc-number").textContent();
        return new Submitted(url.substring(url.indexOf("budget-drafts/")), text.substring(text.indexOf("YS-")).strip());
    }

    /** Fills the first line of the open draft editor: 2010350 / 30201, 基本支出·公用经费, the amount. */
    static Locator typeFirstLine(Page staff, String amount) {
        Locator line = staff.locator("#draft-lines .budget-line").nth(0);
        E2eBrowser.pickFromComboBox(line.locator("vaadin-combo-box.line-function"), "2010350");
        E2eBrowser.pickFromComboBox(line.locator("vaadin-combo-box.line-economic"), "30201");
        E2eBrowser.pickFromSelect(line.locator("vaadin-select.line-kind"), "基本支出·公用经费");
        line.locator("vaadin-text-field.line-amount input").fill(amount);
        return line;
    }

    /** Signs in, opens the draft from 待办, approves it (with the comment, if any) and signs out. */
    static void approveFromInbox(E2eBrowser browser, String user, String number, String comment) {
        decideFromInbox(browser, user, number, "同意", comment);
    }

    /** Signs in, opens the draft from 待办, decides (同意 or 退回) with the comment, if any, and signs out. */
    static void decideFromInbox(E2eBrowser browser, String user, String number, String decision, String comment) {
        Page page = browser.loginAs(user);
        browser.openNav(page, "待办");
        openTask(page, number);
        E2eBrowser.chooseDecision(page, decision);
        if (comment != null) {
            page.locator("#review-comment textarea").fill(comment);
        }
        page.locator("#review-submit").click();
        assertThat(page).hasURL(INBOX_PAGE);
        browser.logout(page);
    }

    /**
     * Clicks a button that asks first (submit-draft, withdraw-plan, …) and confirms in its dialog,
     * whose confirm button is confirm-submit or confirm-withdraw.
     */
    static void confirmed(Page page, String buttonId) {
        page.locator("#" + buttonId).click();
        page.locator("#confirm-" + buttonId.substring(0, buttonId.indexOf('-'))).click();
    }

    /** Opens the draft's task from 待办: the row's button names its document. */
    static void openTask(Page page, String number) {
        page.locator("#inbox-grid vaadin-button.handle-task[data-document-number='" + number + "']").click();
        assertThat(page).hasURL(DRAFT_PAGE);
        assertThat(page.locator("#action-bar")).isVisible();
    }
}
