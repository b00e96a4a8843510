package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 指标台账 in a real browser: two sections' budgets of a year are approved (over the API), so each
 * becomes an 指标. 财务 sees both with the totals row; 综合科's 科员 sees only their own and has no
 * payment button; 财务 records a payment, and the figures change for both of them; the 已用 figure
 * drills down to the payment's entry.
 */
@BrowserTest
class IndicatorsBrowserIT {

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void finance_and_a_section_see_their_indicators_and_a_payment_finance_records_changes_the_figures() {
        E2eApi api = browser.api();
        int year = YearSteps.freeYear(api);
        approvedBudget(api, 1, year, "100000.00");
        approvedBudget(api, 2, year, "50000.00");

        Page finance = indicatorsOf("finance", year);
        assertThat(finance.locator("#indicators-grid .figure-quota")).hasCount(2);
        assertThat(finance.locator("#total-quota")).hasText("15.00");
        assertThat(finance.locator("#total-available")).hasText("15.00");
        E2eBrowser.screenshot(finance, "indicators-01-finance");

        Page staff = indicatorsOf("staff1", year);
        assertThat(staff.locator("#indicators-grid .figure-quota")).hasCount(1);
        assertThat(staff.locator("#total-quota")).hasText("10.00");
        assertThat(staff.locator("#record-payment")).hasCount(0);
        assertThat(staff.locator("#indicators-section")).hasCount(0);

        finance.locator("#record-payment").click();
        E2eBrowser.pickFromComboBox(finance.locator("#payment-indicator"), "综合");
        finance.locator("#payment-amount input").fill("12000.00");
        YearSteps.pickDate(finance.locator("#payment-date"), LocalDate.of(year, 3, 15));
        finance.locator("#payment-payee input").fill("南昌市某办公用品有限公司");
        finance.locator("#payment-summary input").fill("3月办公用品");
        finance.locator("#payment-official-card").click();
        finance.locator("#payment-save").click();
        assertThat(finance.locator("#payment-dialog")).hasCount(0);
        assertThat(finance.locator("#total-used")).hasText("1.20");
        assertThat(finance.locator("#total-available")).hasText("13.80");
        E2eBrowser.screenshot(finance, "indicators-02-paid");

        staff.reload();
        E2eBrowser.pickFromSelect(staff.locator("#indicators-year"), year + "年");
        assertThat(staff.locator("#total-used")).hasText("1.20");
        assertThat(staff.locator("#total-available")).hasText("8.80");
        staff.locator("#indicators-grid .figure-used").first().click();
        Locator entries = staff.locator("#entries-grid");
        assertThat(entries).containsText("支付");
        assertThat(entries).containsText("12,000.00");
        assertThat(entries).containsText("南昌市某办公用品有限公司");
        E2eBrowser.screenshot(staff, "indicators-03-entries");
        browser.logout(staff);
        browser.logout(finance);
    }

    private Page indicatorsOf(String user, int year) {
        Page page = browser.loginAs(user);
        browser.openNav(page, "指标台账");
        E2eBrowser.pickFromSelect(page.locator("#indicators-year"), year + "年");
        E2eBrowser.waitForVaadin(page);
        return page;
    }

    /** A section's budget draft of the year with one 办公费 line, approved along its whole route. */
    private static void approvedBudget(E2eApi api, int section, int year, String amount) {
        Map<String, Object> line = Map.of("functionCode", "2010350", "economicCode", "30201", "kind", "BASIC_PUBLIC",
            "amount", amount, "note", "办公费");
        JsonNode draft = api.post("staff" + section, "/api/v1/budget-drafts", Map.of("fiscalYear", year, "lines", List.of(line)));
        long id = draft.path("id").asLong();
        api.post("staff" + section, "/api/v1/budget-drafts/" + id + "/submit", null);
        for (String reviewer : List.of("head" + section, "finance", "director", "bureau")) {
            api.approve(reviewer, id);
        }
    }
}
