package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * 预算公开文字 in a real browser: 综合科 opens a year not yet saved, sees the 2023 texts offered as its
 * start, is stopped at the field whose count does not add up, corrects it and saves; the 中心主任
 * reads the saved texts without a way to change them. Year 2030 is this test's own.
 */
@BrowserTest
@TestPropertySource(properties = "budgetflow.demo-documents=true")
class DisclosureTextsBrowserIT {

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void finance_starts_a_year_from_last_years_texts_corrects_a_count_and_saves_and_the_director_only_reads() {
        Page finance = browser.loginAs("finance");
        browser.openNav(finance, "预算公开文字");
        assertThat(finance).hasURL(Pattern.compile(".*/reports/disclosure-texts$"));
        browser.open(finance, "reports/disclosure-texts/2030");
        assertThat(finance.locator("#texts-state")).containsText("以下为2023年度的文字");
        assertThat(finance.locator("#texts-duties textarea")).hasValue(Pattern.compile("^南昌市数字科学研究中心是.*"));
        assertThat(finance.locator("#texts-staffing-actual input")).hasValue("48");

        finance.locator("#texts-staffing-retired input").fill("15");
        finance.locator("#texts-save").click();
        E2eBrowser.waitForVaadin(finance);
        assertThat(finance.locator("#texts-staffing-actual")).hasAttribute("invalid", "");
        assertThat(finance.locator("#texts-staffing-actual")).containsText("实有人数（48）须等于在职人数（34）与退休人数（15）之和");

        finance.locator("#texts-staffing-actual input").fill("49");
        finance.locator("#texts-save").click();
        E2eBrowser.waitForVaadin(finance);
        assertThat(finance.locator("#texts-state")).containsText("杨秀英");
        assertThat(finance.locator("#texts-staffing-retired input")).hasValue("15");
        E2eBrowser.screenshot(finance, "53-disclosure-texts");

        Page director = browser.loginAs("director");
        browser.open(director, "reports/disclosure-texts/2030");
        assertThat(director.locator("#texts-staffing-actual input")).hasValue("49");
        assertThat(director.locator("#texts-save")).hasCount(0);

        // the auditor reads what finance saved, and can change nothing
        Page auditor = browser.loginAs("auditor");
        browser.open(auditor, "reports/disclosure-texts/2030");
        assertThat(auditor.locator("#texts-staffing-actual input")).hasValue("49");
        assertThat(auditor.locator("#texts-state")).containsText("杨秀英");
        assertThat(auditor.locator("#texts-save")).hasCount(0);
        E2eBrowser.screenshot(auditor, "54-disclosure-texts-auditor");
    }
}
