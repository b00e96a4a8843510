package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A budget year from 编制启动 to 批复 in a real browser, each person at their own desk: 财务 opens
 * the year; 综合科's 科员 drafts and submits the section's request from the year page, its 科长 and
 * 财务 approve it; 财务 proceeds without the late sections and consolidates the unit's proposal; the
 * director records 主任办公会 and approves, the bureau approves; the bureau records the ceilings,
 * 财务 splits them, the director approves the split; 二上 as before, the request starting from the
 * 一上 one; the bureau records the 批复 with a cut. Then the versions and the comparison with its
 * chart. 基础设施与安全科's requests are filed beside the browser (over the API), so that the
 * proposal has two sections; the other four are late and left out with a reason.
 */
@BrowserTest
class BudgetYearBrowserIT {

    private static final List<String> LATE = List.of("S03", "S04", "S05", "S06");

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    private int year;

    @Test
    void a_year_goes_from_its_opening_to_the_bureaus_approval_in_the_browser() throws Exception {
        E2eApi api = browser.api();
        year = YearSteps.freeYear(api);

        openYear();
        String oneUp = staffRequest(false);
        DraftPages.approveFromInbox(browser, "head1", oneUp, null);
        DraftPages.approveFromInbox(browser, "finance", oneUp, "经费测算合理");
        YearSteps.acceptedRequest(api, 2, year, List.of(YearSteps.line("30201", "BASIC_PUBLIC", "80000"),
            YearSteps.line("30101", "BASIC_PERSONNEL", "300000")));
        YearSteps.proposalThroughReview(browser, consolidate("一上：汇总上报"), 1);

        recordCeilings();
        split();
        decideSplit();

        String twoUp = staffRequest(true);
        DraftPages.approveFromInbox(browser, "head1", twoUp, null);
        DraftPages.approveFromInbox(browser, "finance", twoUp, null);
        YearSteps.acceptedRequest(api, 2, year, List.of(YearSteps.line("30201", "BASIC_PUBLIC", "80000"),
            YearSteps.line("30101", "BASIC_PERSONNEL", "250000")));
        YearSteps.proposalThroughReview(browser, consolidate("二上：汇总上报"), 2);

        approve();
        compare();
    }

    /** 财务 opens the year with deadlines already passed (so that late sections may be left out); a blank 编制说明 is refused first. */
    private void openYear() {
        Page finance = browser.loginAs("finance");
        browser.openNav(finance, "预算编制");
        finance.locator("#open-year").click();
        finance.locator("#open-year-year input").fill(String.valueOf(year));
        YearSteps.pickDate(finance.locator("#open-year-one-up"), YearSteps.today().minusDays(10));
        YearSteps.pickDate(finance.locator("#open-year-two-up"), YearSteps.today().minusDays(1));
        finance.locator("#open-year-confirm").click();
        E2eBrowser.waitForVaadin(finance);
        assertThat(finance.locator("#open-year-instructions")).hasAttribute("invalid", "");
        assertThat(finance.locator("#open-year-instructions [slot=error-message]")).containsText("编制说明");
        finance.locator("#open-year-instructions textarea").fill("按零基预算编制，严控一般性支出。");
        finance.locator("#open-year-confirm").click();
        assertThat(finance).hasURL(YearSteps.YEAR_PAGE);
        assertThat(finance.locator("#year-rounds [data-round=ONE_UP]")).hasAttribute("data-state", "current");
        assertThat(finance.locator("#year-stage")).containsText("一上");
        assertThat(finance.locator("#year-instructions")).hasText("按零基预算编制，严控一般性支出。");
        assertThat(finance.locator("#sections-grid .section-overdue")).hasCount(6);
        E2eBrowser.screenshot(finance, "year-01-opened");
        browser.openNav(finance, "预算编制");
        assertThat(finance.locator("#year-link-" + year)).isVisible();
        browser.logout(finance);
    }

    /**
     * 综合科's 科员 files the request of the round from the year page: in 一上 a new one, in 二上 one
     * that starts from the 一上 request's lines, cut to the section's ceilings. Answers its number.
     */
    private String staffRequest(boolean fromOneUp) {
        Page staff = YearSteps.yearPage(browser, "staff1", year);
        assertThat(staff.locator("#sections-grid .section-request")).hasCount(fromOneUp ? 1 : 0);
        if (fromOneUp) {
            assertThat(staff.locator("#year-split-grid")).containsText("综合科");
            staff.locator("#year-draft-from-one-up").click();
            Locator amounts = staff.locator("#draft-lines vaadin-text-field.line-amount input");
            assertThat(amounts).hasCount(2);
            assertThat(amounts.nth(0)).hasValue("120000.00");
            amounts.nth(0).fill("100000");
            amounts.nth(1).fill("450000");
        } else {
            staff.locator("#year-draft-request").click();
            fillLine(staff, 0, "30201", "基本支出·公用经费", "120000");
            staff.locator("#add-line").click();
            fillLine(staff, 1, "30101", "基本支出·人员经费", "500000");
        }
        assertThat(staff.locator("#draft-year input")).hasValue(String.valueOf(year));
        String number = YearSteps.savedAndSubmitted(staff, "draft", DraftPages.DRAFT_PAGE, "YS-");
        browser.logout(staff);
        return number;
    }

    private static void fillLine(Page staff, int index, String economicCode, String kind, String amount) {
        Locator line = staff.locator("#draft-lines .budget-line").nth(index);
        E2eBrowser.pickFromComboBox(line.locator("vaadin-combo-box.line-function"), "2010350");
        E2eBrowser.pickFromComboBox(line.locator("vaadin-combo-box.line-economic"), economicCode);
        E2eBrowser.pickFromSelect(line.locator("vaadin-select.line-kind"), kind);
        line.locator("vaadin-text-field.line-amount input").fill(amount);
    }

    /** 财务 leaves the four late sections out and consolidates the round's requests into the unit's proposal; answers its number. */
    private String consolidate(String stage) {
        Page finance = YearSteps.yearPage(browser, "finance", year);
        finance.locator("#excuse-S03").click();
        finance.locator("#excuse-confirm").click();
        E2eBrowser.waitForVaadin(finance);
        assertThat(finance.locator("#excuse-reason")).hasAttribute("invalid", "");
        finance.locator("#excuse-reason textarea").fill("科室人员调整，逾期未报");
        finance.locator("#excuse-confirm").click();
        E2eBrowser.waitForVaadin(finance);
        YearSteps.excuse(finance, LATE.subList(1, LATE.size()), "逾期未报，按上年执行数编制");
        assertThat(finance.locator("#sections-grid .section-excused")).hasCount(4);
        assertThat(finance.locator("#year-stage")).containsText(stage);
        finance.locator("#year-consolidate").click();
        assertThat(finance.locator("#proposal-year input")).hasValue(String.valueOf(year));
        String number = YearSteps.savedAndSubmitted(finance, "proposal", YearSteps.PROPOSAL_PAGE, "JY-");
        browser.logout(finance);
        return number;
    }

    /** The bureau records its ceilings: 文号, date and the three kinds' amounts; the year waits for 财务's split. */
    private void recordCeilings() {
        Page bureau = YearSteps.yearPage(browser, "bureau", year);
        assertThat(bureau.locator("#year-rounds [data-round=CEILINGS]")).hasAttribute("data-state", "current");
        assertThat(bureau.locator("#sections-grid")).hasCount(0);
        bureau.locator("#year-ceilings-open").click();
        bureau.locator("#ceilings-ref input").fill("洪数字〔" + YearSteps.today().getYear() + "〕12号");
        YearSteps.pickDate(bureau.locator("#ceilings-date"), YearSteps.today());
        bureau.locator("#ceilings-personnel input").fill("700000");
        bureau.locator("#ceilings-public input").fill("180000");
        bureau.locator("#ceilings-project input").fill("0");
        assertThat(bureau.locator("#ceilings-total")).containsText("88.00");
        bureau.locator("#ceilings-confirm").click();
        E2eBrowser.waitForVaadin(bureau);
        assertThat(bureau.locator("#year-ceilings-ref")).hasText("洪数字〔" + YearSteps.today().getYear() + "〕12号");
        assertThat(bureau.locator("#year-stage")).containsText("分解");
        browser.logout(bureau);
    }

    /** 财务 splits the ceilings; a split over the 人员经费 ceiling is refused with the excess in yuan, then fixed. */
    private void split() {
        Page finance = YearSteps.yearPage(browser, "finance", year);
        finance.locator("#year-split-open").click();
        finance.locator("#split-S01-BASIC_PERSONNEL input").fill("450000");
        finance.locator("#split-S01-BASIC_PUBLIC input").fill("100000");
        finance.locator("#split-S02-BASIC_PERSONNEL input").fill("300000");
        finance.locator("#split-S02-BASIC_PUBLIC input").fill("80000");
        finance.locator("#split-S01-PROJECT input").fill("0");
        finance.locator("#split-S02-PROJECT input").fill("0");
        assertThat(finance.locator("#split-unallocated-BASIC_PERSONNEL")).hasText("-50,000.00");
        finance.locator("#split-confirm").click();
        E2eBrowser.waitForVaadin(finance);
        assertThat(finance.locator("#split-error")).containsText("50,000.00");
        E2eBrowser.screenshot(finance, "year-02-split-refused");
        finance.locator("#split-S02-BASIC_PERSONNEL input").fill("250000");
        assertThat(finance.locator("#split-unallocated-BASIC_PERSONNEL")).hasText("0.00");
        finance.locator("#split-confirm").click();
        E2eBrowser.waitForVaadin(finance);
        assertThat(finance.locator("#year-split-state")).containsText("待中心主任审定");
        browser.logout(finance);
    }

    private void decideSplit() {
        Page director = YearSteps.yearPage(browser, "director", year);
        director.locator("#year-split-decide").click();
        director.locator("#split-return").click();
        E2eBrowser.waitForVaadin(director);
        assertThat(director.locator("#split-decision-comment")).hasAttribute("invalid", "");
        director.locator("#split-approve").click();
        E2eBrowser.waitForVaadin(director);
        assertThat(director.locator("#year-split-state")).containsText("中心主任已审定");
        assertThat(director.locator("#year-rounds [data-round=TWO_UP]")).hasAttribute("data-state", "current");
        browser.logout(director);
    }

    /** The bureau's 批复: 文号, date and one line cut with its reason; the year is approved. */
    private void approve() {
        Page bureau = YearSteps.yearPage(browser, "bureau", year);
        bureau.locator("#year-approval-open").click();
        bureau.locator("#approval-ref input").fill("洪数字〔" + YearSteps.today().getYear() + "〕30号");
        YearSteps.pickDate(bureau.locator("#approval-date"), YearSteps.today());
        Locator cut = bureau.locator("#approval-lines vaadin-text-field[id^=cut-amount-]").first();
        String lineId = cut.getAttribute("id").substring("cut-amount-".length());
        // below every line's amount, whichever line comes first
        cut.locator("input").fill("70000");
        bureau.locator("#approval-confirm").click();
        E2eBrowser.waitForVaadin(bureau);
        assertThat(bureau.locator("#cut-reason-" + lineId)).hasAttribute("invalid", "");
        bureau.locator("#cut-reason-" + lineId + " input").fill("压减一般性支出");
        bureau.locator("#approval-confirm").click();
        E2eBrowser.waitForVaadin(bureau);
        assertThat(bureau.locator("#year-approval-ref")).hasText("洪数字〔" + YearSteps.today().getYear() + "〕30号");
        assertThat(bureau.locator("#year-rounds [data-round=APPROVED]")).hasAttribute("data-state", "current");
        browser.logout(bureau);
    }

    /** Five versions on the year page; the comparison with its chart drawn, the cut's reason, and the workbook. */
    private void compare() {
        Page auditor = YearSteps.yearPage(browser, "auditor", year);
        for (String version : List.of("一上", "控制数", "分解", "二上", "批复")) {
            assertThat(auditor.locator("#versions-grid")).containsText(version);
        }
        assertThat(auditor.locator("#year-no-action")).isVisible();
        E2eBrowser.screenshot(auditor, "year-03-approved");
        auditor.locator("#year-comparison-link").click();
        assertThat(auditor.locator("budget-chart[rendered]")).hasCount(1);
        assertThat(auditor.locator("budget-chart #by-section svg")).hasCount(1);
        assertThat(auditor.locator("budget-chart #by-kind svg")).hasCount(1);
        E2eBrowser.pickFromSelect(auditor.locator("#comparison-level"), "明细");
        assertThat(auditor.locator("#comparison-grid")).containsText("压减一般性支出");
        E2eBrowser.screenshot(auditor, "year-04-comparison");
        Download workbook = auditor.waitForDownload(() -> auditor.locator("#comparison-xlsx").click());
        assertThat(workbook.suggestedFilename()).endsWith(".xlsx");

        Page staff = YearSteps.yearPage(browser, "staff1", year);
        assertThat(staff.locator("#sections-grid .section-request")).hasCount(1);
        assertThat(staff.locator("#year-approval-ref")).containsText("30号");

        // the bureau sees the unit as a whole: the kind split, no chart of the sections
        Page bureau = browser.loginAs("bureau");
        browser.open(bureau, "budget-years/" + year + "/comparison");
        assertThat(bureau.locator("budget-chart[rendered]")).hasCount(1);
        assertThat(bureau.locator("budget-chart #by-kind svg")).hasCount(1);
        assertThat(bureau.locator("budget-chart #by-section")).hasCount(0);
    }
}
