package cn.nanchang.budgetflow.budgetyear;

import static cn.nanchang.budgetflow.testsupport.BudgetYearsApi.YEARS;
import static cn.nanchang.budgetflow.testsupport.BudgetYearsApi.ceilingsBody;
import static cn.nanchang.budgetflow.testsupport.BudgetYearsApi.sectionSplit;
import static cn.nanchang.budgetflow.testsupport.BudgetYearsApi.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditEntry;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.budget.RoundRequests;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts;
import cn.nanchang.budgetflow.testsupport.BudgetYearsApi;
import cn.nanchang.budgetflow.testsupport.DraftBodies;
import cn.nanchang.budgetflow.testsupport.ProjectApplications;
import cn.nanchang.budgetflow.workflow.BudgetYearProcess;
import cn.nanchang.budgetflow.workflow.YearDeadlineReached;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A budget year walked over the API, 编制启动 to 批复, by the roles that act in it: a section's
 * requests of both rounds, 财务 proceeding without the late sections, the bureau's ceilings, the
 * split returned once and approved, the 二上 request refused over its ceilings and 三公, the 批复
 * with cuts, and what each role reads on the way. Needs the year's process (processes/budget-year.bpmn).
 * The unit's proposal is the proposal module's (its own tests walk it); here its effect stands in:
 * the version figures of the accepted requests and {@link BudgetYearProcess#proposalApproved}.
 */
@ApiTestContext
class BudgetYearApiTest {

    private final ApiClient api;
    private final BudgetYearsApi years;
    private final BudgetYearProcess process;
    private final BudgetYearRepository yearRows;
    private final BudgetFigureRepository figures;
    private final RoundRequests requests;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    BudgetYearApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired BudgetYearProcess process,
            @Autowired BudgetYearRepository yearRows, @Autowired BudgetFigureRepository figures,
            @Autowired RoundRequests requests, @Autowired AuditLog audit, @Autowired ApplicationEventPublisher events,
            @Autowired PlatformTransactionManager transactions) {
        this.api = new ApiClient(mvc, json);
        this.years = api.years();
        this.process = process;
        this.yearRows = yearRows;
        this.figures = figures;
        this.requests = requests;
        this.audit = audit;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
    }

    @Test
    void a_year_is_walked_from_its_opening_to_the_approval_and_each_role_reads_what_it_may() {
        int year = years.freshYear();
        String section = api.answer(api.get("staff1", "/api/v1/me"), status().isOk()).path("section").asText();

        // 编制启动
        JsonNode opened = api.answer(api.post("finance", YEARS, BudgetYearsApi.openBody(year, today().minusDays(10),
            today().minusDays(1))), ResultMatcher.matchAll(status().isCreated(), header().string("Location", YEARS + "/" + year)));
        assertThat(opened.path("round").asText()).isEqualTo("ONE_UP");
        assertThat(opened.path("stage").asText()).isEqualTo("ONE_UP_REQUESTS");
        assertThat(opened.path("sections")).hasSize(6);
        assertThat(opened.path("sections").findValuesAsText("overdue")).containsOnly("true");
        assertThat(api.answer(api.post("finance", YEARS, BudgetYearsApi.openBody(year, today(), today().plusDays(1))),
            status().isBadRequest()).path("errors").findValuesAsText("field")).containsExactly("fiscalYear");

        // 一上: the section's request, 科长 → 财务, and no second one
        JsonNode project = api.projects().approvedProject("staff1", "head1", ProjectApplications.applicationOf(year, "100000.00"));
        long projectId = project.path("id").asLong();
        Map<String, Object> oneUpBody = DraftBodies.draftBody(year, List.of(
            DraftBodies.line("2010350", "30201", "BASIC_PUBLIC", "70000.00", "办公费"),
            ProjectApplications.draftLine("PROJECT", "90000.00", projectId)));
        JsonNode oneUp = api.answer(api.post("staff1", BudgetDrafts.DRAFTS, oneUpBody), status().isCreated());
        long oneUpId = oneUp.path("id").asLong();
        assertThat(oneUp.path("round").asText()).isEqualTo("ONE_UP");
        Map<String, Object> another = DraftBodies.draftBody(year, List.of(DraftBodies.officeSupplies()));
        assertThat(api.answer(api.post("staff1", BudgetDrafts.DRAFTS, another), status().isBadRequest())
            .path("errors").findValuesAsText("field")).containsExactly("fiscalYear");
        api.drafts().submit("staff1", oneUpId);
        api.approve("head1", oneUpId);
        assertThat(api.approve("finance", oneUpId)).isEqualTo("ACCEPTED");
        JsonNode afterOneUp = years.year("finance", year);
        JsonNode mine = sectionOf(afterOneUp, section);
        assertThat(mine.path("requestId").asLong()).isEqualTo(oneUpId);
        assertThat(mine.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(mine.path("overdue").asBoolean()).isFalse();
        assertThat(api.answer(api.post("staff1", BudgetDrafts.DRAFTS, another), status().isBadRequest())
            .path("errors").findValuesAsText("field")).as("the section's request of the round is in").containsExactly("fiscalYear");

        // the bureau never reads a section's request, nor finds it
        api.expect(api.get("bureau", BudgetDrafts.DRAFTS + "/{id}", oneUpId), status().isNotFound());
        api.expect(api.get("bureau", "/api/v1/documents/{id}/history", oneUpId), status().isNotFound());
        assertThat(api.ids(api.answer(api.get("bureau", BudgetDrafts.DRAFTS + "?fiscalYear={y}", year), status().isOk())))
            .doesNotContain(oneUpId);
        assertThat(api.ids(api.answer(api.get("bureau", "/api/v1/documents?fiscalYear={y}", year), status().isOk())))
            .doesNotContain(oneUpId);
        assertThat(api.ids(api.answer(api.get("finance", BudgetDrafts.DRAFTS + "?fiscalYear={y}", year), status().isOk())))
            .contains(oneUpId);
        assertThat(api.answer(api.post("staff1", "/api/v1/documents/{id}/cc", Map.of("recipients", List.of("bureau")), oneUpId),
            status().isBadRequest()).path("errors").findValuesAsText("field")).containsExactly("recipients[0]");

        // 财务 proceeds without the other sections; the proposal passes (standing in for the unit proposal)
        JsonNode excused = years.excuseAllWaiting(year);
        assertThat(excused.path("stage").asText()).isEqualTo("ONE_UP_PROPOSAL");
        assertThat(excused.path("sections").findValuesAsText("excused")).containsOnly("true", "false").contains("true");
        api.expect(api.post("finance", YEARS + "/{y}/sections/{s}/excuse", Map.of("reason", "再次"), year, section),
            status().isConflict());
        proposalPassed(year, BudgetRound.ONE_UP, "财务审核压减");
        assertThat(years.year("finance", year).path("round").asText()).isEqualTo("CEILINGS");

        // 一下: the bureau's ceilings, 财务's split, returned once, then approved
        api.expect(years.step("finance", year, "ceilings", ceilingsBody("0", "100000.00", "200000.00", List.of())),
            status().isForbidden());
        api.expect(years.step("bureau", year, "split", Map.of("sections", List.of())), status().isForbidden());
        JsonNode ceilings = api.answer(years.step("bureau", year, "ceilings", ceilingsBody("500000.00", "300000.00", "200000.00",
            List.of(Map.of("projectId", projectId, "amount", "80000.00")))), status().isOk());
        assertThat(ceilings.path("stage").asText()).isEqualTo("SPLIT");
        assertThat(ceilings.path("unitCeilings").path("byKind").path("PROJECT").asText()).isEqualTo("200000.00");
        assertThat(ceilings.path("ceilings").path("ref").asText()).startsWith("洪数字");
        api.expect(years.step("bureau", year, "ceilings", ceilingsBody("1", "1", "1", List.of())), status().isConflict());

        Map<String, Object> firstSplit = Map.of("sections", List.of(sectionSplit(section, "100000.00", "50000.00", "90000.00")));
        assertThat(api.answer(years.step("finance", year, "split", firstSplit), status().isOk()).path("stage").asText())
            .isEqualTo("SPLIT_APPROVAL");
        api.expect(years.step("director", year, "split/decision", Map.of("approved", false)), status().isBadRequest());
        assertThat(api.answer(years.step("director", year, "split/decision", Map.of("approved", false, "comment", "公用经费偏少")),
            status().isOk()).path("stage").asText()).isEqualTo("SPLIT");
        Map<String, Object> secondSplit = Map.of("sections", List.of(sectionSplit(section, "100000.00", "60000.00", "90000.00")));
        api.expect(years.step("finance", year, "split", secondSplit), status().isOk());
        JsonNode approvedSplit = api.answer(years.step("director", year, "split/decision", Map.of("approved", true)),
            status().isOk());
        assertThat(approvedSplit.path("stage").asText()).isEqualTo("TWO_UP_REQUESTS");
        assertThat(approvedSplit.path("round").asText()).isEqualTo("TWO_UP");
        JsonNode split = approvedSplit.path("split");
        assertThat(split.path("approved").asBoolean()).isTrue();
        assertThat(split.path("sections")).hasSize(1);
        assertThat(split.path("sections").get(0).path("byKind").path("BASIC_PUBLIC").asText()).as("the latest split").isEqualTo("60000.00");
        assertThat(split.path("unallocated").path("BASIC_PUBLIC").asText()).isEqualTo("240000.00");

        // what each role sees of the ceilings
        JsonNode staffView = years.year("staff1", year);
        assertThat(staffView.path("sections")).hasSize(1);
        assertThat(staffView.path("unitCeilings").isNull()).isTrue();
        assertThat(staffView.path("split").path("unallocated").isNull()).isTrue();
        assertThat(staffView.path("split").path("sections").get(0).path("projects").get(0).path("amount").asText())
            .isEqualTo("80000.00");
        assertThat(staffView.path("versions").findValuesAsText("version")).doesNotContain("CEILINGS").contains("SPLIT");
        assertThat(years.year("head2", year).path("split").path("sections")).isEmpty();
        JsonNode bureauView = years.year("bureau", year);
        assertThat(bureauView.path("sections")).isEmpty();
        assertThat(bureauView.path("split").path("sections")).isEmpty();
        bureauView.path("versions").forEach(v -> assertThat(v.path("bySection")).isEmpty());
        api.expect(api.get("admin", YEARS + "/{y}", year), status().isForbidden());

        // 二上: refused over the split ceiling and the project ceiling, then within them. The 三公 line is not
        // refused: the year before has no approved budget in the system to hold it against (RequestLimitsTest
        // covers 三公 above last year's).
        Map<String, Object> tooMuch = DraftBodies.draftBody(year, List.of(
            DraftBodies.line("2010350", "30201", "BASIC_PUBLIC", "65000.00", "办公费"),
            DraftBodies.line("2010350", "30217", "BASIC_PUBLIC", "1000.00", "公务接待"),
            ProjectApplications.draftLine("PROJECT", "85000.00", projectId)));
        JsonNode twoUp = api.answer(api.post("staff1", BudgetDrafts.DRAFTS, tooMuch), status().isCreated());
        long twoUpId = twoUp.path("id").asLong();
        assertThat(twoUp.path("round").asText()).isEqualTo("TWO_UP");
        JsonNode refused = api.answer(api.post("staff1", BudgetDrafts.DRAFTS + "/{id}/submit", null, twoUpId),
            status().isBadRequest());
        assertThat(refused.path("errors").findValuesAsText("field")).containsOnly("lines");
        assertThat(refused.path("errors").findValuesAsText("message")).containsExactlyInAnyOrder(
            "基本支出·公用经费超出控制数 6,000.00 元（控制数 60,000.00 元，申报 66,000.00 元）",
            "项目“" + project.path("name").asText() + "”超出控制数 5,000.00 元（控制数 80,000.00 元，申报 85,000.00 元）");
        assertThat(api.drafts().statusOf("staff1", twoUpId)).isEqualTo("DRAFT");
        // 80,000 on the project: with the superseded 一上 request's 90,000 it would overspend the project's 100,000
        api.drafts().edit("staff1", twoUpId, DraftBodies.draftBody(year, List.of(
            DraftBodies.line("2010350", "30201", "BASIC_PUBLIC", "50000.00", "办公费"),
            DraftBodies.line("2010350", "30211", "BASIC_PUBLIC", "10000.00", "差旅费"),
            ProjectApplications.draftLine("PROJECT", "80000.00", projectId))));
        api.drafts().submit("staff1", twoUpId);
        api.approve("head1", twoUpId);
        assertThat(api.approve("finance", twoUpId)).isEqualTo("ACCEPTED");
        years.excuseAllWaiting(year);
        proposalPassed(year, BudgetRound.TWO_UP, null);
        assertThat(years.year("finance", year).path("stage").asText()).isEqualTo("APPROVAL");

        // 二下: the bureau approves, cutting two lines
        JsonNode lines = api.answer(api.get("bureau", YEARS + "/{y}/approval-lines", year), status().isOk());
        assertThat(lines).hasSize(3);
        long printing = lineId(lines, "30211");
        long projectLine = lineId(lines, "30213");
        api.expect(years.step("director", year, "approval", Map.of()), status().isForbidden());
        JsonNode approval = api.answer(years.step("bureau", year, "approval", Map.of("ref", "洪数字〔" + today().getYear() + "〕30号",
            "date", today().toString(), "cuts", List.of(
                Map.of("lineId", printing, "amount", "0", "reason", "压减一般性支出"),
                Map.of("lineId", projectLine, "amount", "70000.00", "reason", "按项目评审结果核减")))), status().isOk());
        assertThat(approval.path("round").asText()).isEqualTo("APPROVED");
        assertThat(approval.path("stage").asText()).isEqualTo("DISCLOSURE");
        assertThat(approval.path("publishDue").asText()).isEqualTo(today().plusDays(20).toString());
        JsonNode approvedVersion = version(approval, "APPROVED");
        assertThat(approvedVersion.path("total").asText()).isEqualTo("120000.00");
        assertThat(approvedVersion.path("bySection")).as("the bureau's answer: the unit only").isEmpty();
        assertThat(version(years.year("finance", year), "APPROVED").path("bySection").path(section).asText())
            .isEqualTo("120000.00");

        // the 二上 request is approved with its approved amounts; the 一上 request stays accepted
        JsonNode approvedRequest = api.drafts().draft("staff1", twoUpId);
        assertThat(approvedRequest.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approvedRequest.path("lines").findValuesAsText("approvedAmount"))
            .containsExactly("50000.00", "0.00", "70000.00");
        assertThat(api.drafts().statusOf("staff1", oneUpId)).isEqualTo("ACCEPTED");
        JsonNode approvedLines = api.answer(api.get("staff1", "/api/v1/budget-lines/approved?fiscalYear={y}", year),
            status().isOk());
        assertThat(approvedLines.findValuesAsText("amount")).as("the line cut to nothing is no part of the budget")
            .containsExactly("50000.00", "70000.00");
        assertThat(approvedLines.findValuesAsText("draftId")).containsOnly(String.valueOf(twoUpId));

        // the comparison: who cut what, when and why
        JsonNode comparison = api.answer(api.get("auditor", YEARS + "/{y}/comparison", year), status().isOk());
        assertThat(StreamSupport.stream(comparison.path("versions").spliterator(), false).map(JsonNode::asText).toList())
            .containsExactly("ONE_UP", "CEILINGS", "SPLIT", "TWO_UP", "APPROVED");
        JsonNode projectRow = row(comparison, "LINE", "PROJECT");
        assertThat(projectRow.path("amounts").path("ONE_UP").asText()).isEqualTo("85000.00");
        assertThat(projectRow.path("amounts").path("TWO_UP").asText()).isEqualTo("80000.00");
        assertThat(projectRow.path("amounts").path("APPROVED").asText()).isEqualTo("70000.00");
        JsonNode cut = projectRow.path("differences").get(1);
        assertThat(cut.path("amount").asText()).isEqualTo("-10000.00");
        assertThat(cut.path("reason").asText()).isEqualTo("按项目评审结果核减");
        assertThat(cut.path("source").path("type").asText()).isEqualTo("APPROVAL");
        assertThat(cut.path("source").path("number").asText()).contains("30号");
        JsonNode revised = projectRow.path("differences").get(0);
        assertThat(revised.path("source").path("type").asText()).isEqualTo("BUDGET_DRAFT");
        assertThat(revised.path("source").path("documentId").asLong()).isEqualTo(twoUpId);
        JsonNode unitProject = row(comparison, "UNIT", "PROJECT");
        assertThat(unitProject.path("amounts").path("CEILINGS").asText()).isEqualTo("200000.00");
        assertThat(unitProject.path("differences").findValuesAsText("type")).contains("CEILINGS", "SPLIT", "APPROVAL");
        assertThat(comparison.path("bySection")).isNotEmpty();
        JsonNode bureauComparison = api.answer(api.get("bureau", YEARS + "/{y}/comparison", year), status().isOk());
        assertThat(bureauComparison.path("rows").findValuesAsText("level")).doesNotContain("LINE", "SECTION");
        assertThat(bureauComparison.path("bySection")).isEmpty();
        JsonNode staffComparison = api.answer(api.get("staff2", YEARS + "/{y}/comparison", year), status().isOk());
        assertThat(staffComparison.path("rows").findValuesAsText("level")).doesNotContain("UNIT", "LINE");

        byte[] workbook = api.expect(api.send("auditor", MockMvcRequestBuilders.get(YEARS + "/{y}/comparison.xlsx", year)),
            status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetAt(0).getRow(0).getCell(6).getStringCellValue()).isEqualTo("一上（元）");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }

        // the year's disclosure published: the year's process ends
        publish(year);
        assertThat(years.year("finance", year).path("stage").asText()).isEqualTo("CLOSED");

        // every step audited, with its values
        List<AuditEntry> entries = audit.latest(List.of(AuditAction.BUDGET_YEAR_OPEN, AuditAction.SECTION_EXCUSE,
            AuditAction.CEILINGS, AuditAction.CEILINGS_SPLIT, AuditAction.SPLIT_RETURN, AuditAction.SPLIT_APPROVE,
            AuditAction.BUDGET_APPROVAL), 200).stream()
            .filter(e -> ("YSBZ-" + year).equals(e.getDocumentNumber()) || Long.valueOf(twoUpId).equals(e.getDocumentId())).toList();
        assertThat(entries.stream().map(AuditEntry::getAction).distinct().toList()).containsExactlyInAnyOrder(
            AuditAction.BUDGET_YEAR_OPEN, AuditAction.SECTION_EXCUSE, AuditAction.CEILINGS, AuditAction.CEILINGS_SPLIT,
            AuditAction.SPLIT_RETURN, AuditAction.SPLIT_APPROVE, AuditAction.BUDGET_APPROVAL);
        AuditEntry secondSplitEntry = entries.stream().filter(e -> e.getAction() == AuditAction.CEILINGS_SPLIT)
            .filter(e -> e.getChanges().stream().anyMatch(c -> "50000.00".equals(c.before()) && "60000.00".equals(c.after())))
            .findFirst().orElseThrow();
        assertThat(secondSplitEntry.getActor()).isEqualTo("finance");
        assertThat(entries.stream().filter(e -> e.getAction() == AuditAction.BUDGET_APPROVAL
            && Long.valueOf(twoUpId).equals(e.getDocumentId())).findFirst().orElseThrow().getStatusAfter()).isEqualTo("APPROVED");
    }

    @Test
    void the_year_answers_404_unknown_and_409_out_of_step() {
        int unknown = years.freshYear();
        api.expect(api.get("finance", YEARS + "/{y}", unknown), status().isNotFound());
        api.expect(years.step("bureau", unknown, "ceilings", ceilingsBody("1", "1", "1", List.of())), status().isNotFound());

        int year = years.freshYear();
        api.expect(api.post("finance", YEARS, BudgetYearsApi.openBody(year, today().plusDays(30), today().plusDays(60))),
            status().isCreated());
        api.expect(years.step("bureau", year, "ceilings", ceilingsBody("1", "1", "1", List.of())), status().isConflict());
        api.expect(years.step("finance", year, "split", Map.of("sections", List.of())), status().isConflict());
        api.expect(years.step("director", year, "split/decision", Map.of("approved", true)), status().isConflict());
        api.expect(years.step("bureau", year, "approval", Map.of("ref", "x", "date", today().toString())), status().isConflict());
        JsonNode early = api.answer(api.post("finance", YEARS + "/{y}/sections/{s}/excuse", Map.of("reason", "未报"), year, "S02"),
            status().isConflict());
        assertThat(early.path("message").asText()).contains("截止日期");
        api.expect(api.post("finance", YEARS + "/{y}/sections/{s}/excuse", Map.of("reason", "未报"), year, "X99"),
            status().isNotFound());
        assertThat(years.year("staff1", year).path("sections").findValuesAsText("overdue")).containsOnly("false");
        JsonNode list = api.answer(api.get("auditor", YEARS), status().isOk());
        assertThat(list.findValuesAsText("fiscalYear")).contains(String.valueOf(year));
    }

    @Test
    void a_year_s_deadlines_are_told_to_whom_they_concern() {
        JsonNode opened = years.openPastDeadlines();
        int year = opened.path("fiscalYear").asInt();
        String section = api.answer(api.get("staff3", "/api/v1/me"), status().isOk()).path("section").asText();
        tx.executeWithoutResult(s -> {
            events.publishEvent(new YearDeadlineReached(year, section, "ONE_UP", YearDeadlineReached.Kind.OVERDUE));
            events.publishEvent(new YearDeadlineReached(year, null, null, YearDeadlineReached.Kind.APPROVAL_OVERDUE));
            events.publishEvent(new YearDeadlineReached(year, null, null, YearDeadlineReached.Kind.DISCLOSURE_REMINDER));
        });
        String overdue = "预算申报已超期：" + year + "年度一上";
        assertThat(titles("staff3")).contains(overdue);
        assertThat(titles("head3")).contains(overdue);
        assertThat(titles("staff4")).doesNotContain(overdue);
        assertThat(titles("bureau")).contains("预算批复已超期：" + year + "年度");
        assertThat(titles("finance")).contains("部门预算即将到期公开：" + year + "年度");
    }

    private void publish(int year) {
        try {
            api.disclosures().copyTextsForward(year);
            var submitted = api.disclosures().act("finance", year, "submit", null);
            assertThat(submitted.getStatus()).as(submitted.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(200);
            assertThat(api.disclosures().act("director", year, "approve", null).getStatus()).isEqualTo(200);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> titles(String user) {
        return api.answer(api.get(user, "/api/v1/notifications?limit=200"), status().isOk()).findValuesAsText("title");
    }

    /**
     * What the unit proposal's approval does (ProposalApprovals in the proposal part): one figure per
     * accepted request line of the round (the project line cut, with a reason, when given), then the
     * year's process moves on.
     */
    private void proposalPassed(int year, BudgetRound round, String projectCutReason) {
        tx.executeWithoutResult(s -> {
            BudgetYear row = yearRows.findByFiscalYear(year).orElseThrow();
            VersionKind version = round == BudgetRound.ONE_UP ? VersionKind.ONE_UP : VersionKind.TWO_UP;
            List<BudgetFigure> written = new ArrayList<>();
            for (RoundRequests.Line line : requests.lines(year, round, List.of(DocumentStatus.ACCEPTED))) {
                boolean cut = projectCutReason != null && line.projectId() != null;
                written.add(new BudgetFigure(row.getId(), version, line.sectionCode(), line.kind(), line.functionCode(),
                    line.economicCode(), line.projectId(), cut ? line.amount().minus(cn.nanchang.budgetflow.base.Money.yuan(5000))
                        : line.amount(), line.requestId(), line.lineNo(), cut ? projectCutReason : null, "bureau", Instant.now()));
            }
            figures.saveAll(written);
            process.proposalApproved(year, today().plusDays(15));
        });
    }

    private static JsonNode sectionOf(JsonNode year, String section) {
        return StreamSupport.stream(year.path("sections").spliterator(), false)
            .filter(s -> section.equals(s.path("sectionCode").asText())).findFirst().orElseThrow();
    }

    private static JsonNode version(JsonNode year, String version) {
        return StreamSupport.stream(year.path("versions").spliterator(), false)
            .filter(v -> version.equals(v.path("version").asText())).findFirst().orElseThrow();
    }

    private static long lineId(JsonNode lines, String economicCode) {
        return StreamSupport.stream(lines.spliterator(), false).filter(l -> economicCode.equals(l.path("economicCode").asText()))
            .findFirst().orElseThrow().path("lineId").asLong();
    }

    private static JsonNode row(JsonNode comparison, String level, String kind) {
        return StreamSupport.stream(comparison.path("rows").spliterator(), false)
            .filter(r -> level.equals(r.path("level").asText()) && kind.equals(r.path("kind").asText()))
            .findFirst().orElseThrow();
    }
}
