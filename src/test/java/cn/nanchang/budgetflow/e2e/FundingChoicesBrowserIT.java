package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The funding picker of a procurement item offers only lines whose economic class may pay for the
 * item's category: the section's approved budget has a salary line (30101 基本工资) and an office
 * line (30201 办公费); for 货物 the picker lists 办公费 and never 基本工资.
 */
@BrowserTest
class FundingChoicesBrowserIT {

    private static final int YEAR = 2037;

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void the_funding_picker_of_a_goods_item_offers_the_office_line_and_not_the_salary_line() {
        approvedBudget("staff3");

        Page staff = browser.loginAs("staff3");
        browser.openNav(staff, "新建采购计划");
        Locator year = staff.locator("#plan-year input");
        year.fill(String.valueOf(YEAR));
        year.press("Tab");
        E2eBrowser.waitForVaadin(staff);
        Locator item = staff.locator("#plan-items .procurement-item").first();
        Locator category = item.locator("vaadin-select.item-category");
        category.click();
        staff.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("货物").setExact(true)).click();
        E2eBrowser.waitForVaadin(staff);

        item.locator("vaadin-combo-box.item-funding input").click();
        Locator offered = staff.locator("vaadin-combo-box-item:visible");
        assertThat(offered.filter(new Locator.FilterOptions().setHasText("30201 办公费"))).hasCount(1);
        assertThat(offered.filter(new Locator.FilterOptions().setHasText("30101 基本工资"))).hasCount(0);
        E2eBrowser.screenshot(staff, "funding-choices-goods");
        staff.keyboard().press("Escape");
        assertThat(offered).hasCount(0);
        browser.logout(staff);
    }

    /** A budget of the section for {@link #YEAR} with a salary line and an office line, approved at every level. */
    private void approvedBudget(String staff) {
        E2eApi api = browser.api();
        List<Map<String, Object>> lines = List.of(
            Map.of("functionCode", "2010350", "economicCode", "30101", "kind", "BASIC_PERSONNEL", "amount", "800000.00",
                "note", "人员工资"),
            Map.of("functionCode", "2010350", "economicCode", "30201", "kind", "BASIC_PUBLIC", "amount", "60000.00",
                "note", "办公设备与耗材"));
        JsonNode draft = api.post(staff, "/api/v1/budget-drafts", Map.of("fiscalYear", YEAR, "lines", lines));
        long id = draft.path("id").asLong();
        api.post(staff, "/api/v1/budget-drafts/" + id + "/submit", null);
        for (String reviewer : List.of("head3", "finance", "director", "bureau")) {
            api.approve(reviewer, id);
        }
    }
}
