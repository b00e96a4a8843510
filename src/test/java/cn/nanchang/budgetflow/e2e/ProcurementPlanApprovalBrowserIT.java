package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A procurement plan through the real UI in a real browser, from creation to approval: the
 * 科员 picks an approved budget line, sees the justification field appear for a 250万 service
 * not tendered publicly and the 不属于政府采购 flag on a small item, saves and submits; 科长,
 * finance and the director approve from 待办; the 主任办公会 is recorded; the bureau approves; the
 * drafter sees 已批复 with the meeting and the whole history. The budget that funds the plan is
 * approved beforehand through the API, as another person's earlier work.
 */
@BrowserTest
class ProcurementPlanApprovalBrowserIT {

    private static final int YEAR = 2031;
    private static final Pattern PLAN_PAGE = Pattern.compile(".*/procurement-plans/\\d+$");
    private static final Pattern INBOX_PAGE = Pattern.compile(".*/inbox$");

    @Autowired
    TestRestTemplate rest;

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void plan_with_a_changed_method_passes_the_collective_decision_and_the_bureau_and_is_shown_approved() {
        String budgetNumber = approvedBudget("staff1", "3000000.00");

        Page staff = browser.loginAs("staff1");
        browser.openNav(staff, "新建采购计划");
        Locator year = staff.locator("#plan-year input");
        year.fill(String.valueOf(YEAR));
        year.press("Tab");
        E2eBrowser.waitForVaadin(staff);
        assertThat(staff.locator("#no-funding")).isHidden();
        Locator first = item(staff, 0);
        fillItem(first, "服务", "政府网站集约化平台运维服务", "1", "项", "2500000", "竞争性磋商", budgetNumber, YEAR + "年6月");
        first.locator("vaadin-text-area.item-demand-overview textarea").fill("平台7×24小时运行维护、安全监测与应急响应");
        assertThat(first.locator("vaadin-text-area.item-justification")).isVisible();
        first.locator("vaadin-text-area.item-justification textarea").fill("服务需求技术复杂，需与供应商磋商确定方案");
        staff.locator("#add-item").click();
        Locator second = item(staff, 1);
        fillItem(second, "货物", "办公耗材", "20", "箱", "30000", "询价", budgetNumber, YEAR + "年3月");
        assertThat(second.locator(".item-flag-outside")).isVisible();
        assertThat(second.locator("vaadin-text-area.item-justification")).isHidden();
        assertThat(staff.locator("#total-wan")).containsText("253.00");
        assertThat(staff.locator("#total-category-SERVICES")).hasText("250.00");
        assertThat(staff.locator("#total-category-GOODS")).hasText("3.00");
        assertThat(staff.locator("#total-category-WORKS")).hasText("0.00");
        E2eBrowser.screenshot(staff, "procurement-01-editor");

        staff.locator("#save-plan").click();
        assertThat(staff).hasURL(PLAN_PAGE);
        String route = staff.url().substring(staff.url().indexOf("procurement-plans/"));
        String number = documentNumber(staff);
        assertThat(staff.locator("#doc-status")).hasText("草稿");
        assertThat(staff.locator("#items-grid .item-flag-outside")).hasCount(1);
        assertThat(staff.locator("#intentions-grid vaadin-grid-cell-content")
            .filter(new Locator.FilterOptions().setHasText(YEAR + "-05-02"))).hasCount(1);
        assertThat(staff.locator("#routing-facts")).containsText("竞争性磋商");
        assertThat(staff.locator("#routing-facts")).containsText("含变更采购方式");
        assertThat(staff.locator(".item-justification-text")).hasText(
            "变更采购方式说明（#1 政府网站集约化平台运维服务）：服务需求技术复杂，需与供应商磋商确定方案");
        E2eBrowser.screenshot(staff, "procurement-02-plan");
        DraftPages.confirmed(staff, "submit-plan");
        assertThat(staff.locator("#doc-status")).hasText("审批中");
        browser.logout(staff);

        review("head1", number, "同意", null);
        review("finance", number, "同意", "资金来源已核实");
        recordDirectorDecisionAndMeeting(number);
        review("bureau", number, "同意", "同意该采购计划");

        Page drafter = browser.loginAs("staff1");
        browser.open(drafter, route);
        assertThat(drafter.locator("#doc-status")).hasText("已批复");
        assertThat(drafter.locator("#submit-plan")).hasCount(0);
        assertThat(drafter.locator("#edit-plan")).hasCount(0);
        assertThat(drafter.locator("#collective-decisions .collective-decision")).hasCount(1);
        assertThat(drafter.locator("#collective-decisions")).containsText("主任办公会纪要〔" + YEAR + "〕5号");
        assertThat(drafter.locator("#collective-decisions")).containsText("徐振东、王建华、杨秀英");
        assertThat(drafter.locator("#history .history-entry .history-action")).hasText(new String[] {
            "创建", "提交", "科长审核 · 同意", "财务审核 · 同意", "中心主任审批 · 同意",
            "主任办公会集体决策 · 主任办公会集体决策", "数据局审核 · 同意"});
        E2eBrowser.screenshot(drafter, "procurement-03-approved");
        browser.logout(drafter);
    }

    /** The director approves; the routing table then puts the 主任办公会 in the director's own 待办. */
    private void recordDirectorDecisionAndMeeting(String number) {
        Page director = browser.loginAs("director");
        browser.openNav(director, "待办");
        openTask(director, number);
        assertThat(director.locator("#meeting-date")).hasCount(0);
        decide(director, "同意", null);
        assertThat(director).hasURL(INBOX_PAGE);
        // this plan's task is in the director's 待办 again, now as the 主任办公会 (the review panel says which step);
        // the browser tests share one application, so other tests' meetings may be waiting there too
        openTask(director, number);
        E2eBrowser.chooseDecision(director, "会议通过");
        assertThat(director.locator("#review-panel")).containsText("主任办公会集体决策");
        Locator date = director.locator("#meeting-date input");
        date.fill(YEAR + "/4/8");
        date.press("Enter");
        E2eBrowser.pickPeople(director, "meeting-attendees", "徐振东", "杨秀英", "王建华");
        director.locator("#meeting-minutes input").fill("主任办公会纪要〔" + YEAR + "〕5号");
        E2eBrowser.screenshot(director, "procurement-04-meeting");
        director.locator("#review-comment textarea").fill("同意变更为竞争性磋商");
        director.locator("#review-submit").click();
        assertThat(director).hasURL(INBOX_PAGE);
        assertThat(handleButton(director, number)).hasCount(0);
        browser.logout(director);
    }

    /** One reviewer signs in, opens the task from 待办, decides and is sent back to an inbox without it. */
    private void review(String user, String number, String decision, String comment) {
        Page page = browser.loginAs(user);
        browser.openNav(page, "待办");
        openTask(page, number);
        decide(page, decision, comment);
        assertThat(page).hasURL(INBOX_PAGE);
        assertThat(handleButton(page, number)).hasCount(0);
        browser.logout(page);
    }

    private static Locator item(Page page, int index) {
        return page.locator("#plan-items .procurement-item").nth(index);
    }

    private static void fillItem(Locator item, String category, String name, String quantity, String unit, String amount,
            String method, String budgetNumber, String month) {
        choose(item.locator("vaadin-select.item-category"), category);
        item.locator("vaadin-text-field.item-name input").fill(name);
        item.locator("vaadin-text-field.item-quantity input").fill(quantity);
        item.locator("vaadin-text-field.item-unit input").fill(unit);
        item.locator("vaadin-text-field.item-amount input").fill(amount);
        choose(item.locator("vaadin-select.item-method"), method);
        choose(item.locator("vaadin-select.item-form"), "分散采购");
        E2eBrowser.pickFromComboBox(item.locator("vaadin-combo-box.item-funding"), budgetNumber);
        choose(item.locator("vaadin-select.item-start-month"), month);
    }

    /**
     * Opens a vaadin-select and clicks the option with this label. Options are found by their
     * role: a select shows its chosen item as a copy without that role, so another row's select
     * holding the same value is never clicked instead.
     */
    private static void choose(Locator select, String label) {
        select.click();
        select.page().getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label).setExact(true)).click();
        assertThat(select.locator("vaadin-select-value-button")).containsText(label);
    }

    private static Locator handleButton(Page page, String number) {
        return page.locator("#inbox-grid vaadin-button.handle-task[data-document-number='" + number + "']");
    }

    private static void openTask(Page page, String number) {
        handleButton(page, number).click();
        assertThat(page).hasURL(PLAN_PAGE);
        assertThat(page.locator("#doc-number")).containsText(number);
        assertThat(page.locator("#action-bar")).isVisible();
    }

    private static void decide(Page page, String decision, String comment) {
        E2eBrowser.chooseDecision(page, decision);
        if (comment != null) {
            page.locator("#review-comment textarea").fill(comment);
        }
        page.locator("#review-submit").click();
        E2eBrowser.waitForVaadin(page);
    }

    private static String documentNumber(Page page) {
        assertThat(page.locator("#doc-number")).containsText("CG-");
        String text = page.locator("#doc-number").textContent();
        return text.substring(text.indexOf("CG-")).strip();
    }

    /** A one-line budget of the staff member's section for {@link #YEAR}, approved at every level; its number. */
    private String approvedBudget(String staff, String amount) {
        Map<String, Object> line = Map.of("functionCode", "2010350", "economicCode", "30201", "kind", "BASIC_PUBLIC",
            "amount", amount, "note", "政府采购资金");
        var created = rest.withBasicAuth(staff, E2eBrowser.PASSWORD)
            .postForEntity("/api/v1/budget-drafts", Map.of("fiscalYear", YEAR, "lines", List.of(line)), JsonNode.class);
        if (created.getStatusCode() != HttpStatus.CREATED) {
            throw new AssertionError("budget draft not created: " + created);
        }
        long id = created.getBody().path("id").asLong();
        // a body-less POST shows it comes from a script, not a cross-site form (the API's CSRF guard)
        HttpHeaders script = new HttpHeaders();
        script.set("X-Requested-With", "test");
        var submitted = rest.withBasicAuth(staff, E2eBrowser.PASSWORD).postForEntity("/api/v1/budget-drafts/" + id + "/submit",
            new HttpEntity<>(script), JsonNode.class);
        if (!submitted.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("budget draft not submitted: " + submitted);
        }
        for (String reviewer : List.of("head1", "finance", "director", "bureau")) {
            JsonNode inbox = rest.withBasicAuth(reviewer, E2eBrowser.PASSWORD).getForObject("/api/v1/tasks?limit=500", JsonNode.class);
            String taskId = null;
            for (JsonNode task : inbox) {
                if (task.path("documentId").asLong() == id) {
                    taskId = task.path("taskId").asText();
                }
            }
            if (taskId == null) {
                throw new AssertionError(reviewer + " has no task on budget draft " + id);
            }
            rest.withBasicAuth(reviewer, E2eBrowser.PASSWORD).postForEntity("/api/v1/tasks/" + taskId + "/decision",
                Map.of("decision", "APPROVE", "comment", "同意"), JsonNode.class);
        }
        JsonNode draft = rest.withBasicAuth(staff, E2eBrowser.PASSWORD).getForObject("/api/v1/budget-drafts/" + id, JsonNode.class);
        if (!"APPROVED".equals(draft.path("status").asText())) {
            throw new AssertionError("budget draft not approved: " + draft);
        }
        return draft.path("number").asText();
    }
}
