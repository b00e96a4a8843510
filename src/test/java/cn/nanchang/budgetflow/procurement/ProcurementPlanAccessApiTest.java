package cn.nanchang.budgetflow.procurement;

import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.PLANS;
import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.item;
import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.planBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ProcurementPlans.Funding;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may see and act on plans: another section's plan is answered like a missing one; the
 * auditor reads everything and acts on nothing; only 科员 file plans.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProcurementPlanAccessApiTest {

    private final ApiClient api;

    ProcurementPlanAccessApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
    }

    private record Filed(Funding funding, long id, Map<String, Object> body) {
    }

    private Filed filed(String staff) {
        Funding f = api.plans().fundedLine(staff, "500000.00");
        Map<String, Object> body = planBody(f.year(), item("GOODS", "100000.00", "INQUIRY", f.lineId(), f.year() + "-05"));
        return new Filed(f, api.plans().created(staff, body).path("id").asLong(), body);
    }

    @Test
    void another_sections_plan_is_answered_like_a_missing_one() throws Exception {
        Filed plan = filed("staff5");

        api.get("staff6", PLANS + "/{id}", plan.id()).andExpect(status().isNotFound()).andExpect(jsonPath("$.status").value(404));
        api.get("head6", PLANS + "/{id}", plan.id()).andExpect(status().isNotFound());
        api.get("staff6", PLANS + "/{id}/intentions", plan.id()).andExpect(status().isNotFound());
        api.put("staff6", PLANS + "/{id}", plan.body(), plan.id()).andExpect(status().isNotFound());
        api.post("staff6", PLANS + "/{id}/submit", null, plan.id()).andExpect(status().isNotFound());
        api.post("staff6", PLANS + "/{id}/withdraw", null, plan.id()).andExpect(status().isNotFound());
        api.get("staff6", PLANS + "/{id}", 987654321L).andExpect(status().isNotFound());

        assertThat(api.plans().plansOfYear("staff6", plan.funding().year())).isEmpty();
        assertThat(api.body(api.get("staff6", PLANS + "?section={s}", "staff5-section-does-not-matter"))).isEmpty();
        assertThat(api.plans().plan("staff5", plan.id()).path("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void another_sections_approved_lines_are_not_offered() throws Exception {
        Filed plan = filed("staff5");
        String section5 = api.plans().plan("staff5", plan.id()).path("section").asText();

        JsonNode asked = api.body(api.get("staff6", "/api/v1/budget-lines/approved?fiscalYear={y}&section={s}",
            plan.funding().year(), section5));
        assertThat(asked).isEmpty();
        JsonNode auditorView = api.body(api.get("auditor", "/api/v1/budget-lines/approved?fiscalYear={y}&section={s}",
            plan.funding().year(), section5));
        assertThat(auditorView.findValuesAsText("id")).contains(String.valueOf(plan.funding().lineId()));
    }

    @Test
    void the_auditor_reads_every_plan_and_acts_on_none() throws Exception {
        Filed plan = filed("staff5");

        assertThat(api.plans().plan("auditor", plan.id()).path("number").asText()).startsWith("CG-");
        api.expect(api.get("auditor", PLANS + "/{id}/intentions", plan.id()), status().isOk());
        assertThat(api.plans().plansOfYear("auditor", plan.funding().year()).findValuesAsText("id"))
            .containsExactly(String.valueOf(plan.id()));
        api.post("auditor", PLANS, plan.body()).andExpect(status().isForbidden()).andExpect(jsonPath("$.status").value(403));
        api.put("auditor", PLANS + "/{id}", plan.body(), plan.id()).andExpect(status().isForbidden());
        api.post("auditor", PLANS + "/{id}/submit", null, plan.id()).andExpect(status().isForbidden());
        api.post("auditor", PLANS + "/{id}/withdraw", null, plan.id()).andExpect(status().isForbidden());

        assertThat(api.plans().plansOfYear("staff5", plan.funding().year())).hasSize(1);
        assertThat(api.plans().plan("staff5", plan.id()).path("status").asText()).isEqualTo("DRAFT");
        assertThat(api.plans().plan("staff5", plan.id()).path("version").asLong()).isZero();
    }

    @Test
    void the_section_head_reads_the_sections_plans_but_files_none() throws Exception {
        Filed plan = filed("staff5");

        assertThat(api.plans().plan("head5", plan.id()).path("id").asLong()).isEqualTo(plan.id());
        api.post("head5", PLANS, plan.body()).andExpect(status().isForbidden());
        api.post("head5", PLANS + "/{id}/submit", null, plan.id()).andExpect(status().isForbidden());
        api.post("admin", PLANS, plan.body()).andExpect(status().isForbidden());
        api.get("admin", PLANS + "/{id}", plan.id()).andExpect(status().isForbidden());
        assertThat(api.plans().plansOfYear("staff5", plan.funding().year())).hasSize(1);
    }
}
