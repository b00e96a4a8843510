package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The document page as a reviewer works on it, on a 1366×768 laptop: the progress timeline at the
 * top shows the steps done (who, decision, opinion, signature), the step the document waits at
 * with the people who may take it, and the steps ahead; the action bar is on the screen without
 * scrolling, and so is everything the review form needs or 更多 offers (委派 comes back through
 * the delegate's bar); once a task is claimed, the drafter sees
 * who holds it.
 */
@BrowserTest
class DocumentPageBrowserIT {

    private static final int YEAR = 2001;

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void finance_sees_where_the_draft_stands_and_decides_from_the_bar_without_scrolling() throws IOException {
        browser.api().put("head3", "/api/v1/me/signature", "image/png", signature());
        DraftPages.Submitted draft = DraftPages.submittedDraft(browser, "staff3", YEAR, "42000");
        DraftPages.approveFromInbox(browser, "head3", draft.number(), "经核实，同意上报");

        Page finance = browser.loginAs("finance", 1366, 768);
        browser.openNav(finance, "待办");
        DraftPages.openTask(finance, draft.number());
        Locator timeline = finance.locator("#progress-timeline");
        assertThat(timeline.locator(".progress-step[data-state=done]")).hasCount(2);
        Locator headDecision = timeline.locator(".progress-step[data-state=done][data-step=SECTION_HEAD_REVIEW]");
        assertThat(headDecision).containsText("孙立新");
        assertThat(headDecision.locator(".progress-decision")).hasText("同意");
        assertThat(headDecision).containsText("经核实，同意上报");
        assertThat(headDecision.locator("img.progress-signature")).isVisible();
        Locator current = timeline.locator(".progress-step[data-state=current]");
        assertThat(current).hasAttribute("data-step", "FINANCE_REVIEW");
        assertThat(current.locator(".progress-holder")).containsText("杨秀英");
        assertThat(current.locator(".progress-since")).containsText("到达");
        assertThat(current.locator(".progress-due")).containsText("办理时限");
        assertThat(timeline.locator(".progress-step[data-state=ahead]").first()).hasAttribute("data-step", "DIRECTOR_REVIEW");
        assertThat(timeline.locator(".progress-step[data-state=ahead][data-step=DIRECTOR_REVIEW]")).containsText("徐振东");

        assertOnScreen(finance, "#action-approve");
        assertOnScreen(finance, "#action-return");
        assertOnScreen(finance, "#transfer-task");
        assertOnScreen(finance, "#action-more");
        Path screen = E2eBrowser.screenshotOfScreen(finance, "document-page-desktop");
        assertThat(Files.size(screen)).isPositive();
        finance.locator("#action-more").click();
        assertThat(finance.locator("#delegate-task")).isVisible();
        assertThat(finance.locator("#add-signer")).isVisible();
        finance.locator("#add-signer-after").click();
        assertThat(finance.locator("#add-signer-position")).containsText("后加签");
        assertOnScreen(finance, "#add-signer-confirm");
        finance.keyboard().press("Escape");
        assertThat(finance.locator("#add-signer-position")).hasCount(0);
        finance.locator("#action-approve").click();
        assertOnScreen(finance, "#review-comment");
        assertOnScreen(finance, "#review-opinion");
        assertOnScreen(finance, "#review-submit");
        E2eBrowser.screenshotOfScreen(finance, "document-page-desktop-review");
        finance.locator("#review-comment textarea").fill("预算编制符合规定");
        finance.locator("#review-submit").click();
        assertThat(finance).hasURL(DraftPages.INBOX_PAGE);
        browser.logout(finance);

        claimDirectorTask(draft);
        Page staff = browser.loginAs("staff3", 1366, 768);
        browser.open(staff, draft.route());
        Locator now = staff.locator("#progress-timeline .progress-step[data-state=current]");
        assertThat(now).hasAttribute("data-step", "DIRECTOR_REVIEW");
        assertThat(now.locator(".progress-holder")).hasText("当前办理人：徐振东");
        assertThat(staff.locator("#progress-timeline .progress-step[data-state=done]")).hasCount(3);
        assertThat(staff.locator("#action-bar")).hasCount(0);
        assertThat(staff.locator(".page-part-failed")).hasCount(0);
    }

    @Test
    void a_task_delegated_from_the_bars_more_menu_comes_back_through_the_delegates_bar() {
        DraftPages.Submitted draft = DraftPages.submittedDraft(browser, "staff3", 2004, "15000");
        DraftPages.approveFromInbox(browser, "head3", draft.number(), null);

        Page finance = browser.loginAs("finance", 1366, 768);
        browser.open(finance, draft.route());
        finance.locator("#action-more").click();
        finance.locator("#delegate-task").click();
        E2eBrowser.pickFromComboBox(finance.locator("#delegate-target"), "徐振东");
        finance.locator("#delegate-reason textarea").fill("请主任先看一下办公费");
        finance.locator("#delegate-confirm").click();
        assertThat(finance).hasURL(DraftPages.INBOX_PAGE);
        browser.logout(finance);

        Page director = browser.loginAs("director", 1366, 768);
        browser.open(director, draft.route());
        assertThat(director.locator("#action-approve")).hasCount(0);
        assertThat(director.locator("#progress-timeline .progress-step[data-state=current] .progress-holder"))
            .hasText("当前办理人：徐振东");
        director.locator("#delegate-open").click();
        director.locator("#delegate-opinion textarea").fill("办公费符合标准");
        director.locator("#delegate-resolve").click();
        assertThat(director).hasURL(DraftPages.INBOX_PAGE);
        browser.logout(director);

        Page back = browser.loginAs("finance", 1366, 768);
        browser.open(back, draft.route());
        assertThat(back.locator("#delegation-resolved")).isVisible();
        assertOnScreen(back, "#action-approve");
    }

    /** On the 768-pixel screen as it is (Playwright's assertion does not scroll): there without reaching for it. */
    private static void assertOnScreen(Page page, String selector) {
        assertThat(page.locator(selector)).isInViewport();
        BoundingBox box = page.locator(selector).boundingBox();
        assertThat(box.y + box.height).isLessThanOrEqualTo(768);
    }

    private void claimDirectorTask(DraftPages.Submitted draft) {
        long documentId = Long.parseLong(draft.route().substring(draft.route().lastIndexOf('/') + 1));
        E2eApi api = browser.api();
        api.post("director", E2eApi.TASKS + "/" + api.taskId("director", documentId) + "/claim", null);
    }

    /** A small handwritten-looking stroke, as the signature pad would save it. */
    private static byte[] signature() throws IOException {
        BufferedImage image = new BufferedImage(160, 50, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.drawLine(10, 40, 60, 10);
        g.drawLine(60, 10, 90, 40);
        g.drawLine(90, 40, 150, 12);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
