package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A project application through the real UI in a real browser, from creation to approval: a
 * 科员 fills the header, the cost lines and the indicator tree (and is told what is missing),
 * submits; the 科长, 财务 and 中心主任 approve, the 主任办公会 is recorded (60万 is above the
 * collective-decision threshold) and the 数据局 approves. The drafter then finds it in the 项目库
 * with its project code and funds a budget-draft line of kind 项目支出 from it.
 */
@BrowserTest
class ProjectApplicationApprovalBrowserIT {

    private static final Pattern PROJECT_PAGE = Pattern.compile(".*/project-applications/\\d+$");
    private static final Pattern DRAFT_PAGE = Pattern.compile(".*/budget-drafts/\\d+$");
    private static final Pattern INBOX_PAGE = Pattern.compile(".*/inbox$");
    private static final String NAME = "数字产业监测平台运维项目";

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void project_filed_with_its_targets_is_approved_after_the_directors_meeting_and_funds_a_budget_line() {
        Page staff = browser.loginAs("staff5");
        browser.openNav(staff, "新建项目申报");
        fillHeader(staff, "600000");
        fillCostLine(staff, 0, "30213", "400000");
        staff.locator("#add-cost-line").click();
        fillCostLine(staff, 1, "30227", "150000");
        assertThat(staff.locator("#cost-total")).containsText("55.00");
        assertThat(staff.locator("#cost-total")).containsText("相差 5.00 万元");
        staff.locator(".cost-line .line-amount input").nth(1).fill("200000");
        assertThat(staff.locator("#cost-total")).containsText("一致");

        Locator tree = staff.locator("#indicator-tree");
        assertThat(tree.locator("tr.indicator-level1")).hasCount(3);
        assertThat(tree.locator("tr.indicator-level2[data-category=QUANTITY]")).containsText("数量指标");
        assertThat(tree.locator("tr.indicator-level2[data-category=QUANTITY] .indicator-required")).hasText("必填");
        assertThat(tree.locator("tr.indicator-level2[data-category=SOCIAL_BENEFIT] .indicator-required")).hasCount(0);
        assertThat(tree.locator("tr.indicator-add-row")).hasCount(9);
        addIndicator(staff, "QUANTITY", "监测企业数量", "≥", "200", "家");
        // the new row sits under its heading, just above its category's add-row
        assertThat(tree.locator("tr.indicator-level2[data-category=QUANTITY] + tr.indicator-row[data-category=QUANTITY]"
            + " + tr.indicator-add-row[data-category=QUANTITY]")).hasCount(1);
        addIndicator(staff, "QUALITY", "平台正常运行率", "≥", "99", "%");
        addIndicator(staff, "TIMELINESS", "故障恢复时限", "≤", "4", "小时");
        addIndicator(staff, "COST", "平台运维成本", "≤", "60", "万元");
        addIndicator(staff, "SOCIAL_BENEFIT", "产业监测服务能力", "定性", "稳步提升", "");
        staff.locator("#save-project").click();
        E2eBrowser.waitForVaadin(staff);
        assertThat(staff.locator(".category-error[data-category=SATISFACTION]")).hasText("绩效目标表至少需要一项满意度指标");
        assertThat(staff).hasURL(Pattern.compile(".*/project-applications/new$"));
        addIndicator(staff, "BENEFICIARY_SATISFACTION", "服务对象满意度", "≥", "90", "%");
        E2eBrowser.screenshot(staff, "project-01-editor");
        staff.locator("#save-project").click();
        assertThat(staff).hasURL(PROJECT_PAGE);
        assertThat(staff.locator("#doc-status")).hasText("草稿");
        String number = staff.locator("#doc-number").textContent().strip();
        String route = staff.url().substring(staff.url().indexOf("project-applications/"));
        assertThat(staff.locator("#indicator-table tr.indicator-row[data-category=BENEFICIARY_SATISFACTION] td").first())
            .hasText("服务对象满意度");
        // the page shows the same table: headings, 必填 marks, and 未填写 where a category has no indicator
        assertThat(staff.locator("#indicator-table tr.indicator-level1")).hasCount(3);
        assertThat(staff.locator("#indicator-table tr.indicator-level2[data-category=QUANTITY] .indicator-required")).hasText("必填");
        assertThat(staff.locator("#indicator-table tr.indicator-empty[data-category=ECOLOGICAL_BENEFIT]")).hasText("未填写");
        assertThat(staff.locator("#indicator-table tr.indicator-empty[data-category=QUANTITY]")).isHidden();
        E2eBrowser.screenshot(staff, "project-01b-indicator-table");
        DraftPages.confirmed(staff, "submit-project");
        assertThat(staff.locator("#doc-status")).hasText("审批中");
        browser.logout(staff);

        review("head5", number, "同意", false);
        review("finance", number, "同意", false);
        review("director", number, "同意", false);
        review("director", number, "会议通过", true);
        review("bureau", number, "同意", false);

        Page drafter = browser.loginAs("staff5");
        browser.open(drafter, route);
        assertThat(drafter.locator("#doc-status")).hasText("已批复");
        assertThat(drafter.locator("#project-code")).hasText(Pattern.compile("XM-\\d{4}-S05-\\d{4}"));
        String projectCode = drafter.locator("#project-code").textContent().strip();
        assertThat(drafter.locator("#collective-decisions .collective-decision")).hasCount(1);
        assertThat(drafter.locator("#collective-decisions")).containsText("主任办公会纪要〔示例〕3号");
        // the one picked from the org tree by name, the outsider as typed
        assertThat(drafter.locator("#collective-decisions")).containsText("徐振东；列席：赵敏（市数据局）");
        assertThat(drafter.locator("#history .history-entry .history-action").last()).hasText("数据局审核 · 同意");
        E2eBrowser.screenshot(drafter, "project-02-approved");

        browser.openNav(drafter, "项目库");
        assertThat(drafter.locator("#library-grid vaadin-grid-cell-content").filter(hasText(projectCode))).hasCount(1);
        browser.openNav(drafter, "新建预算草案");
        Locator line = drafter.locator("#draft-lines .budget-line").first();
        E2eBrowser.pickFromComboBox(line.locator("vaadin-combo-box.line-function"), "2010350");
        E2eBrowser.pickFromComboBox(line.locator("vaadin-combo-box.line-economic"), "30213");
        E2eBrowser.pickFromSelect(line.locator("vaadin-select.line-kind"), "项目支出");
        E2eBrowser.pickFromComboBox(line.locator("vaadin-combo-box.line-project"), projectCode);
        line.locator("vaadin-text-field.line-amount input").fill("600000");
        drafter.locator("#save-draft").click();
        assertThat(drafter).hasURL(DRAFT_PAGE);
        assertThat(drafter.locator("#lines-grid vaadin-grid-cell-content").filter(hasText(projectCode + " " + NAME))).hasCount(1);
        E2eBrowser.screenshot(drafter, "project-03-budget-line");
        browser.logout(drafter);
    }

    private void fillHeader(Page page, String annualBudget) {
        page.locator("#project-name input").fill(NAME);
        E2eBrowser.pickFromSelect(page.locator("#project-category"), "运行维护类");
        page.locator("#project-budget input").fill(annualBudget);
        page.locator("#project-overview textarea").fill("保障数字产业监测平台正常、稳定运行。");
        page.locator("#project-basis textarea").fill("依据单位职能（示例）。");
    }

    private static void fillCostLine(Page page, int index, String economicCode, String amount) {
        Locator line = page.locator("#cost-lines .cost-line").nth(index);
        E2eBrowser.pickFromComboBox(line.locator("vaadin-combo-box.line-function"), "2010350");
        E2eBrowser.pickFromComboBox(line.locator("vaadin-combo-box.line-economic"), economicCode);
        line.locator("vaadin-text-field.line-amount input").fill(amount);
    }

    /** Adds a level-3 row under the level-2 category and fills it. */
    private static void addIndicator(Page page, String category, String name, String direction, String target, String unit) {
        Locator rows = page.locator("#indicator-tree tr.indicator-row[data-category=" + category + "]");
        int before = rows.count();
        page.locator("#indicator-tree tr.indicator-add-row[data-category=" + category + "] .add-indicator").click();
        Locator row = rows.nth(before);
        row.locator(".indicator-name input").fill(name);
        pickDirection(row.locator("vaadin-select.indicator-direction"), direction);
        row.locator(".indicator-target input").fill(target);
        row.locator(".indicator-unit input").fill(unit);
        row.locator(".indicator-note input").fill("示例值");
    }

    /**
     * Opens the direction select and clicks the item with this sign. Only options of the open list
     * count: another select showing the same sign as its value holds a copy of that item (without
     * the option role), which must not be taken for it. No sign is a substring of another.
     */
    private static void pickDirection(Locator select, String sign) {
        select.click();
        select.page().locator("vaadin-select-item[role=option]:visible")
            .filter(new Locator.FilterOptions().setHasText(sign)).first().click();
        assertThat(select.locator("vaadin-select-value-button")).hasText(sign);
    }

    /** One reviewer signs in, opens the task from 待办, decides (recording the meeting if asked) and is sent back to the inbox. */
    private void review(String user, String number, String decision, boolean meeting) {
        Page page = browser.loginAs(user);
        browser.openNav(page, "待办");
        page.locator("#inbox-grid vaadin-button.handle-task[data-document-number='" + number + "']").click();
        assertThat(page).hasURL(PROJECT_PAGE);
        assertThat(page.locator("#action-bar")).isVisible();
        E2eBrowser.chooseDecision(page, decision);
        if (meeting) {
            page.locator("#review-submit").click();
            E2eBrowser.waitForVaadin(page);
            assertThat(page.locator("#meeting-date")).hasAttribute("invalid", "");
            page.locator("#meeting-date input").fill("2026/12/15");
            page.locator("#meeting-date input").press("Enter");
            E2eBrowser.pickPeople(page, "meeting-attendees", "徐振东");
            page.locator("#meeting-guests input").fill("赵敏（市数据局）");
            page.locator("#meeting-minutes input").fill("主任办公会纪要〔示例〕3号");
            E2eBrowser.screenshot(page, "project-04-meeting");
        }
        page.locator("#review-submit").click();
        E2eBrowser.waitForVaadin(page);
        assertThat(page).hasURL(INBOX_PAGE);
        browser.logout(page);
    }

    private static Locator.FilterOptions hasText(String text) {
        return new Locator.FilterOptions().setHasText(text);
    }
}
