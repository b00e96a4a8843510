package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 财务 consolidates a round in the real editor: every accepted request line with its cut column,
 * a cut above the request refused on its field in Chinese, then a cut with its reason saved; the
 * proposal's page shows the tables and the cut, and goes to 主任办公会. The sections' requests are
 * filed and accepted beforehand through the API; a 科员 opening the proposal finds no such page,
 * the bureau finds it.
 */
@BrowserTest
class UnitProposalBrowserIT {

    private static final Pattern PROPOSAL_PAGE = Pattern.compile(".*/unit-proposals/\\d+$");

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void finance_cuts_a_line_with_its_reason_and_sends_the_proposal_to_the_collective_decision() {
        E2eApi api = browser.api();
        int year = yearAtProposal(api);

        Page finance = browser.loginAs("finance");
        browser.open(finance, "unit-proposals/new?fiscalYear=" + year);
        assertThat(finance.locator("#proposal-round-note")).containsText("一上");
        assertThat(finance.locator(".cut-row")).hasCount(12);
        assertThat(finance.locator("#by-section")).isVisible();
        Locator reception = finance.locator(".cut-row").filter(new Locator.FilterOptions().setHasText("30217"));
        reception.locator(".cut-amount input").fill("7000");
        reception.locator(".cut-reason input").fill("公务接待费压减");
        finance.locator("#save-proposal").click();
        E2eBrowser.waitForVaadin(finance);
        assertThat(reception.locator("vaadin-text-field.cut-amount")).hasAttribute("invalid", "");
        assertThat(reception.locator("vaadin-text-field.cut-amount")).containsText("须低于申报数 6,000.00 元");
        E2eBrowser.screenshot(finance, "proposal-01-refused");

        reception.locator(".cut-amount input").fill("4500");
        reception.locator(".cut-amount input").press("Tab");
        E2eBrowser.waitForVaadin(finance);
        assertThat(finance.locator("#consolidation-total")).containsText("调减 0.15 万元");
        finance.locator("#save-proposal").click();
        assertThat(finance).hasURL(PROPOSAL_PAGE);
        assertThat(finance.locator("#doc-status")).hasText("草稿");
        assertThat(finance.locator("#proposal-round")).containsText("一上");
        assertThat(finance.locator("#cut-lines")).containsText("公务接待费压减");
        assertThat(finance.locator("#three-public")).containsText("公务接待费");
        E2eBrowser.screenshot(finance, "proposal-02-page");
        DraftPages.confirmed(finance, "submit-proposal");
        assertThat(finance.locator("#doc-status")).hasText("审批中");
        String route = finance.url().substring(finance.url().indexOf("unit-proposals/"));

        Page staff = browser.loginAs("staff1");
        browser.open(staff, route);
        assertThat(staff.locator("#error-page")).containsText("页面不存在");
        Page bureau = browser.loginAs("bureau");
        browser.open(bureau, route);
        assertThat(bureau.locator("#cut-lines")).containsText("公务接待费压减");
    }

    /** A year no test has touched, opened by 财务, with every section's request accepted: it waits for 一上's proposal. */
    private static int yearAtProposal(E2eApi api) {
        List<Integer> opened = StreamSupport.stream(api.get("finance", "/api/v1/budget-years").spliterator(), false)
            .map(y -> y.path("fiscalYear").asInt()).toList();
        int year = 2099;
        while (opened.contains(year) || !api.get("finance", "/api/v1/budget-drafts?fiscalYear=" + year).isEmpty()) {
            year--;
        }
        Map<String, Object> open = new LinkedHashMap<>();
        open.put("fiscalYear", year);
        open.put("deadlines", Map.of("ONE_UP", (year - 1) + "-09-30", "TWO_UP", (year - 1) + "-12-15"));
        open.put("instructions", "按零基预算编制。");
        api.post("finance", "/api/v1/budget-years", open);
        for (int n = 1; n <= 6; n++) {
            List<Map<String, Object>> lines = List.of(line("30201", "BASIC_PUBLIC", "10000.00"),
                n == 1 ? line("30217", "BASIC_PUBLIC", "6000.00") : line("30101", "BASIC_PERSONNEL", "200000.00"));
            JsonNode draft = api.post("staff" + n, "/api/v1/budget-drafts", Map.of("fiscalYear", year, "lines", lines));
            long id = draft.path("id").asLong();
            api.post("staff" + n, "/api/v1/budget-drafts/" + id + "/submit", null);
            api.approve("head" + n, id);
            api.approve("finance", id);
        }
        return year;
    }

    private static Map<String, Object> line(String economicCode, String kind, String amount) {
        return Map.of("functionCode", "2010350", "economicCode", economicCode, "kind", kind, "amount", amount);
    }
}
