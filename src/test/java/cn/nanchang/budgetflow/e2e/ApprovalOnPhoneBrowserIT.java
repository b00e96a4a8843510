package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Approving on a phone (390×844): the document page with its progress timeline and action bar,
 * and the review form the bar opens, fit the screen's width (the page never scrolls sideways;
 * a grid of lines may scroll inside itself), and their buttons are big enough for a finger.
 * A 科长 approves a draft there, and finance returns one.
 */
@BrowserTest
class ApprovalOnPhoneBrowserIT {

    private static final double TOUCH = 44;

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void a_section_head_approves_a_draft_on_a_phone() {
        DraftPages.Submitted draft = DraftPages.submittedDraft(browser, "staff4", 2002, "18000");

        Page head = browser.loginOnPhone("head4");
        browser.open(head, draft.route());
        assertThat(head.locator("#progress-timeline .progress-step[data-state=current]"))
            .hasAttribute("data-step", "SECTION_HEAD_REVIEW");
        assertFitsTheScreen(head);
        assertTouchSized(head.locator("#action-bar vaadin-button"));
        head.locator("#action-approve").click();
        assertThat(head.locator("#review-submit")).isInViewport();
        assertTouchSized(head.locator("#review-submit"));
        assertFitsTheScreen(head);
        head.locator("#review-comment textarea").fill("同意");
        head.locator("#review-submit").click();
        assertThat(head).hasURL(DraftPages.INBOX_PAGE);
        browser.logout(head);

        Page staff = browser.loginOnPhone("staff4");
        browser.open(staff, draft.route());
        assertThat(staff.locator("#progress-timeline .progress-step[data-state=current]"))
            .hasAttribute("data-step", "FINANCE_REVIEW");
        assertFitsTheScreen(staff);
    }

    @Test
    void finance_returns_a_draft_on_a_phone_with_a_reason() {
        DraftPages.Submitted draft = DraftPages.submittedDraft(browser, "staff6", 2003, "27000");
        DraftPages.approveFromInbox(browser, "head6", draft.number(), null);

        Page finance = browser.loginOnPhone("finance");
        browser.open(finance, draft.route());
        assertFitsTheScreen(finance);
        E2eBrowser.screenshotOfScreen(finance, "document-page-phone");
        E2eBrowser.screenshot(finance, "document-page-phone-whole");
        finance.locator("#action-return").click();
        finance.locator("#review-submit").click();
        assertThat(finance.locator("#review-comment")).hasAttribute("invalid", "");
        assertFitsTheScreen(finance);
        finance.locator("#review-comment textarea").fill("办公费标准超出定额，请核减后重报");
        E2eBrowser.screenshotOfScreen(finance, "document-page-phone-return");
        finance.locator("#review-submit").click();
        assertThat(finance).hasURL(DraftPages.INBOX_PAGE);
        browser.logout(finance);

        Page staff = browser.loginOnPhone("staff6");
        browser.open(staff, draft.route());
        assertThat(staff.locator("#doc-status")).hasText("已退回");
        Locator returned = staff.locator("#progress-timeline .progress-step[data-state=done][data-step=FINANCE_REVIEW]");
        assertThat(returned.locator(".progress-decision")).hasText("退回");
        assertThat(returned).containsText("办公费标准超出定额");
        assertFitsTheScreen(staff);
    }

    private static void assertFitsTheScreen(Page page) {
        E2eBrowser.waitForVaadin(page);
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("the page scrolls sideways at %s", page.url()).isEqualTo(true);
    }

    private static void assertTouchSized(Locator buttons) {
        assertThat(buttons.first()).isVisible();
        for (Locator button : buttons.all()) {
            if (button.isVisible()) {
                // the laid-out height: a dialog's opening animation scales what the bounding box reports
                Number height = (Number) button.evaluate("b => b.offsetHeight");
                assertThat(height.doubleValue()).as("height of %s", button.textContent()).isGreaterThanOrEqualTo(TOUCH);
            }
        }
    }
}
