package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 19 §2: the amount field keeps what was typed and says what is wrong with it; full-width
 * input from a Chinese input method is read as the number it shows; a line the totals cannot count
 * is marked 未完成 and counted nowhere; and the line editor fits a 1366 px laptop with a 项目支出 line.
 */
@BrowserTest
class BudgetLineEditorBrowserIT {

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void a_negative_amount_stays_as_typed_and_the_field_says_it_must_be_greater_than_zero() {
        Page staff = browser.loginAs("staff1");
        Locator line = lineWithAmountTyped(staff, "-3500.50");
        Locator amount = line.locator("vaadin-text-field.line-amount");

        assertThat(amount.locator("input")).hasValue("-3500.50");
        assertThat(amount).hasAttribute("invalid", "");
        assertThat(amount.locator("[slot=error-message]")).hasText("金额必须大于0");
        assertThat(line.locator(".line-unfinished")).isVisible();
        assertThat(staff.locator("#totals-unfinished")).containsText("1 行未完成");
        assertThat(staff.locator("#total-wan")).containsText("0.00");
    }

    @Test
    void a_full_width_amount_is_read_as_its_number_and_shown_in_wan_yuan() {
        Page staff = browser.loginAs("staff1");
        Locator line = lineWithAmountTyped(staff, "１２，０００．５０");
        Locator amount = line.locator("vaadin-text-field.line-amount");

        assertThat(amount.locator("input")).hasValue("１２，０００．５０");
        assertThat(amount).not().hasAttribute("invalid", "");
        assertThat(amount.locator("[slot=helper]")).hasText("合 1.20 万元");
        assertThat(line.locator(".line-unfinished")).isHidden();
        assertThat(staff.locator("#totals-unfinished")).isHidden();
        assertThat(staff.locator("#total-wan")).containsText("1.20");

        amount.locator("input").fill("12000.505");
        assertThat(amount.locator("[slot=error-message]")).hasText("金额最多保留两位小数（单位：元）");
        assertThat(line.locator(".line-unfinished")).isVisible();
    }

    @Test
    void a_project_line_keeps_its_delete_button_on_a_1366_pixel_screen() {
        Page staff = browser.loginAs("staff1", 1366, 768);
        browser.openNav(staff, "新建预算草案");
        Locator line = firstLine(staff);
        E2eBrowser.pickFromSelect(line.locator("vaadin-select.line-kind"), "项目支出");
        assertThat(line.locator("vaadin-combo-box.line-project")).isVisible();

        Locator remove = line.locator("vaadin-button.line-remove");
        assertThat(remove).isInViewport();
        E2eBrowser.screenshotOfScreen(staff, "draft-editor-project-line-1366");
        remove.click();

        assertThat(staff.locator("#draft-lines .budget-line")).hasCount(0);
    }

    private static Locator firstLine(Page page) {
        return page.locator("#draft-lines .budget-line").nth(0);
    }

    /**
     * A new draft's first line with its codes chosen and the amount entered as an input method or a
     * paste enters text (one insertion, not key by key), then left: its line.
     */
    private static Locator lineWithAmountTyped(Page staff, String text) {
        browser.openNav(staff, "新建预算草案");
        Locator line = firstLine(staff);
        E2eBrowser.pickFromComboBox(line.locator("vaadin-combo-box.line-function"), "2010350");
        E2eBrowser.pickFromComboBox(line.locator("vaadin-combo-box.line-economic"), "30201");
        E2eBrowser.pickFromSelect(line.locator("vaadin-select.line-kind"), "基本支出·公用经费");
        Locator input = line.locator("vaadin-text-field.line-amount input");
        input.focus();
        staff.keyboard().insertText(text);
        input.blur();
        return line;
    }
}
