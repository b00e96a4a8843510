package cn.nanchang.budgetflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.audit.AuditCheckpoints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The auditor in a real browser: finds a draft that waits for finance, opens it and sees the
 * process drawn by bpmn-js with the section head's step done and finance's step marked current,
 * the tasks and the timeline, downloads the timeline, and finds no control that would act on the
 * document, neither on the auditor's pages nor on the ordinary draft page; the approval sheet
 * prints the lines and the steps. The draft is prepared through the API.
 */
@BrowserTest
class AuditorWorkbenchBrowserIT {

    @Autowired
    ObjectMapper json;

    @Autowired
    AuditCheckpoints checkpoints;

    private final HttpClient http = HttpClient.newHttpClient();

    @RegisterExtension
    static final E2eBrowser browser = new E2eBrowser();

    @Test
    void the_auditor_sees_the_path_taken_and_the_current_step_on_the_diagram_and_can_act_on_nothing() throws Exception {
        int year = freeYear(2080, 2099);
        JsonNode draft = draftWaitingForFinance(year);
        long id = draft.path("id").asLong();
        String number = draft.path("number").asText();

        Page auditor = browser.loginAs("auditor");
        assertThat(auditor).hasURL(Pattern.compile(".*/audit/documents$"));
        assertThat(auditor.locator("#main-nav")).containsText("审计查询");
        auditor.locator("#filter-year input").fill(String.valueOf(year));
        auditor.locator("#filter-year input").press("Enter");
        E2eBrowser.waitForVaadin(auditor);
        Locator row = auditor.locator("#audit-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(number));
        assertThat(row).hasCount(1);
        assertThat(auditor.locator("#audit-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("财务审核")))
            .not().hasCount(0);
        E2eBrowser.screenshot(auditor, "21-auditor-search");
        row.click();
        assertThat(auditor).hasURL(Pattern.compile(".*/audit/documents/" + id + "$"));

        Locator diagram = auditor.locator("bpmn-diagram");
        assertThat(diagram).hasAttribute("rendered", "");
        assertThat(diagram.locator("svg").first()).isVisible();
        assertThat(element(auditor, "Task_FinanceReview")).hasClass(Pattern.compile("\\bbf-current\\b"));
        assertThat(element(auditor, "Task_SectionHeadReview")).hasClass(Pattern.compile("\\bbf-completed\\b"));
        assertThat(element(auditor, "Flow_SectionHeadApproved")).hasClass(Pattern.compile("\\bbf-taken\\b"));
        assertThat(element(auditor, "Task_DirectorReview")).not().hasClass(Pattern.compile("\\bbf-(current|completed)\\b"));
        Locator tasks = auditor.locator("#audit-tasks vaadin-grid-cell-content");
        assertThat(tasks.filter(new Locator.FilterOptions().setHasText("科长审核"))).hasCount(1);
        assertThat(tasks.filter(new Locator.FilterOptions().setHasText("王建华"))).hasCount(2);
        assertThat(auditor.locator("#audit-events vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("签收")))
            .hasCount(1);
        E2eBrowser.screenshot(auditor, "22-auditor-document-diagram");
        assertNoActingControl(auditor);

        Download csv = auditor.waitForDownload(() -> auditor.locator("#export-timeline-csv").click());
        byte[] bytes = Files.readAllBytes(csv.path());
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("科长审核", "同意，请财务审核", "王建华");
        assertThat(csv.suggestedFilename()).isEqualTo("timeline-" + number + ".csv");

        browser.open(auditor, "budget-drafts/" + id);
        assertThat(auditor.locator("#doc-number")).containsText(number);
        assertThat(auditor.locator("#review-panel")).hasCount(0);
        assertNoActingControl(auditor);

        browser.open(auditor, "approval-sheet/" + id);
        assertThat(auditor.locator("#sheet-header")).containsText(number);
        assertThat(auditor.locator("#sheet-content")).containsText("12,345.67");
        assertThat(auditor.locator("#sheet-steps tbody tr")).hasCount(2);
        assertThat(auditor.locator("#sheet-steps")).containsText("王建华");
        assertThat(auditor.locator("#sheet-steps")).containsText("同意，请财务审核");
        assertThat(auditor.locator("#print-sheet")).isVisible();
        // issue 22 §2: the sheet names the audit entries it rests on (and the checkpoint covering them, once there is one)
        assertThat(auditor.locator("#sheet-audit-anchor")).containsText(Pattern.compile("依据审计记录第\\d+条及之前各条"));
        assertNoActingControl(auditor);
        E2eBrowser.screenshot(auditor, "23-approval-sheet");
    }

    @Test
    void the_auditor_zooms_the_diagram_and_fits_it_again_and_the_current_step_stays_marked() throws Exception {
        long id = draftWaitingForFinance(freeYear(2062, 2069)).path("id").asLong();
        Page auditor = browser.loginAs("auditor");
        browser.open(auditor, "audit/documents/" + id);
        Locator diagram = auditor.locator("bpmn-diagram");
        assertThat(diagram).hasAttribute("rendered", "");
        assertThat(diagram.locator("#zoom-in")).hasAttribute("aria-label", "放大流程图");
        assertThat(diagram.locator("#zoom-out")).hasAttribute("aria-label", "缩小流程图");
        assertThat(diagram.locator("#zoom-fit")).hasText("适应窗口");
        assertThat(diagram.locator("#zoom-actual")).hasText("1:1");
        Locator legend = diagram.locator(".legend");
        assertThat(legend).containsText("已完成");
        assertThat(legend).containsText("当前环节");
        assertThat(legend).containsText("未经过");
        assertThat(legend).not().containsText("超期");
        double first = zoom(diagram);
        assertThat(first).as("labels stay readable at the first view").isGreaterThanOrEqualTo(0.85);
        assertThat(element(auditor, "Task_FinanceReview")).isInViewport();
        E2eBrowser.screenshot(auditor, "24-auditor-diagram-first-view");
        diagram.screenshot(new Locator.ScreenshotOptions().setPath(Paths.get("target", "e2e-screenshots", "24-auditor-diagram-alone.png")));

        diagram.locator("#zoom-in").click();
        assertThat(diagram).not().hasAttribute("zoom", String.format("%.3f", first));
        double zoomedIn = zoom(diagram);
        assertThat(zoomedIn).isGreaterThan(first);

        diagram.locator("#zoom-fit").click();
        assertThat(diagram).not().hasAttribute("zoom", String.format("%.3f", zoomedIn));
        assertThat(zoom(diagram)).isLessThan(zoomedIn);
        BoundingBox canvas = diagram.locator(".canvas").boundingBox();
        for (String shown : new String[] {"StartEvent_DraftSubmitted", "EndEvent_BudgetApproved", "EndEvent_DraftWithdrawn",
            "Task_ReviseDraft", "Task_AddedSignerReview"}) {
            assertThat(inside(element(auditor, shown).boundingBox(), canvas)).as(shown + " is inside the fitted canvas").isTrue();
        }
        assertThat(element(auditor, "Task_FinanceReview")).hasClass(Pattern.compile("\\bbf-current\\b"));
        assertThat(element(auditor, "Task_SectionHeadReview")).hasClass(Pattern.compile("\\bbf-completed\\b"));
        E2eBrowser.screenshot(auditor, "25-auditor-diagram-fitted");

        diagram.locator("#zoom-actual").click();
        assertThat(diagram).hasAttribute("zoom", "1.000");
    }

    /** The scale the diagram shows at, as the web component reflects it. */
    private static double zoom(Locator diagram) {
        return Double.parseDouble(diagram.getAttribute("zoom"));
    }

    private static boolean inside(BoundingBox box, BoundingBox frame) {
        return box.x >= frame.x && box.y >= frame.y
            && box.x + box.width <= frame.x + frame.width && box.y + box.height <= frame.y + frame.height;
    }

    /** A fiscal year in the range in which section S01 has no draft yet. */
    private int freeYear(int from, int to) throws IOException, InterruptedException {
        for (int year = from; year <= to; year++) {
            if (call("staff1", "GET", "/api/v1/budget-drafts?fiscalYear=" + year, null).isEmpty()) {
                return year;
            }
        }
        throw new IllegalStateException("section S01 has drafts for every year from " + from + " to " + to);
    }

    /** A draft of section S01 submitted by staff1 and approved by its head, so that it waits for finance. */
    private JsonNode draftWaitingForFinance(int year) throws IOException, InterruptedException {
        JsonNode draft = call("staff1", "POST", "/api/v1/budget-drafts", "{\"fiscalYear\":" + year + ",\"lines\":[{\"functionCode\":\"2010350\","
            + "\"economicCode\":\"30201\",\"kind\":\"BASIC_PUBLIC\",\"amount\":\"12345.67\",\"note\":\"办公用品\"}]}");
        long id = draft.path("id").asLong();
        call("staff1", "POST", "/api/v1/budget-drafts/" + id + "/submit", null);
        String task = call("head1", "GET", "/api/v1/tasks?limit=500", null).findParents("documentId").stream()
            .filter(t -> t.path("documentId").asLong() == id).findFirst().orElseThrow().path("taskId").asText();
        call("head1", "POST", "/api/v1/tasks/" + task + "/claim", null);
        call("head1", "POST", "/api/v1/tasks/" + task + "/decision", "{\"decision\":\"APPROVE\",\"comment\":\"同意，请财务审核\"}");
        return draft;
    }

    /** The SVG group bpmn-js draws for a model element. */
    private static Locator element(Page page, String elementId) {
        return page.locator("bpmn-diagram g.djs-element[data-element-id='" + elementId + "']");
    }

    /** Issue 22 §2: checkpoint files an auditor holds are uploaded on 审计链校验, several at once; a file that is not one is named. */
    @Test
    void the_auditor_uploads_held_checkpoint_files_and_the_chain_is_checked_against_them() throws Exception {
        java.nio.file.Path older = Files.createTempFile("audit-checkpoint-", ".json");
        Files.writeString(older, AuditCheckpoints.toJson(checkpoints.createForOperator()));
        java.nio.file.Path newer = Files.createTempFile("audit-checkpoint-", ".json");
        Files.writeString(newer, AuditCheckpoints.toJson(checkpoints.createForOperator()));
        java.nio.file.Path notOne = Files.createTempFile("not-a-checkpoint-", ".json");
        Files.writeString(notOne, "{\"format\":\"别的文件\"}");

        Page auditor = browser.loginAs("auditor");
        browser.open(auditor, "audit");
        Locator files = auditor.locator("#audit-checkpoint-upload input[type=file]");
        files.setInputFiles(new java.nio.file.Path[] {older, newer});
        Locator result = auditor.locator("#audit-checkpoint-result");
        assertThat(result).hasAttribute("data-intact", "true");
        assertThat(result).containsText("2个检查点一致");

        files.setInputFiles(notOne);
        assertThat(result).hasAttribute("data-intact", "false");
        assertThat(result).containsText("不是有效的审计检查点文件");
        E2eBrowser.screenshot(auditor, "25-auditor-checkpoint-upload");
    }

    /**
     * Issue 19 §1: a date picker speaks Chinese whatever the browser's language (this Chromium's is
     * English): Chinese month names, the week from Monday, 今天/取消, dates written yyyy-MM-dd.
     */
    @Test
    void the_auditors_date_filter_opens_a_chinese_calendar_whose_week_starts_on_monday() {
        Page auditor = browser.loginAs("auditor");
        browser.open(auditor, "audit/documents");
        auditor.locator("#filter-from input").click();

        Locator calendar = auditor.locator("vaadin-date-picker-overlay-content");
        assertThat(calendar.locator("[slot='today-button']")).hasText("今天");
        assertThat(calendar.locator("[slot='cancel-button']")).hasText("取消");
        Locator weekdays = calendar.locator("vaadin-month-calendar").first().locator("[part~='weekday']:not([hidden])");
        assertThat(weekdays.first()).hasText("一");
        assertThat(weekdays.last()).hasText("日");
        assertThat(calendar.locator("vaadin-month-calendar").first().locator("[part~='month-header']")).containsText("月");
        assertThat(calendar).not().containsText(Pattern.compile("Today|Cancel|January|February|March|April|May|June|July|August"
            + "|September|October|November|December"));

        auditor.locator("#filter-from input").fill("2026-03-08");
        auditor.locator("#filter-from input").press("Enter");
        assertThat(auditor.locator("#filter-from input")).hasValue("2026-03-08");
        E2eBrowser.screenshot(auditor, "26-auditor-chinese-date-picker");
    }

    /** Nothing that changes a document: no buttons but sign-out, no decision or comment fields. */
    private static void assertNoActingControl(Page page) {
        assertThat(page.locator("vaadin-button:not(#logout)")).hasCount(0);
        assertThat(page.locator("vaadin-radio-group, vaadin-text-area, #review-panel, #action-bar, #submit-draft, #edit-draft, #withdraw-draft,"
            + " .claim-task, .unclaim-task, .handle-task")).hasCount(0);
    }

    private JsonNode call(String user, String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(browser.baseUrl() + path))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + E2eBrowser.PASSWORD)
                .getBytes(StandardCharsets.UTF_8)))
            .header("Accept", "application/json")
            // a script's body-less POST says so, or the API takes it for a cross-site form (issue 12 §3)
            .header("X-Requested-With", "XMLHttpRequest");
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return json.readTree(response.body());
    }
}
