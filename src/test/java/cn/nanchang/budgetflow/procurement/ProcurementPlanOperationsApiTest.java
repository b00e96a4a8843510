package cn.nanchang.budgetflow.procurement;

import static cn.nanchang.budgetflow.testsupport.ApiClient.TASKS;
import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.PLANS;
import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.item;
import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.planBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ProcurementPlans.Funding;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The approval operations on procurement plans: a return to an earlier step, withdrawal of an
 * approval, and voiding, which releases the money a submitted plan reserved on its budget line.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProcurementPlanOperationsApiTest {

    private final ApiClient api;

    ProcurementPlanOperationsApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
    }

    @Test
    void the_director_returns_a_plan_to_the_section_head_who_reviews_it_again() throws Exception {
        Funding f = api.plans().fundedLine("staff3", "500000.00");
        long id = submittedPlan(f, "100000.00");
        api.approve("head3", id);
        api.approve("finance", id);
        String taskId = api.task("director", id).orElseThrow().path("taskId").asText();

        api.expect(api.post("director", TASKS + "/{t}/decision",
            Map.of("decision", "RETURN", "comment", "请科长确认采购需求", "returnTo", "SECTION_HEAD_REVIEW"), taskId), status().isOk());

        assertThat(api.stepFor("head3", id)).contains("SECTION_HEAD_REVIEW");
        assertThat(api.plans().plan("staff3", id).path("status").asText()).isEqualTo("IN_REVIEW");
        api.approve("head3", id);
        assertThat(api.stepFor("finance", id)).contains("FINANCE_REVIEW");
    }

    @Test
    void finance_withdraws_its_approval_before_the_director_claims_the_task() throws Exception {
        Funding f = api.plans().fundedLine("staff3", "500000.00");
        long id = submittedPlan(f, "100000.00");
        api.approve("head3", id);
        api.approve("finance", id);

        api.expect(api.post("finance", "/api/v1/documents/{id}/withdraw-approval", Map.of("reason", "采购方式需再核"), id),
            status().isOk());

        assertThat(api.stepFor("finance", id)).contains("FINANCE_REVIEW");
        assertThat(api.task("director", id)).isEmpty();
    }

    @Test
    void voiding_a_submitted_plan_releases_what_it_reserved_on_its_budget_line() throws Exception {
        Funding f = api.plans().fundedLine("staff3", "500000.00");
        long first = submittedPlan(f, "400000.00");
        Map<String, Object> second = planBody(f.year(), item("GOODS", "400000.00", "INQUIRY", f.lineId(), f.year() + "-07"));
        api.plans().createPlan("staff3", second).andExpect(status().isBadRequest());

        api.expect(api.post("staff3", "/api/v1/documents/{id}/void", Map.of("reason", "需求取消"), first), status().isOk());

        assertThat(api.plans().plan("staff3", first).path("status").asText()).isEqualTo("VOIDED");
        long secondId = api.plans().created("staff3", second).path("id").asLong();
        assertThat(api.plans().submit("staff3", secondId).path("status").asText()).isEqualTo("IN_REVIEW");
    }

    @Test
    void finance_delegates_a_plan_to_the_director_who_gives_it_back_and_finance_approves_it() throws Exception {
        Funding f = api.plans().fundedLine("staff3", "500000.00");
        long id = submittedPlan(f, "100000.00");
        api.approve("head3", id);
        String taskId = api.task("finance", id).orElseThrow().path("taskId").asText();

        api.expect(api.post("finance", TASKS + "/{t}/delegate", Map.of("target", "director", "reason", "请主任先看采购需求"), taskId),
            status().isOk());
        assertThat(api.task("director", id).orElseThrow().path("delegation").asText()).isEqualTo("PENDING");
        api.expect(api.post("director", TASKS + "/{t}/resolve", Map.of("reason", "需求合理"), taskId), status().isOk());

        assertThat(api.task("finance", id).orElseThrow().path("delegation").asText()).isEqualTo("RESOLVED");
        api.approve("finance", id);
        assertThat(api.stepFor("director", id)).contains("DIRECTOR_REVIEW");
    }

    @Test
    void the_drafter_chases_a_plan_waiting_at_its_section_head_once_a_day_and_the_head_is_told() throws Exception {
        long id = submittedPlan(api.plans().fundedLine("staff3", "500000.00"), "80000.00");

        String chased = api.body(api.expect(api.post("staff3", "/api/v1/documents/{id}/chase", Map.of("message", "请尽快审核"), id),
            status().isOk())).path("recipients").toString();
        api.expect(api.post("staff3", "/api/v1/documents/{id}/chase", null, id), status().isConflict());

        assertThat(chased).contains("head3");
        assertThat(api.body(api.expect(api.get("head3", "/api/v1/notifications?limit=500"), status().isOk())).toString())
            .contains("CHASED", "procurement-plans/" + id);
    }

    private long submittedPlan(Funding f, String amount) {
        long id = api.plans().created("staff3", planBody(f.year(), item("GOODS", amount, "INQUIRY", f.lineId(), f.year() + "-05")))
            .path("id").asLong();
        api.plans().submit("staff3", id);
        return id;
    }
}
