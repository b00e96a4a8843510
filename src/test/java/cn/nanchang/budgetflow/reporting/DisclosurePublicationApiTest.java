package cn.nanchang.budgetflow.reporting;

import static cn.nanchang.budgetflow.testsupport.Disclosures.row;
import static cn.nanchang.budgetflow.testsupport.Disclosures.table;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.approval.DemoApprovals;
import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.budget.BudgetDraftInput;
import cn.nanchang.budgetflow.budget.BudgetDraftService;
import cn.nanchang.budgetflow.document.DocumentLifecycle;
import cn.nanchang.budgetflow.security.ActingAs;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.Disclosures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Publication as a step over the API: who reads drafts and who reads published figures, 综合科
 * submits, the 中心主任 returns with a comment or approves, the published figures stay frozen when
 * approved data changes afterwards, a submission is refused while a cross-check fails, and every
 * step is audited. Year 2025 is this test's own, so the demo's 2023 stays unpublished for the others.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "budgetflow.demo-documents=true")
class DisclosurePublicationApiTest {

    static final int YEAR = 2025;

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    BudgetDraftService drafts;
    @Autowired
    DocumentLifecycle lifecycle;
    @Autowired
    DemoApprovals approvals;
    @Autowired
    ActingAs acting;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    Disclosures api;

    @BeforeEach
    void api() {
        api = new ApiClient(mvc, json).disclosures();
    }

    @Test
    void unpublished_figures_are_for_finance_director_and_auditors_only() throws Exception {
        for (String reader : List.of("finance", "director", "auditor")) {
            assertThat(api.call(reader, "/api/v1/reports/2023/disclosure").getStatus()).as(reader).isEqualTo(200);
        }
        for (String other : List.of("admin", "bureau", "staff1", "head1")) {
            assertThat(api.call(other, "/api/v1/reports/2023/disclosure").getStatus()).as(other).isEqualTo(403);
        }
        assertThat(api.disclosure("auditor", 2023).path("status").asText()).isEqualTo("NOT_STARTED");
        assertThat(api.act("auditor", 2023, "submit", null).getStatus()).isEqualTo(403);
        assertThat(api.act("director", 2023, "submit", null).getStatus()).isEqualTo(403);
    }

    @Test
    void a_year_out_of_range_or_not_a_number_is_answered_400_naming_it() throws Exception {
        var outOfRange = api.call("finance", "/api/v1/reports/1999/disclosure");
        assertThat(outOfRange.getStatus()).isEqualTo(400);
        assertThat(json.readTree(outOfRange.getContentAsString(StandardCharsets.UTF_8)).path("errors").get(0).path("field").asText())
            .isEqualTo("year");
        assertThat(api.call("finance", "/api/v1/reports/abcd/disclosure").getStatus()).isEqualTo(400);
    }

    @Test
    void a_year_without_an_approved_budget_cannot_be_submitted_for_publication() throws Exception {
        var refused = api.act("finance", 2031, "submit", null);
        assertThat(refused.getStatus()).isEqualTo(400);
        JsonNode error = json.readTree(refused.getContentAsString(StandardCharsets.UTF_8)).path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("fiscalYear");
        assertThat(error.path("message").asText()).isEqualTo("2031年度没有已批复的预算，不能提交公开");
        assertThat(api.disclosure("finance", 2031).path("status").asText()).isEqualTo("NOT_STARTED");
        // its preview still reads as sentences, without a list that ends in “：。”
        assertThat(Disclosures.paragraphs(api.disclosure("finance", 2031)))
            .contains("按支出功能科目划分：无。", "按支出经济分类划分：无。")
            .noneMatch(paragraph -> paragraph.contains("：。"));
    }

    @Test
    void a_submission_is_refused_with_the_exact_mismatch_while_a_cross_check_fails() throws Exception {
        // a function code withdrawn from the catalogue leaves its approved lines (购房补贴, 164,000.00) in no class
        jdbc.update("delete from classification_code where scheme = 'FUNCTION' and code = '2210203'");
        try {
            var refused = api.act("finance", 2023, "submit", null);
            assertThat(refused.getStatus()).isEqualTo(400);
            JsonNode error = json.readTree(refused.getContentAsString(StandardCharsets.UTF_8)).path("errors").get(0);
            assertThat(error.path("field").asText()).isEqualTo("checks.TOTALS");
            assertThat(error.path("message").asText()).contains("相差-164,000.00元", "科目2210203不在分类目录中，164,000.00元");
        } finally {
            jdbc.update("insert into classification_code (scheme, code, name, parent_code, level_no, leaf, needs_verification)"
                + " values ('FUNCTION', '2210203', '购房补贴', '22102', 3, TRUE, FALSE)");
        }
        assertThat(api.disclosure("finance", 2023).path("status").asText()).isEqualTo("NOT_STARTED");
    }

    @Test
    void submitted_returned_resubmitted_and_approved_the_published_figures_stay_frozen() throws Exception {
        approvedDraft("staff1", "head1", "10000.00");
        assertThat(api.act("finance", YEAR, "submit", null).getStatus()).as("without its texts").isEqualTo(400);
        api.copyTextsForward(YEAR);

        assertThat(api.act("finance", YEAR, "submit", null).getStatus()).isEqualTo(200);
        JsonNode inReview = api.texts("finance", YEAR);
        assertThat(inReview.path("editable").asBoolean()).isFalse();
        assertThat(api.saveTexts("finance", YEAR, inReview.path("texts"), inReview.path("version")).getStatus())
            .as("texts are frozen with the submitted disclosure").isEqualTo(409);
        assertThat(api.act("finance", YEAR, "submit", null).getStatus()).isEqualTo(409);
        var noComment = api.act("director", YEAR, "return", "{\"comment\":\"  \"}");
        assertThat(noComment.getStatus()).isEqualTo(400);
        assertThat(noComment.getContentAsString(StandardCharsets.UTF_8)).contains("\"field\":\"comment\"");
        assertThat(api.act("director", YEAR, "return", "{\"comment\":\"请核对项目支出\"}").getStatus()).isEqualTo(200);
        JsonNode returned = api.disclosure("finance", YEAR);
        assertThat(returned.path("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.path("returnComment").asText()).isEqualTo("请核对项目支出");
        assertThat(returned.path("frozen").asBoolean()).isFalse();
        assertThat(api.act("finance", YEAR, "submit", null).getStatus()).isEqualTo(200);
        assertThat(api.act("finance", YEAR, "approve", null).getStatus()).isEqualTo(403);
        assertThat(api.act("director", YEAR, "approve", null).getStatus()).isEqualTo(200);

        approvedDraft("staff3", "head3", "5000.00");

        JsonNode published = api.disclosure("admin", YEAR);
        assertThat(published.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.path("frozen").asBoolean()).isTrue();
        assertThat(row(table(published, "三"), "合计")).containsExactly("1.00", "1.00", "0.00");
        assertThat(api.act("finance", YEAR, "submit", null).getStatus()).isEqualTo(409);
        assertThat(audit.byActor("finance", AuditAction.DISCLOSURE_PREPARE)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(audit.byActor("director", AuditAction.DISCLOSURE_RETURN)).anyMatch(e -> "请核对项目支出".equals(e.getComment()));
        assertThat(audit.byActor("director", AuditAction.DISCLOSURE_APPROVE)).isNotEmpty();
        assertThat(audit.byActor("director", AuditAction.DISCLOSURE_PUBLISH)).isNotEmpty();
    }

    private void approvedDraft(String staff, String head, String yuan) {
        long id = acting.run(staff, () -> {
            long created = drafts.create(new BudgetDraftInput(YEAR, List.of(
                new BudgetDraftInput.LineInput("2010350", "30201", "BASIC_PUBLIC", yuan, "办公费")))).id();
            lifecycle.submit(created);
            return created;
        });
        approvals.approveThroughout(id, head, YEAR);
    }
}
