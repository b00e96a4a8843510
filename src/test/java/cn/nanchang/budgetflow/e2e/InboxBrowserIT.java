package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 待办 as approvers use it: search, filter, sort and the type tabs; 全选 of a step and the
 * confirmation before 批量同意; the bell's drop-down and a notice pushed in while the page is open;
 * the people picker in 转办 saying why no one is eligible; and the inbox and the bell on a phone.
 * The drafts are submitted over the API, in fiscal years no other test uses.
 */
@BrowserTest
class InboxBrowserIT {

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    private final RestCalls rest = new RestCalls(browser);

    @Test
    void finance_searches_filters_sorts_and_groups_the_inbox_then_approves_a_whole_step_after_confirming() throws Exception {
        List<String> numbers = new ArrayList<>();
        for (String section : List.of("1", "2", "3")) {
            long id = rest.submittedDraft("staff" + section, 2032, "1" + section + "000").path("id").asLong();
            rest.approve("head" + section, id);
            numbers.add(rest.call("finance", "GET", "/api/v1/budget-drafts/" + id, null).path("number").asText());
        }
        Page finance = signedIn("finance", 1366, 768);
        browser.openNav(finance, "待办");
        saveToDocs(E2eBrowser.screenshot(finance, "inbox-01-desktop"), "inbox.png");

        finance.locator("#inbox-search input").fill(numbers.get(1));
        E2eBrowser.waitForVaadin(finance);
        assertThat(handle(finance, numbers.get(1))).isVisible();
        assertThat(handle(finance, numbers.get(0))).isHidden();

        finance.locator("#inbox-search input").fill("YS-2032");
        E2eBrowser.pickFromSelect(finance.locator("#inbox-step"), "财务审核");
        E2eBrowser.pickFromSelect(finance.locator("#inbox-sort"), "按到达时间（晚→早）");
        E2eBrowser.waitForVaadin(finance);
        assertThat(finance.locator("#inbox-grid vaadin-button.handle-task").first())
            .hasAttribute("data-document-number", numbers.get(2));
        assertThat(finance.locator("#inbox-grid .due-text[data-document-number='" + numbers.get(0) + "']"))
            .hasText(java.util.regex.Pattern.compile("月.*日 前|剩余 \\d+ 天|今日到期"));
        assertThat(finance.locator("#inbox-type-BUDGET_DRAFT")).containsText("预算草案 3");
        finance.locator("#inbox-type-PROJECT_APPLICATION").click();
        E2eBrowser.waitForVaadin(finance);
        assertThat(handle(finance, numbers.get(0))).isHidden();
        finance.locator("#inbox-type-ALL").click();
        finance.locator("#inbox-overdue").click();
        E2eBrowser.waitForVaadin(finance);
        assertThat(handle(finance, numbers.get(0))).isHidden();
        finance.locator("#inbox-overdue").click();
        E2eBrowser.waitForVaadin(finance);
        assertThat(handle(finance, numbers.get(0))).isVisible();

        finance.locator("#batch-select-all").click();
        for (String number : numbers) {
            // :visible — the grid keeps rows it no longer uses in the DOM, hidden, with the last item they showed
            assertThat(finance.locator("#inbox-grid vaadin-checkbox.batch-select[data-document-number='" + number + "']:visible"))
                .hasAttribute("checked", "");
        }
        finance.locator("#batch-approve").click();
        Locator confirm = finance.locator("vaadin-confirm-dialog-overlay");
        assertThat(confirm).containsText("批量同意 3 件文档");
        numbers.forEach(n -> assertThat(confirm).containsText(n));
        E2eBrowser.screenshot(finance, "inbox-02-batch-confirm");
        finance.locator("#batch-confirm").click();
        assertThat(finance.locator("vaadin-dialog-overlay .batch-approved")).hasCount(3);
        finance.locator("#batch-results-close").click();
        browser.logout(finance);
    }

    @Test
    void the_bell_shows_the_latest_notices_a_new_one_arrives_without_reload_and_opening_the_document_reads_it() throws Exception {
        Page head = signedIn("head3", 1366, 768);
        browser.openNav(head, "待办");
        Locator bell = head.locator("#notification-bell");
        int before = Integer.parseInt(bell.getAttribute("data-unread"));

        // staff3 submits while head3 looks at the inbox: the bell counts it through Push, without a reload
        long id = rest.submittedDraft("staff3", 2033, "23000").path("id").asLong();
        String number = rest.call("staff3", "GET", "/api/v1/budget-drafts/" + id, null).path("number").asText();
        assertThat(bell).hasAttribute("data-unread", String.valueOf(before + 1));

        bell.click();
        // the drop-down's content is rendered in the popover's overlay
        Locator latest = head.locator(".bell-list .bell-item").first();
        assertThat(latest).containsText(number);
        assertThat(latest).hasClass(java.util.regex.Pattern.compile(".*bell-item-unread.*"));
        E2eBrowser.screenshot(head, "inbox-03-bell");
        latest.click();
        assertThat(head).hasURL(DraftPages.DRAFT_PAGE);
        assertThat(bell).hasAttribute("data-unread", String.valueOf(before));
        browser.logout(head);
    }

    @Test
    void the_transfer_picker_says_why_no_one_is_eligible_and_the_delegate_picker_lists_people_by_section() throws Exception {
        long id = rest.submittedDraft("staff1", 2034, "24000").path("id").asLong();
        String number = rest.call("staff1", "GET", "/api/v1/budget-drafts/" + id, null).path("number").asText();
        Page head = signedIn("head1", 1366, 768);
        browser.openNav(head, "待办");
        DraftPages.openTask(head, number);

        head.locator("#transfer-task").click();
        Locator target = head.locator("#transfer-target");
        assertThat(target).hasAttribute("disabled", "");
        assertThat(target).containsText("本环节候选组中没有其他可办理的人员");
        E2eBrowser.screenshot(head, "inbox-04-transfer-nobody");
        head.keyboard().press("Escape");

        head.locator("#action-more").click();
        head.locator("#delegate-task").click();
        head.locator("#delegate-target input").click();
        Locator options = head.locator("vaadin-combo-box-item:visible");
        assertThat(options.first().locator(".person-section")).isVisible();
        assertThat(options.first()).containsText(" · ");
        E2eBrowser.screenshot(head, "inbox-05-delegate-picker");
        head.locator("#delegate-target input").press("Escape");
        head.keyboard().press("Escape");
        assertThat(head.locator("vaadin-dialog-overlay[opened]")).hasCount(0);
        browser.logout(head);
    }

    @Test
    void on_a_phone_the_inbox_shows_cards_without_sideways_scrolling_and_the_bell_opens_its_drop_down() throws Exception {
        long id = rest.submittedDraft("staff2", 2035, "25000").path("id").asLong();
        String number = rest.call("staff2", "GET", "/api/v1/budget-drafts/" + id, null).path("number").asText();
        Page head = signedIn("head2", 390, 844);
        head.navigate(browser.baseUrl() + "/inbox");
        E2eBrowser.waitForVaadin(head);

        Locator card = head.locator("#inbox-grid .inbox-card[data-document-number='" + number + "']");
        assertThat(card).isVisible();
        assertThat(noSidewaysScroll(head)).isTrue();
        assertThat(card.locator("vaadin-button.handle-task").boundingBox().height).isGreaterThanOrEqualTo(40);
        saveToDocs(E2eBrowser.screenshot(head, "inbox-06-phone"), "inbox-phone.png");

        head.locator("#notification-bell").click();
        Locator popover = head.locator(".bell-list");
        assertThat(popover).isVisible();
        assertThat(popover.boundingBox().width).isLessThanOrEqualTo(390);
        assertThat(noSidewaysScroll(head)).isTrue();
        E2eBrowser.screenshot(head, "inbox-07-phone-bell");

        head.keyboard().press("Escape");
        card.locator("vaadin-button.handle-task").click();
        assertThat(head).hasURL(DraftPages.DRAFT_PAGE);
        browser.logout(head);
    }

    private static Locator handle(Page page, String number) {
        return page.locator("#inbox-grid vaadin-button.handle-task[data-document-number='" + number + "']");
    }

    /** Signs in with a window of this size, so that the UI starts knowing how wide it is. */
    private static Page signedIn(String user, int width, int height) {
        Page page = browser.anonymousPage();
        page.setViewportSize(width, height);
        return browser.signIn(page, user);
    }

    private static boolean noSidewaysScroll(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
    }

    /**
     * The screenshots the README shows, refreshed only when asked ({@code -Ddocs.screenshots=true}),
     * so that an ordinary test run leaves the tracked files in docs/ as they are.
     */
    private static void saveToDocs(Path screenshot, String name) throws Exception {
        if (Boolean.getBoolean("docs.screenshots")) {
            Files.copy(screenshot, Path.of("docs", name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
