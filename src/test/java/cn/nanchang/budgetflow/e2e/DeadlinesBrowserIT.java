package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Due dates, 催办 and the bell in a real browser: a draft submitted a month ago (the engine's
 * clock set back) is flagged 已超期 in the section head's inbox; its drafter chases once, after
 * which the button is gone; the section head's bell counts the notice and opens 我的通知.
 */
@BrowserTest
class DeadlinesBrowserIT {

    private static final Pattern DRAFT_PAGE = Pattern.compile(".*/budget-drafts/\\d+$");

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void an_overdue_step_is_flagged_in_the_inbox_the_drafter_chases_once_and_the_head_reads_it_from_the_bell() {
        Page staff = browser.loginAs("staff2");
        browser.openNav(staff, "新建预算草案");
        staff.locator("#draft-year input").fill("2044");
        Locator line = staff.locator("#draft-lines .budget-line").nth(0);
        E2eBrowser.pickFromComboBox(line.locator("vaadin-combo-box.line-function"), "2010350");
        E2eBrowser.pickFromComboBox(line.locator("vaadin-combo-box.line-economic"), "30201");
        E2eBrowser.pickFromSelect(line.locator("vaadin-select.line-kind"), "基本支出·公用经费");
        line.locator("vaadin-text-field.line-amount input").fill("12000");
        staff.locator("#save-draft").click();
        assertThat(staff).hasURL(DRAFT_PAGE);
        String number = staff.locator("#doc-number").textContent().replaceAll(".*(YS-\\S+).*", "$1").strip();
        ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(30))));
        DraftPages.confirmed(staff, "submit-draft");
        assertThat(staff.locator("#doc-status")).hasText("审批中");
        ClockUtil.reset();
        staff.reload();

        staff.locator("#chase-document").click();
        staff.locator("#chase-reason textarea").fill("已超期，请尽快审核");
        staff.locator("#chase-confirm").click();
        E2eBrowser.waitForVaadin(staff);
        assertThat(staff.locator("#history .history-entry").last().locator(".history-action")).containsText("催办");
        assertThat(staff.locator("#chase-document")).hasCount(0);
        E2eBrowser.screenshot(staff, "deadline-01-chased");
        browser.logout(staff);

        Page head = browser.loginAs("head2");
        browser.openNav(head, "待办");
        assertThat(head.locator("#inbox-grid .overdue-badge[data-document-number='" + number + "']")).containsText("已超期");
        E2eBrowser.screenshot(head, "deadline-02-overdue-in-inbox");
        assertThat(head.locator("#notification-unread")).isVisible();
        head.locator("#notification-bell").click();
        head.locator("#bell-all").click();
        assertThat(head).hasURL(Pattern.compile(".*/notifications$"));
        assertThat(head.locator("#notifications-grid")).containsText("已超期，请尽快审核");
        E2eBrowser.screenshot(head, "deadline-03-notifications");
        head.locator("#notifications-read-all").click();
        E2eBrowser.waitForVaadin(head);
        assertThat(head.locator("#notifications-unread-count")).hasText("未读 0 条");
        browser.logout(head);
    }
}
