package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * Steps of a budget year that {@link BudgetYearBrowserIT} takes more than once: a section's request
 * filed and accepted beside the browser (over the API), a unit proposal through 主任办公会, the
 * director and the bureau in 待办, a date typed into a picker, the year page opened as someone.
 */
final class YearSteps {

    static final Pattern YEAR_PAGE = Pattern.compile(".*/budget-years/\\d{4}$");
    static final Pattern PROPOSAL_PAGE = Pattern.compile(".*/unit-proposals/\\d+$");
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private YearSteps() {
    }

    static LocalDate today() {
        return LocalDate.now(BEIJING);
    }

    /** A fiscal year no budget year and no draft uses yet (other tests take years from 2099 down as well). */
    static int freeYear(E2eApi api) {
        List<Integer> opened = StreamSupport.stream(api.get("finance", "/api/v1/budget-years").spliterator(), false)
            .map(y -> y.path("fiscalYear").asInt()).toList();
        int year = 2098;
        while (opened.contains(year) || !api.get("finance", "/api/v1/budget-drafts?fiscalYear=" + year).isEmpty()) {
            year--;
        }
        return year;
    }

    /** Signs in and opens the year's page. */
    static Page yearPage(E2eBrowser browser, String user, int year) {
        Page page = browser.loginAs(user);
        browser.open(page, "budget-years/" + year);
        assertThat(page.locator("#year-title")).containsText(year + "年度");
        return page;
    }

    /** Types a date into a vaadin-date-picker as yyyy-MM-dd and confirms it. */
    static void pickDate(Locator picker, LocalDate date) {
        Locator input = picker.locator("input");
        input.fill(date.toString());
        input.press("Enter");
        assertThat(input).hasValue(date.toString());
    }

    /** A section's request of the round filed by its 科员, approved by its 科长 and accepted by 财务, over the API. */
    static long acceptedRequest(E2eApi api, int section, int year, List<Map<String, Object>> lines) {
        JsonNode draft = api.post("staff" + section, "/api/v1/budget-drafts", Map.of("fiscalYear", year, "lines", lines));
        long id = draft.path("id").asLong();
        api.post("staff" + section, "/api/v1/budget-drafts/" + id + "/submit", null);
        api.approve("head" + section, id);
        api.approve("finance", id);
        return id;
    }

    static Map<String, Object> line(String economicCode, String kind, String amount) {
        return Map.of("functionCode", "2010350", "economicCode", economicCode, "kind", kind, "amount", amount);
    }

    /** 财务 proceeds without the sections, each with its reason, in the sections grid of the open year page. */
    static void excuse(Page finance, List<String> sections, String reason) {
        for (String section : sections) {
            finance.locator("#excuse-" + section).click();
            finance.locator("#excuse-reason textarea").fill(reason);
            finance.locator("#excuse-confirm").click();
            E2eBrowser.waitForVaadin(finance);
            assertThat(finance.locator("#excuse-" + section)).hasCount(0);
        }
    }

    /**
     * The unit's proposal from 待办 to the bureau: the director records 主任办公会 (meeting date,
     * attendees, minutes) and passes it, approves it as 中心主任, and the bureau approves it.
     */
    static void proposalThroughReview(E2eBrowser browser, String number, int meetingNo) {
        Page director = browser.loginAs("director");
        browser.openNav(director, "待办");
        openTask(director, number);
        E2eBrowser.chooseDecision(director, "会议通过");
        assertThat(director.locator("#review-panel")).containsText("主任办公会");
        Locator date = director.locator("#meeting-date input");
        date.fill(today().getYear() + "/" + today().getMonthValue() + "/" + today().getDayOfMonth());
        date.press("Enter");
        E2eBrowser.pickPeople(director, "meeting-attendees", "徐振东", "杨秀英", "王建华", "刘国强");
        director.locator("#meeting-minutes input").fill("主任办公会纪要〔" + today().getYear() + "〕" + meetingNo + "号");
        director.locator("#review-submit").click();
        assertThat(director).hasURL(DraftPages.INBOX_PAGE);
        openTask(director, number);
        decide(director, "同意", "同意上报");
        browser.logout(director);

        Page bureau = browser.loginAs("bureau");
        browser.openNav(bureau, "待办");
        openTask(bureau, number);
        decide(bureau, "同意", "审核通过");
        browser.logout(bureau);
    }

    static void openTask(Page page, String number) {
        page.locator("#inbox-grid vaadin-button.handle-task[data-document-number='" + number + "']").click();
        assertThat(page).hasURL(PROPOSAL_PAGE);
        assertThat(page.locator("#action-bar")).isVisible();
    }

    private static void decide(Page page, String decision, String comment) {
        E2eBrowser.chooseDecision(page, decision);
        page.locator("#review-comment textarea").fill(comment);
        page.locator("#review-submit").click();
        assertThat(page).hasURL(DraftPages.INBOX_PAGE);
    }

    /**
     * Saves the editor (button save-&lt;type&gt;), lands on the document's page, submits it there
     * (submit-&lt;type&gt;, confirmed) and answers its number.
     */
    static String savedAndSubmitted(Page page, String type, Pattern documentPage, String numberPrefix) {
        page.locator("#save-" + type).click();
        assertThat(page).hasURL(documentPage);
        String number = number(page, numberPrefix);
        DraftPages.confirmed(page, "submit-" + type);
        assertThat(page.locator("#doc-status")).hasText("审批中");
        return number;
    }

    /** The document number on a document page, e.g. JY-2098-0001. */
    static String number(Page page, String prefix) {
        assertThat(page.locator("#doc-number")).containsText(prefix);
        String text = page.locator("#doc-number").textContent();
        return text.substring(text.indexOf(prefix)).strip();
    }
}
