package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The document page beyond deciding (issue 18): 提交 and 撤回 ask first, naming the document; a
 * returned draft shows who returned it, from which step, when and why, on its page for every
 * reader and in its editor; its field changes fold under one line per action; and every reader
 * finds the 审批单 to print and the 导出 of the document with its history. Fiscal years 2010–2019.
 */
@BrowserTest
class DocumentPageExtrasBrowserIT {

    private static final String REASON = "办公费测算偏高，请按定额标准压减";

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void submitting_asks_first_and_cancelling_leaves_a_draft_while_confirming_submits_it() {
        Page staff = browser.loginAs("staff6");
        DraftPages.Submitted draft = DraftPages.savedDraft(browser, staff, 2011, "15000");

        staff.locator("#submit-draft").click();
        Locator question = staff.getByText("确定提交预算草案 " + draft.number());
        assertThat(question).isVisible();
        E2eBrowser.screenshot(staff, "extras-01-confirm-submit");
        staff.locator("#cancel-submit").click();
        assertThat(question).isHidden();
        assertThat(staff.locator("#doc-status")).hasText("草稿");

        DraftPages.confirmed(staff, "submit-draft");
        assertThat(staff.locator("#doc-status")).hasText("审批中");

        staff.locator("#withdraw-draft").click();
        assertThat(staff.getByText("确定撤回预算草案 " + draft.number())).isVisible();
        staff.locator("#cancel-withdraw").click();
        assertThat(staff.locator("#doc-status")).hasText("审批中");
        DraftPages.confirmed(staff, "withdraw-draft");
        assertThat(staff.locator("#doc-status")).hasText("草稿");

        staff.locator("#void-document").click();
        assertThat(staff.locator("#void-document-warning")).containsText("不可撤销");
        E2eBrowser.screenshot(staff, "extras-02-void-warning");
        staff.keyboard().press("Escape");
        assertThat(staff.locator("#void-document-warning")).isHidden();
        assertThat(staff.locator("#doc-status")).hasText("草稿");
        browser.logout(staff);
    }

    @Test
    void a_returned_draft_shows_why_on_its_page_and_in_its_editor_and_its_changes_fold_under_one_line() {
        DraftPages.Submitted draft = DraftPages.submittedDraft(browser, "staff6", 2012, "26000");
        DraftPages.decideFromInbox(browser, "head6", draft.number(), "退回", REASON);

        Page drafter = browser.loginAs("staff6");
        browser.open(drafter, draft.route());
        assertThat(drafter.locator("#doc-status")).hasText("已退回");
        Locator banner = drafter.locator("#return-banner");
        assertThat(banner).isVisible();
        assertThat(banner).containsText("已退回，请修改后重新提交");
        assertThat(banner).containsText("林文斌（科长）");
        assertThat(banner).containsText("退回环节：科长审核");
        assertThat(banner).containsText(Pattern.compile("退回时间：\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"));
        assertThat(banner).containsText("退回意见：" + REASON);
        E2eBrowser.screenshot(drafter, "extras-03-return-banner");

        drafter.locator("#edit-draft").click();
        assertThat(drafter).hasURL(Pattern.compile(".*/budget-drafts/\\d+/edit$"));
        assertThat(drafter.locator("#return-banner")).containsText("退回意见：" + REASON);
        E2eBrowser.screenshot(drafter, "extras-04-editor-banner");
        drafter.locator("#draft-lines .budget-line").nth(0).locator("vaadin-text-field.line-amount input").fill("21000");
        drafter.locator("#save-draft").click();
        assertThat(drafter).hasURL(DraftPages.DRAFT_PAGE);

        Locator fold = drafter.locator("#history .history-entry[data-action='EDIT'] .history-changes-fold");
        Locator changes = fold.locator(".history-changes");
        assertThat(fold.locator(".history-changes-summary")).hasText(Pattern.compile("修改了 \\d+ 处（展开）"));
        assertThat(fold).not().hasAttribute("opened", "");
        assertThat(changes).isHidden();
        fold.locator("vaadin-details-summary").click();
        assertThat(changes).isVisible();
        assertThat(changes).containsText("26,000.00 → 21,000.00");
        assertThat(fold.locator(".history-changes-summary")).hasText(Pattern.compile("修改了 \\d+ 处（收起）"));
        E2eBrowser.screenshot(drafter, "extras-05-changes-opened");

        assertPrintAndExport(drafter, draft);
        DraftPages.confirmed(drafter, "submit-draft");
        assertThat(drafter.locator("#doc-status")).hasText("审批中");
        assertThat(drafter.locator("#return-banner")).hasCount(0);
        browser.logout(drafter);
    }

    @Test
    void the_reviewer_and_the_auditor_see_the_return_reason_and_may_print_and_export_too_and_an_outsider_gets_no_sheet() {
        DraftPages.Submitted draft = DraftPages.submittedDraft(browser, "staff6", 2013, "9000");
        DraftPages.decideFromInbox(browser, "head6", draft.number(), "退回", REASON);

        for (String reader : new String[] {"head6", "auditor"}) {
            Page page = browser.loginAs(reader);
            browser.open(page, draft.route());
            assertThat(page.locator("#return-banner")).containsText("已退回经办人修改");
            assertThat(page.locator("#return-banner")).containsText("退回意见：" + REASON);
            assertThat(page.locator("#submit-draft, #edit-draft")).hasCount(0);
            assertPrintAndExport(page, draft);
            E2eBrowser.screenshot(page, "extras-06-" + reader);
            browser.logout(page);
        }
        Page outsider = browser.loginAs("staff1");
        browser.open(outsider, "approval-sheet/" + draft.route().substring(draft.route().lastIndexOf('/') + 1));
        assertThat(outsider.locator("#sheet-header")).hasCount(0);
        assertThat(outsider.getByText(draft.number())).hasCount(0);
        outsider.context().close();
    }

    /** The 审批单 opens in a tab of its own with a print button; 导出 downloads the document as a workbook. */
    private static void assertPrintAndExport(Page page, DraftPages.Submitted draft) {
        Locator sheetLink = page.locator("#print-sheet");
        String id = draft.route().substring(draft.route().lastIndexOf('/') + 1);
        assertThat(sheetLink).hasAttribute("href", "approval-sheet/" + id);
        assertThat(sheetLink).hasAttribute("target", "_blank");
        Page sheet = page.waitForPopup(sheetLink::click);
        E2eBrowser.waitForVaadin(sheet);
        assertThat(sheet.locator("#sheet-header")).containsText(draft.number());
        assertThat(sheet.locator("#print-sheet")).hasText("打印");
        E2eBrowser.screenshot(sheet, "extras-07-approval-sheet");
        sheet.close();

        Download file = page.waitForDownload(() -> page.locator("#export-document").click());
        assertThat(file.suggestedFilename()).isEqualTo(draft.number() + ".xlsx");
        assertThat(file.failure()).isNull();
    }
}
