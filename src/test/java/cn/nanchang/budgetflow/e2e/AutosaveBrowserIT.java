package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 19: an editor's unsaved state is kept in the browser, so a closed tab or a page left loses
 * nothing. Coming back shows 「发现未保存的内容（保存于 HH:mm）」; 恢复 fills the form, 放弃 and a save
 * clear the entry, and signing out clears every entry of the person (a shared office machine).
 */
@BrowserTest
class AutosaveBrowserIT {

    private static final String NEW_DRAFT = "budgetflow.autosave|staff1|draft|new";
    private static final String NEW_PROJECT = "budgetflow.autosave|staff1|project|new";
    /** A year no other browser test files a draft for: the one draft this class saves. */
    private static final int SAVED_YEAR = 2086;

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void a_budget_draft_left_unsaved_is_offered_back_and_restore_fills_its_line_then_discard_clears_it() {
        Page staff = browser.loginAs("staff1");
        typeDraftLine(staff, "12345.60");
        awaitEntry(staff, NEW_DRAFT);

        browser.openNav(staff, "我的申报");
        browser.openNav(staff, "新建预算草案");
        assertThat(staff.locator("#autosave-found")).hasText(Pattern.compile("发现未保存的内容（保存于 \\d{2}:\\d{2}）"));
        assertThat(staff.locator("#autosave-unsaved")).isHidden();
        staff.locator("#autosave-restore").click();

        Locator line = staff.locator("#draft-lines .budget-line").nth(0);
        assertThat(staff.locator("#draft-lines .budget-line")).hasCount(1);
        assertThat(line.locator("vaadin-text-field.line-amount input")).hasValue("12345.60");
        assertThat(line.locator("vaadin-combo-box.line-economic input")).hasValue(Pattern.compile(".*30201.*"));
        assertThat(staff.locator("#total-wan")).containsText("1.23");
        assertThat(staff.locator("#autosave-unsaved")).isVisible();
        assertThat(staff.locator("#autosave-notice")).isHidden();

        // a closed tab: the restored state is still there until it is saved or discarded
        staff.reload();
        E2eBrowser.waitForVaadin(staff);
        assertThat(staff.locator("#autosave-found")).isVisible();
        staff.locator("#autosave-discard").click();
        assertThat(staff.locator("#autosave-notice")).isHidden();
        awaitNoEntry(staff, NEW_DRAFT);
        assertThat(staff.locator("#draft-lines .budget-line .line-amount input")).hasValue("");

        staff.reload();
        E2eBrowser.waitForVaadin(staff);
        assertThat(staff.locator("#draft-lines .budget-line")).hasCount(1);
        assertThat(staff.locator("#autosave-notice")).isHidden();
        assertThat(entry(staff, NEW_DRAFT)).isNull();
    }

    @Test
    void a_project_application_left_unsaved_is_offered_back_and_restore_fills_its_header_and_cost_line() {
        Page staff = browser.loginAs("staff1");
        browser.openNav(staff, "新建项目申报");
        staff.locator("#project-name input").fill("自动保存测试项目");
        staff.locator("#cost-lines .cost-line .line-amount input").first().fill("5000.00");
        staff.locator("#project-name input").click();
        awaitEntry(staff, NEW_PROJECT);

        staff.reload();
        E2eBrowser.waitForVaadin(staff);
        assertThat(staff.locator("#project-name input")).hasValue("");
        assertThat(staff.locator("#autosave-found")).containsText("发现未保存的内容");
        staff.locator("#autosave-restore").click();
        assertThat(staff.locator("#project-name input")).hasValue("自动保存测试项目");
        assertThat(staff.locator("#cost-lines .cost-line .line-amount input").first())
            .hasValue("5000.00");

        assertThat(staff.locator("#autosave-unsaved")).isVisible();
        discardAfterReload(staff, NEW_PROJECT);
    }

    @Test
    void the_procurement_plan_and_the_adjustment_editors_offer_their_unsaved_state_back_too() {
        Page staff = browser.loginAs("staff1");
        browser.openNav(staff, "新建采购计划");
        staff.locator("#plan-items .procurement-item .item-name input").first().fill("自动保存的采购品目");
        awaitEntry(staff, "budgetflow.autosave|staff1|procurement|new");
        staff.reload();
        E2eBrowser.waitForVaadin(staff);
        staff.locator("#autosave-restore").click();
        assertThat(staff.locator("#plan-items .procurement-item .item-name input").first()).hasValue("自动保存的采购品目");
        discardAfterReload(staff, "budgetflow.autosave|staff1|procurement|new");

        browser.openNav(staff, "新建预算调剂");
        staff.locator("#adjustment-reason textarea").fill("自动保存的调剂理由");
        awaitEntry(staff, "budgetflow.autosave|staff1|adjustment|new");
        staff.reload();
        E2eBrowser.waitForVaadin(staff);
        staff.locator("#autosave-restore").click();
        assertThat(staff.locator("#adjustment-reason textarea")).hasValue("自动保存的调剂理由");
        discardAfterReload(staff, "budgetflow.autosave|staff1|adjustment|new");
    }

    @Test
    void saving_the_draft_clears_its_autosaved_state() {
        Page staff = browser.loginAs("staff1");
        browser.openNav(staff, "新建预算草案");
        staff.locator("#draft-year input").fill(String.valueOf(SAVED_YEAR));
        typeDraftLine(staff, "800.00");
        awaitEntry(staff, NEW_DRAFT);

        staff.locator("#save-draft").click();
        assertThat(staff).hasURL(DraftPages.DRAFT_PAGE);
        awaitNoEntry(staff, NEW_DRAFT);
        browser.openNav(staff, "新建预算草案");
        assertThat(staff.locator("#autosave-notice")).isHidden();
        assertThat(entry(staff, NEW_DRAFT)).isNull();
    }

    @Test
    void signing_out_clears_the_persons_autosaved_state_from_the_browser() {
        Page staff = browser.loginAs("staff1");
        typeDraftLine(staff, "321.00");
        awaitEntry(staff, NEW_DRAFT);

        staff.locator("#logout").click();
        assertThat(staff.locator("vaadin-login-form")).isVisible();
        assertThat(entry(staff, NEW_DRAFT)).isNull();

        browser.signIn(staff, "staff1");
        browser.openNav(staff, "新建预算草案");
        assertThat(staff.locator("#draft-lines .budget-line .line-amount input")).hasValue("");
        assertThat(staff.locator("#autosave-notice")).isHidden();
    }

    @Test
    void a_corrupt_or_old_format_entry_is_dropped_without_a_notice_and_the_editor_works() {
        Page staff = browser.loginAs("staff1");
        staff.evaluate("k => localStorage.setItem(k, '{not json')", NEW_DRAFT);
        browser.openNav(staff, "新建预算草案");
        awaitNoEntry(staff, NEW_DRAFT);
        assertThat(staff.locator("#draft-lines .budget-line")).hasCount(1);
        assertThat(staff.locator("#autosave-notice")).isHidden();

        // a form of an older release: valid JSON, but not today's input
        staff.evaluate("k => localStorage.setItem(k, JSON.stringify({v: 1, user: 'staff1', savedAt: Date.now(),"
            + " data: JSON.stringify({year: 2027, rows: [{sum: '1'}]})}))", NEW_DRAFT);
        staff.reload();
        E2eBrowser.waitForVaadin(staff);
        awaitNoEntry(staff, NEW_DRAFT);
        assertThat(staff.locator("#autosave-notice")).isHidden();
        typeDraftLine(staff, "66.00");
        awaitEntry(staff, NEW_DRAFT);
        discardAfterReload(staff, NEW_DRAFT);
    }

    @Test
    void another_persons_entry_under_ones_own_key_is_never_offered() {
        Page staff = browser.loginAs("staff1");
        staff.evaluate("k => localStorage.setItem(k, JSON.stringify({v: 1, user: 'staff2', savedAt: Date.now(),"
            + " data: JSON.stringify({fiscalYear: 2027, lines: []})}))", NEW_DRAFT);
        browser.openNav(staff, "新建预算草案");
        awaitNoEntry(staff, NEW_DRAFT);
        assertThat(staff.locator("#autosave-notice")).isHidden();
    }

    /** A new draft's first line with codes, kind and amount: what the autosave must keep. */
    private static void typeDraftLine(Page staff, String amount) {
        if (!staff.url().contains("budget-drafts/new")) {
            browser.openNav(staff, "新建预算草案");
        }
        DraftPages.typeFirstLine(staff, amount).locator("vaadin-text-field.line-amount input").blur();
    }

    /** Leaves nothing behind: the page opened again offers the entry, and 放弃 removes it. */
    private static void discardAfterReload(Page staff, String key) {
        staff.reload();
        E2eBrowser.waitForVaadin(staff);
        staff.locator("#autosave-discard").click();
        awaitNoEntry(staff, key);
    }

    /** Waits for the debounced write (about a second after the last change) rather than sleeping. */
    private static void awaitEntry(Page page, String key) {
        page.waitForFunction("k => localStorage.getItem(k) !== null", key);
    }

    private static void awaitNoEntry(Page page, String key) {
        page.waitForFunction("k => localStorage.getItem(k) === null", key);
    }

    private static Object entry(Page page, String key) {
        return page.evaluate("k => localStorage.getItem(k)", key);
    }
}
