package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * 执行进度 in a real browser on the demo year 2023 and its example payments: the director opens it
 * from the navigation and sees every section, the chart, the one project behind in red, and
 * downloads the workbook and the 调整后 budget; a 科员 sees their own section only, the filter fixed.
 */
@BrowserTest
@TestPropertySource(properties = "budgetflow.demo-documents=true")
class ExecutionBrowserIT {

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void the_director_sees_every_section_with_the_project_behind_in_red_and_downloads_the_workbooks() {
        Page director = browser.loginAs("director");
        browser.openNav(director, "执行进度");
        assertThat(director).hasURL(Pattern.compile(".*/execution$"));
        assertThat(director.locator("#execution-view h2")).hasText("2023年预算执行进度");
        assertThat(director.locator("#execution-facts")).containsText("序时进度 100.00%");
        assertThat(director.locator("#execution-facts")).containsText("当前预警线 80.00%");
        assertThat(director.locator("budget-chart#execution-chart")).hasAttribute("rendered", "");
        assertThat(director.locator("#execution-grid")).containsText("综合科");
        assertThat(director.locator("#execution-grid")).containsText("南昌市政府网站集约化平台运维项目");
        assertThat(director.locator("#execution-grid .execution-below")).hasCount(1);
        E2eBrowser.screenshot(director, "61-execution-director");

        Download workbook = director.waitForDownload(() -> director.locator("#execution-xlsx").click());
        assertThat(workbook.suggestedFilename()).isEqualTo("2023年预算执行进度.xlsx");
        Download adjusted = director.waitForDownload(() -> director.locator("#execution-adjusted-xlsx").click());
        assertThat(adjusted.suggestedFilename()).endsWith("2023年调整后预算.xlsx");
    }

    @Test
    void a_section_member_sees_only_their_section_with_the_filter_fixed() {
        Page staff = browser.loginAs("staff2");
        browser.openNav(staff, "执行进度");
        assertThat(staff.locator("#execution-section")).hasAttribute("readonly", "");
        assertThat(staff.locator("#execution-section")).containsText("基础设施与安全科");
        assertThat(staff.locator("#execution-grid")).containsText("党政信息网运行维护项目");
        assertThat(staff.locator("#execution-grid")).not().containsText("综合科");
        // the project and the section's total, which is that project's money alone
        assertThat(staff.locator("#execution-grid .execution-below")).hasCount(2);
        assertThat(staff.locator("#execution-adjusted-xlsx")).hasCount(0);
        E2eBrowser.screenshot(staff, "62-execution-section");

        Page own = browser.loginAs("staff1");
        browser.open(own, "execution?year=2023&section=S02");
        assertThat(own.locator("#execution-section")).containsText("综合科");
        assertThat(own.locator("#execution-grid")).not().containsText("党政信息网运行维护项目");
        assertThat(own.locator("#execution-grid .execution-below")).hasCount(0);
    }
}
