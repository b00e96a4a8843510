package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 复制为新项目 in a real browser: from a submitted project's page the 科员 makes a new one and lands
 * in its editor, with the header and cost lines filled and a notice naming the source, that the
 * attachments were not copied, and what changed (the period moved into the year being prepared).
 * The new-draft page offers 复制上年已批复草案 with a hint either way. Both projects are voided at
 * the end, so no task or open document is left for the other browser tests.
 */
@BrowserTest
class CopyDocumentBrowserIT {

    private static final Pattern EDITOR = Pattern.compile(".*/project-applications/(\\d+)/edit$");

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void a_project_is_copied_from_its_page_and_opens_in_the_editor_saying_what_changed() {
        ApiDocuments.Doc source = new ApiDocuments(browser.api()).submitted(ApiDocuments.Kind.PROJECT_APPLICATION, "staff4", 2096);
        Page staff = browser.loginAs("staff4");
        Long copy = null;
        try {
            browser.open(staff, source.route());
            assertThat(staff.locator("#copy-hint")).containsText("项目库编号和附件不复制");
            staff.locator("#copy-project").click();

            assertThat(staff).hasURL(EDITOR);
            copy = Long.valueOf(EDITOR.matcher(staff.url()).replaceFirst("$1"));
            assertThat(staff.locator("#copy-notice")).containsText(source.number());
            assertThat(staff.locator("#copy-notice")).containsText("附件未复制");
            assertThat(staff.locator("#copy-notice li")).containsText("2096-01");
            assertThat(staff.locator("#project-name input")).hasValue("测试运维项目2096");
            assertThat(staff.locator(".cost-line")).hasCount(1);
            assertThat(staff.locator(".cost-line .line-amount input")).hasValue(Pattern.compile("100,?000(\\.00)?"));
            E2eBrowser.screenshot(staff, "copy-01-project-editor");

            browser.openNav(staff, "新建预算草案");
            assertThat(staff.locator("#copy-last-year")).hasText("复制上年已批复草案");
            assertThat(staff.locator("#copy-hint")).containsText("已批复");
            E2eBrowser.screenshot(staff, "copy-02-new-draft");
        } finally {
            voidIt(copy);
            voidIt(source.id());
        }
    }

    private static void voidIt(Long id) {
        if (id != null) {
            browser.api().onDocument("staff4", id, "void", Map.of("reason", "浏览器测试复制后作废"));
        }
    }
}
