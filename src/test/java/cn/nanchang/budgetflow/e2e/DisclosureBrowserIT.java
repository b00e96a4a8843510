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
 * 预算公开 in a real browser on the demo data: 综合科 opens the page from the navigation and sees
 * the 2023 tables and text with the published figures, downloads the Excel workbook and the Word document and submits;
 * the 中心主任 returns it with a comment, 综合科 submits again, the 中心主任 approves, and the
 * 系统管理员 then reads the published disclosure and downloads its PDF, dated on the cover.
 */
@BrowserTest
@TestPropertySource(properties = "budgetflow.demo-documents=true")
class DisclosureBrowserIT {

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void finance_prepares_the_director_returns_then_publishes_and_the_admin_reads_it() throws Exception {
        Page finance = browser.loginAs("finance");
        browser.openNav(finance, "预算公开");
        assertThat(finance).hasURL(Pattern.compile(".*/reports/disclosure$"));
        assertThat(finance.locator("#disclosure-page h1")).containsText("南昌市数字科学研究中心2023年单位预算公开");
        assertThat(finance.locator("#disclosure-status")).hasText("未提交");
        assertThat(finance.locator("#disclosure-table-三 tbody tr").first()).containsText("1,282.20");
        assertThat(finance.locator("#disclosure-table-七 tbody tr").first()).containsText("7.95");
        assertThat(finance.locator("#disclosure-table-八")).containsText("本表为空表");
        assertThat(finance.locator("#disclosure-text")).containsText("2023年市数字科学研究中心收入预算总额为1282.2万元，比上年增加166.37万元，增长14.9%。");
        assertThat(finance.locator("#disclosure-findings")).hasCount(0);
        E2eBrowser.screenshot(finance, "51-disclosure-finance");

        // the workbook is generated on the click, from every approved document of the year
        Download excel = finance.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(90_000),
            () -> finance.locator("#disclosure-excel").click());
        assertThat(excel.suggestedFilename()).isEqualTo("南昌市数字科学研究中心2023年单位预算公开.xlsx");
        Download word = finance.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(90_000),
            () -> finance.locator("#disclosure-word").click());
        assertThat(word.suggestedFilename()).isEqualTo("南昌市数字科学研究中心2023年单位预算公开.docx");

        finance.locator("#disclosure-submit").click();
        E2eBrowser.waitForVaadin(finance);
        assertThat(finance.locator("#disclosure-status")).hasText("待中心主任审批");
        assertThat(finance.locator("#disclosure-submit")).hasCount(0);

        Page director = browser.loginAs("director");
        browser.open(director, "reports/disclosure/2023");
        director.locator("#disclosure-return").click();
        E2eBrowser.waitForVaadin(director);
        assertThat(director.locator("#disclosure-comment")).hasAttribute("invalid", "");
        director.locator("#disclosure-comment textarea").fill("请补充项目绩效说明");
        director.locator("#disclosure-return").click();
        E2eBrowser.waitForVaadin(director);
        assertThat(director.locator("#disclosure-status")).hasText("已退回");

        browser.open(finance, "reports/disclosure/2023");
        assertThat(finance.locator("#disclosure-return-comment")).containsText("请补充项目绩效说明");
        finance.locator("#disclosure-submit").click();
        E2eBrowser.waitForVaadin(finance);
        assertThat(finance.locator("#disclosure-status")).hasText("待中心主任审批");

        browser.open(director, "reports/disclosure/2023");
        director.locator("#disclosure-approve").click();
        E2eBrowser.waitForVaadin(director);
        assertThat(director.locator("#disclosure-status")).hasText("已公开");
        E2eBrowser.screenshot(director, "52-disclosure-published");

        Page admin = browser.loginAs("admin");
        browser.openNav(admin, "预算公开");
        assertThat(admin.locator("#disclosure-status")).hasText("已公开");
        assertThat(admin.locator("#disclosure-table-三 tbody tr").first()).containsText("1,282.20");
        assertThat(admin.locator("#disclosure-submit")).hasCount(0);
        assertThat(admin.locator("#disclosure-approve")).hasCount(0);

        // the published document as posted: its cover carries the publication date
        Download pdf = admin.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(90_000),
            () -> admin.locator("#disclosure-pdf").click());
        assertThat(pdf.suggestedFilename()).isEqualTo("南昌市数字科学研究中心2023年单位预算公开.pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.path().toFile())) {
            var cover = new org.apache.pdfbox.text.PDFTextStripper();
            cover.setEndPage(1);
            assertThat(cover.getText(document).replaceAll("\\s+", "")).contains("2023年单位预算", "公开日期：");
        }
    }
}
