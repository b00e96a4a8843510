package cn.nanchang.budgetflow.adjustment;

import static cn.nanchang.budgetflow.testsupport.Adjustments.ADJUSTMENTS;
import static cn.nanchang.budgetflow.testsupport.Adjustments.body;
import static cn.nanchang.budgetflow.testsupport.Adjustments.decrease;
import static cn.nanchang.budgetflow.testsupport.Adjustments.increase;
import static cn.nanchang.budgetflow.testsupport.Adjustments.line;
import static cn.nanchang.budgetflow.testsupport.Adjustments.newLine;
import static cn.nanchang.budgetflow.testsupport.Adjustments.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.Adjustments;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.AfterApprovalTestContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * A 调剂 filed, routed and approved through the API, and the ledger moving when it is approved;
 * each hard rule refused with a 400 on the row that breaks it; who may file, read and decide.
 */
@AfterApprovalTestContext
class BudgetAdjustmentApiTest {

    private static final String STAFF = "staff5";
    private static final String HEAD = "head5";

    private final ApiClient api;
    private final Adjustments adjustments;

    BudgetAdjustmentApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
        this.adjustments = api.adjustments();
    }

    @Test
    void a_transfer_between_two_basic_lines_is_approved_by_the_center_and_moves_both_indicators() throws Exception {
        int year = adjustments.approvedYear(STAFF, line("BASIC_PUBLIC", "30201", "100000.00", null),
            line("BASIC_PUBLIC", "30207", "50000.00", null));
        long office = adjustments.indicator(STAFF, year, "30201");
        long post = adjustments.indicator(STAFF, year, "30207");

        JsonNode created = adjustments.created(STAFF, body(year, "TRANSFER", decrease(office, "20000.00"),
            increase(post, "20000.00")));
        long id = created.path("id").asLong();
        assertThat(created.path("number").asText()).startsWith("TJ-" + year + "-");
        assertThat(created.path("scope").asText()).isEqualTo("OTHER");
        assertThat(created.path("totalAmount").asText()).isEqualTo("20000.00");
        adjustments.submit(STAFF, id);
        List<String> route = adjustments.approveAlong(STAFF, id);

        assertThat(route).containsExactly("SECTION_HEAD_REVIEW", "FINANCE_REVIEW", "DIRECTOR_REVIEW");
        assertThat(adjustments.adjustment(STAFF, id).path("status").asText()).isEqualTo("APPROVED");
        assertThat(adjustments.quota(STAFF, year, "30201")).isEqualByComparingTo("80000.00");
        assertThat(adjustments.quota(STAFF, year, "30207")).isEqualByComparingTo("70000.00");
        JsonNode decreased = last(adjustments.entries("finance", office));
        assertThat(decreased.path("kind").asText()).isEqualTo("DECREASE");
        assertThat(decreased.path("amount").asText()).isEqualTo("20000.00");
        assertThat(decreased.path("documentNumber").asText()).isEqualTo(created.path("number").asText());
        assertThat(decreased.path("actor").asText()).isEqualTo("director");
    }

    @Test
    void a_new_line_is_issued_as_a_new_indicator_of_source_transfer_named_by_the_adjustment() throws Exception {
        int year = adjustments.approvedYear(STAFF, line("BASIC_PUBLIC", "30201", "100000.00", null));
        long office = adjustments.indicator(STAFF, year, "30201");
        JsonNode created = adjustments.created(STAFF, body(year, "TRANSFER", decrease(office, "30000.00"),
            newLine("BASIC_PUBLIC", "30226", null, "30000.00")));
        adjustments.submit(STAFF, created.path("id").asLong());
        adjustments.approveAlong(STAFF, created.path("id").asLong());

        JsonNode issued = adjustments.find(STAFF, year, "30226").orElseThrow();
        assertThat(issued.path("quota").asText()).isEqualTo("30000.00");
        assertThat(issued.path("sourceType").asText()).isEqualTo("TRANSFER");
        assertThat(issued.path("sourceRef").asText()).isEqualTo(created.path("number").asText());
        assertThat(adjustments.quota(STAFF, year, "30201")).isEqualByComparingTo("70000.00");
    }

    @Test
    void a_transfer_from_the_collective_threshold_goes_through_the_meeting_and_the_bureau() throws Exception {
        int year = adjustments.approvedYear(STAFF, line("BASIC_PUBLIC", "30201", "800000.00", null),
            line("BASIC_PUBLIC", "30207", "50000.00", null));
        long id = adjustments.created(STAFF, body(year, "TRANSFER", decrease(adjustments.indicator(STAFF, year, "30201"),
            "500000.00"), increase(adjustments.indicator(STAFF, year, "30207"), "500000.00"))).path("id").asLong();
        adjustments.submit(STAFF, id);

        assertThat(adjustments.approveAlong(STAFF, id)).containsExactly("SECTION_HEAD_REVIEW", "FINANCE_REVIEW",
            "DIRECTOR_REVIEW", "COLLECTIVE_DECISION", "BUREAU_REVIEW");
        assertThat(adjustments.quota(STAFF, year, "30207")).isEqualByComparingTo("550000.00");
    }

    @Test
    void an_addition_states_its_source_and_goes_to_the_bureau() throws Exception {
        int year = adjustments.approvedYear(STAFF, line("BASIC_PUBLIC", "30201", "100000.00", null));
        long office = adjustments.indicator(STAFF, year, "30201");
        Map<String, Object> addition = body(year, "ADDITION", increase(office, "10000.00"));
        adjustments.create(STAFF, addition).andExpect(rejectedFor("fundingSource"));

        long id = adjustments.created(STAFF, with(addition, "fundingSource", "洪财预〔2040〕12号")).path("id").asLong();
        adjustments.submit(STAFF, id);

        assertThat(adjustments.approveAlong(STAFF, id)).containsExactly("SECTION_HEAD_REVIEW", "FINANCE_REVIEW",
            "DIRECTOR_REVIEW", "BUREAU_REVIEW");
        assertThat(adjustments.quota(STAFF, year, "30201")).isEqualByComparingTo("110000.00");
        JsonNode added = last(adjustments.entries("finance", office));
        assertThat(added.path("kind").asText()).isEqualTo("INCREASE");
    }

    @Test
    void each_hard_rule_is_refused_on_the_row_that_breaks_it_and_nothing_is_stored() throws Exception {
        int year = adjustments.approvedYear(STAFF, line("BASIC_PUBLIC", "30201", "100000.00", null),
            line("BASIC_PUBLIC", "30211", "20000.00", null));
        long office = adjustments.indicator(STAFF, year, "30201");
        long travel = adjustments.indicator(STAFF, year, "30211");
        int before = api.answer(api.get("finance", ADJUSTMENTS + "?fiscalYear={y}", year), status().isOk()).size();

        // 差旅费 is never increased, nor is a new 会议费 line
        adjustments.create(STAFF, body(year, "TRANSFER", decrease(office, "1000.00"), increase(travel, "1000.00")))
            .andExpect(rejectedFor("rows[1].indicatorId", "厉行节约"));
        adjustments.create(STAFF, body(year, "TRANSFER", decrease(office, "1000.00"), newLine("BASIC_PUBLIC", "30215", null, "1000.00")))
            .andExpect(rejectedFor("rows[1].economicCode", "三公"));
        // a 调减 above 可用
        adjustments.create(STAFF, body(year, "TRANSFER", decrease(travel, "20000.01"), increase(office, "20000.01")))
            .andExpect(rejectedFor("rows[0].amount", "可用余额"));
        // the two sides of a 调剂 differ
        adjustments.create(STAFF, body(year, "TRANSFER", decrease(office, "1000.00"), newLine("BASIC_PUBLIC", "30226", null, "900.00")))
            .andExpect(rejectedFor("rows", "相等"));
        // 追加 only increases, 追减 only decreases
        adjustments.create(STAFF, with(body(year, "ADDITION", decrease(office, "1000.00")), "fundingSource", "文号"))
            .andExpect(rejectedFor("rows[0].direction"));
        adjustments.create(STAFF, with(body(year, "REDUCTION", increase(office, "1000.00")), "fundingSource", "文号"))
            .andExpect(rejectedFor("rows[0].direction"));
        // another section's 指标 is not this section's to move
        adjustments.create("staff4", body(year, "TRANSFER", decrease(office, "1000.00"),
            newLine("BASIC_PUBLIC", "30226", null, "1000.00"))).andExpect(rejectedFor("rows[0].indicatorId"));

        assertThat(api.answer(api.get("finance", ADJUSTMENTS + "?fiscalYear={y}", year), status().isOk())).hasSize(before);
    }

    @Test
    void project_money_never_funds_basic_expenditure_and_a_project_change_states_its_performance_goals() throws Exception {
        int year = api.plans().freshYear();
        long project = adjustments.approvedProject(STAFF, year, "100000.00");
        adjustments.approvedBudget(STAFF, year, line("PROJECT", "30213", "100000.00", project),
            line("BASIC_PUBLIC", "30201", "50000.00", null));
        long projectLine = adjustments.indicator(STAFF, year, "30213");
        long office = adjustments.indicator(STAFF, year, "30201");

        adjustments.create(STAFF, with(body(year, "TRANSFER", decrease(projectLine, "1000.00"), increase(office, "1000.00")),
            "performanceChange", "目标不变")).andExpect(rejectedFor("rows[1].indicatorId", "项目支出资金不得用于基本支出"));
        Map<String, Object> withinProject = body(year, "TRANSFER", decrease(projectLine, "5000.00"),
            newLine("PROJECT", "30227", project, "5000.00"));
        adjustments.create(STAFF, withinProject).andExpect(rejectedFor("performanceChange", "绩效目标"));

        JsonNode created = adjustments.created(STAFF, with(withinProject, "performanceChange", "产出指标不变，新增测评质量指标"));
        assertThat(created.path("scope").asText()).isEqualTo("WITHIN_PROJECT_ECONOMIC");
        JsonNode basicToProject = adjustments.created(STAFF, with(body(year, "TRANSFER", decrease(office, "1000.00"),
            increase(projectLine, "1000.00")), "performanceChange", "增加运维频次"));
        assertThat(basicToProject.path("scope").asText()).isEqualTo("BASIC_PROJECT");
        long id = basicToProject.path("id").asLong();
        adjustments.submit(STAFF, id);

        assertThat(adjustments.approveAlong(STAFF, id)).containsExactly("SECTION_HEAD_REVIEW", "FINANCE_REVIEW",
            "DIRECTOR_REVIEW", "BUREAU_REVIEW");
        JsonNode approved = adjustments.adjustment(STAFF, id);
        assertThat(approved.path("financeBureauApproval").asBoolean()).isTrue();
        assertThat(approved.path("routingReason").asText()).contains("财政审批");
        assertThat(adjustments.quota(STAFF, year, "30213")).isEqualByComparingTo("101000.00");
    }

    @Test
    void only_the_sections_staff_file_and_act_and_the_auditor_and_other_sections_cannot() throws Exception {
        int year = adjustments.approvedYear(STAFF, line("BASIC_PUBLIC", "30201", "100000.00", null),
            line("BASIC_PUBLIC", "30207", "10000.00", null));
        Map<String, Object> transfer = body(year, "TRANSFER", decrease(adjustments.indicator(STAFF, year, "30201"), "1000.00"),
            increase(adjustments.indicator(STAFF, year, "30207"), "1000.00"));
        for (String notStaff : List.of(HEAD, "finance", "director", "bureau", "auditor")) {
            adjustments.create(notStaff, transfer).andExpect(status().isForbidden());
        }
        long id = adjustments.created(STAFF, transfer).path("id").asLong();

        api.get("staff4", ADJUSTMENTS + "/{id}", id).andExpect(status().isNotFound());
        api.post("staff4", ADJUSTMENTS + "/{id}/submit", null, id).andExpect(status().isNotFound());
        api.post("auditor", ADJUSTMENTS + "/{id}/submit", null, id).andExpect(status().isForbidden());
        adjustments.adjustment("auditor", id);
        adjustments.submit(STAFF, id);
        assertThat(api.hasTaskOn(STAFF, id)).isFalse();
        api.get("auditor", ApiClient.TASKS).andExpect(status().isForbidden());
        assertThat(api.hasTaskOn("head4", id)).isFalse();
        String task = api.taskId(HEAD, id);
        api.decision(STAFF, task, "APPROVE", "自己批").andExpect(status().is(Matchers.anyOf(Matchers.is(403), Matchers.is(404))));
        api.decision("auditor", task, "APPROVE", "审计不审批").andExpect(status().isForbidden());
        assertThat(adjustments.adjustment(STAFF, id).path("status").asText()).isEqualTo("IN_REVIEW");
    }

    private static JsonNode last(JsonNode entries) {
        return StreamSupport.stream(entries.spliterator(), false).reduce((a, b) -> b).orElseThrow();
    }

    static ResultMatcher rejectedFor(String field) {
        return rejectedFor(field, "");
    }

    /** 400 naming the field, with a message that says the rule. */
    static ResultMatcher rejectedFor(String field, String messagePart) {
        return result -> {
            status().isBadRequest().match(result);
            jsonPath("$.errors[?(@.field == '" + field + "')].message",
                Matchers.hasItem(Matchers.containsString(messagePart))).match(result);
        };
    }
}
