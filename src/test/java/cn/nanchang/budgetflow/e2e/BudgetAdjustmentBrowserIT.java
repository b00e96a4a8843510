package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import cn.nanchang.budgetflow.testsupport.DraftBodies;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A 调剂 through the real UI in a real browser: the 科员 picks two of the section's 指标, sees a
 * 三公 line refused on its row, moves 2万 from 办公费 to 邮电费, saves and submits; 科长, 财务 and the
 * director approve from 待办 (a transfer between basic lines below the threshold needs nobody
 * else); the drafter sees it approved, and the ledger has moved. The budget whose 指标 it moves is
 * approved beforehand through the API, as earlier work of other people.
 */
@BrowserTest
class BudgetAdjustmentBrowserIT {

    private static final int YEAR = 2034;
    private static final String STAFF = "staff6";
    private static final Pattern PAGE = Pattern.compile(".*/budget-adjustments/\\d+$");
    private static final Pattern INBOX_PAGE = Pattern.compile(".*/inbox$");

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void a_transfer_between_two_lines_is_filed_in_the_editor_approved_by_the_center_and_moves_the_ledger() {
        E2eApi api = browser.api();
        approvedBudget(api);

        Page staff = browser.loginAs(STAFF);
        browser.openNav(staff, "新建预算调剂");
        Locator year = staff.locator("#adjustment-year input");
        year.fill(String.valueOf(YEAR));
        year.press("Tab");
        E2eBrowser.waitForVaadin(staff);
        assertThat(staff.locator("#no-indicators")).isHidden();
        staff.locator("#adjustment-reason textarea").fill("下半年数据共享交换专线扩容，邮电费不足");
        staff.locator("#adjustment-basis textarea").fill("专线月租增加约3,300元×6个月，合计2万元");
        fillRow(row(staff, 0), "调减", "30201", "20000");
        fillRow(row(staff, 1), "调增", "30211", "20000");
        staff.locator("#save-adjustment").click();
        E2eBrowser.waitForVaadin(staff);
        assertThat(row(staff, 1).locator("vaadin-combo-box.row-indicator")).hasAttribute("invalid", "");
        assertThat(row(staff, 1).locator("vaadin-combo-box.row-indicator")).containsText("不得调增");
        E2eBrowser.screenshot(staff, "adjustment-01-refused");

        E2eBrowser.pickFromComboBox(row(staff, 1).locator("vaadin-combo-box.row-indicator"), "30207");
        assertThat(staff.locator("#adjustment-sums")).containsText("调减 20,000.00 元，调增 20,000.00 元");
        staff.locator("#save-adjustment").click();
        assertThat(staff).hasURL(PAGE);
        String route = staff.url().substring(staff.url().indexOf("budget-adjustments/"));
        assertThat(staff.locator("#doc-status")).hasText("草稿");
        assertThat(staff.locator("#routing-facts")).containsText("调剂");
        assertThat(staff.locator("#adjustment-sums")).containsText("调减 20,000.00 元，调增 20,000.00 元");
        String number = number(staff);
        E2eBrowser.screenshot(staff, "adjustment-02-page");
        DraftPages.confirmed(staff, "submit-adjustment");
        assertThat(staff.locator("#doc-status")).hasText("审批中");
        browser.logout(staff);

        review("head6", number);
        review("finance", number);
        review("director", number);

        Page drafter = browser.loginAs(STAFF);
        browser.open(drafter, route);
        assertThat(drafter.locator("#doc-status")).hasText("已批复");
        assertThat(drafter.locator("#submit-adjustment")).hasCount(0);
        assertThat(drafter.locator("#history .history-entry .history-action")).hasText(new String[] {
            "创建", "提交", "科长审核 · 同意", "财务审核 · 同意", "中心主任审批 · 同意"});
        E2eBrowser.screenshot(drafter, "adjustment-03-approved");
        browser.logout(drafter);

        // The ledger's own audit entry (指标调整) names the adjustment by number but stays out of its
        // approval trail (LedgerAudit); the moved quotas are the proof that the approval moved it.
        assertThat(quota(api, "30201")).isEqualByComparingTo("80000.00");
        assertThat(quota(api, "30207")).isEqualByComparingTo("70000.00");
        assertThat(quota(api, "30211")).isEqualByComparingTo("50000.00");
    }

    private static Locator row(Page page, int index) {
        return page.locator("#adjustment-rows .adjustment-row").nth(index);
    }

    private static void fillRow(Locator row, String direction, String economicCode, String amount) {
        E2eBrowser.pickFromSelect(row.locator("vaadin-select.row-direction"), direction);
        E2eBrowser.pickFromComboBox(row.locator("vaadin-combo-box.row-indicator"), economicCode);
        row.locator("vaadin-text-field.row-amount input").fill(amount);
    }

    private void review(String user, String number) {
        Page page = browser.loginAs(user);
        browser.openNav(page, "待办");
        page.locator("#inbox-grid vaadin-button.handle-task[data-document-number='" + number + "']").click();
        assertThat(page).hasURL(PAGE);
        assertThat(page.locator("#routing-facts")).containsText("同一功能科目内基本支出之间");
        E2eBrowser.chooseDecision(page, "同意");
        page.locator("#review-submit").click();
        E2eBrowser.waitForVaadin(page);
        assertThat(page).hasURL(INBOX_PAGE);
        browser.logout(page);
    }

    private static String number(Page page) {
        assertThat(page.locator("#doc-number")).containsText("TJ-");
        String text = page.locator("#doc-number").textContent();
        return text.substring(text.indexOf("TJ-")).strip();
    }

    /** 办公费 10万, 差旅费 5万 and 邮电费 5万 of the section for {@link #YEAR}, approved at every level (the ledger issues them). */
    private static void approvedBudget(E2eApi api) {
        List<Map<String, Object>> lines = List.of(DraftBodies.line("2010350", "30201", "BASIC_PUBLIC", "100000.00", "办公费"),
            DraftBodies.line("2010350", "30211", "BASIC_PUBLIC", "50000.00", "差旅费"),
            DraftBodies.line("2010350", "30207", "BASIC_PUBLIC", "50000.00", "邮电费"));
        long id = api.post(STAFF, "/api/v1/budget-drafts", DraftBodies.draftBody(YEAR, lines)).path("id").asLong();
        api.post(STAFF, "/api/v1/budget-drafts/" + id + "/submit", null);
        for (String reviewer : List.of("head6", "finance", "director", "bureau")) {
            api.approve(reviewer, id);
        }
    }

    private static BigDecimal quota(E2eApi api, String economicCode) {
        JsonNode indicators = api.get("finance", "/api/v1/indicators?fiscalYear=" + YEAR + "&section=S06");
        return StreamSupport.stream(indicators.spliterator(), false).filter(i -> economicCode.equals(i.path("economicCode").asText()))
            .map(i -> new BigDecimal(i.path("quota").asText())).findFirst().orElseThrow();
    }
}
