package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Attachments in the browser (issue 19 §3): the drafter uploads on the editor, sees the file listed there and on
 * the document page with a download; a program named .pdf is refused with a Chinese message and not listed; the
 * 审批单 lists the file by name. Fiscal year 2057, which no other test uses.
 */
@BrowserTest
class AttachmentBrowserIT {

    private static final String NAME = "测算说明-办公费.txt";

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void a_file_uploaded_on_the_editor_is_listed_on_the_document_page_and_the_approval_sheet() {
        Page staff = browser.loginAs("staff3");
        DraftPages.Submitted draft = DraftPages.savedDraft(browser, staff, 2057, "18000");
        browser.open(staff, draft.route() + "/edit");
        Locator panel = staff.locator("#attachment-panel");
        assertThat(panel).containsText("暂无附件");

        staff.locator("#attachment-upload input[type=file]").setInputFiles(new FilePayload(NAME, "text/plain",
            "办公费：12 人 × 1500 元".getBytes(StandardCharsets.UTF_8)));
        assertThat(panel.locator(".attachment-row[data-name='" + NAME + "']")).isVisible();
        staff.locator("#attachment-upload input[type=file]").setInputFiles(new FilePayload("报价单.pdf", "application/pdf",
            new byte[] {'M', 'Z', 0, 0, 0, 0}));
        assertThat(staff.getByText("不支持的文件类型").first()).isVisible();
        E2eBrowser.screenshot(staff, "attachments-01-editor");

        browser.open(staff, draft.route());
        Locator row = staff.locator("#attachment-list .attachment-row");
        assertThat(row).hasCount(1);
        assertThat(row.first()).hasAttribute("data-name", NAME);
        assertThat(row.first().locator("a.attachment-download")).hasText(NAME);
        assertThat(row.first()).containsText("字节");
        E2eBrowser.screenshot(staff, "attachments-02-document-page");

        long id = Long.parseLong(draft.route().replaceAll("\\D+", ""));
        browser.open(staff, "approval-sheet/" + id);
        assertThat(staff.locator("#sheet-attachments")).containsText(NAME);
        assertThat(staff).hasURL(Pattern.compile(".*/approval-sheet/\\d+$"));
        // the 审批单 is a bare printable page: sign out from the document page's frame
        browser.open(staff, draft.route());
        browser.logout(staff);
    }
}
