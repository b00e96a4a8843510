package cn.nanchang.budgetflow.procurement;

import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.PLANS;
import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.item;
import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.planBody;
import static org.assertj.core.api.Assertions.assertThat;
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
 * A plan's life cycle through the API, with the budget drafts' semantics: edits only while
 * DRAFT or RETURNED and on the current version, withdraw before the 科长 decides, a return sent
 * back to the drafter and resubmitted to the 科长; lists filtered by year, section and status.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProcurementPlanLifecycleApiTest {

    private final ApiClient api;

    ProcurementPlanLifecycleApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
    }

    @Test
    void an_edit_on_a_stale_version_is_refused_and_an_edit_in_review_too() throws Exception {
        Funding f = api.plans().fundedLine("staff2", "500000.00");
        JsonNode plan = api.plans().created("staff2", planBody(f.year(), item("GOODS", "100000.00", "INQUIRY", f.lineId(), f.year() + "-05")));
        long id = plan.path("id").asLong();
        Map<String, Object> edit = planBody(f.year(), item("SERVICES", "120000.00", "INQUIRY", f.lineId(), f.year() + "-06"));
        edit.put("version", plan.path("version").asLong());
        JsonNode edited = api.body(api.expect(api.put("staff2", PLANS + "/{id}", edit, id), status().isOk()));
        assertThat(edited.path("totalAmount").asText()).isEqualTo("120000.00");
        assertThat(edited.path("version").asLong()).isGreaterThan(plan.path("version").asLong());

        api.put("staff2", PLANS + "/{id}", edit, id).andExpect(status().isConflict());
        api.plans().submit("staff2", id);
        edit.put("version", null);
        api.put("staff2", PLANS + "/{id}", edit, id).andExpect(status().isConflict());

        JsonNode now = api.plans().plan("staff2", id);
        assertThat(now.path("items")).isEqualTo(edited.path("items"));
        assertThat(now.path("status").asText()).isEqualTo("IN_REVIEW");
    }

    @Test
    void the_fiscal_year_of_a_plan_cannot_be_changed() throws Exception {
        Funding f = api.plans().fundedLine("staff2", "500000.00");
        Map<String, Object> body = planBody(f.year(), item("GOODS", "100000.00", "INQUIRY", f.lineId(), f.year() + "-05"));
        long id = api.plans().created("staff2", body).path("id").asLong();

        body.put("fiscalYear", f.year() + 1);
        api.put("staff2", PLANS + "/{id}", body, id).andExpect(ProcurementPlanValidationApiTest.rejectedFor("fiscalYear"));
        assertThat(api.plans().plan("staff2", id).path("fiscalYear").asInt()).isEqualTo(f.year());
    }

    @Test
    void a_withdrawn_plan_is_an_editable_draft_and_a_returned_one_goes_back_to_the_section_head() throws Exception {
        Funding f = api.plans().fundedLine("staff2", "500000.00");
        Map<String, Object> body = planBody(f.year(), item("GOODS", "100000.00", "INQUIRY", f.lineId(), f.year() + "-05"));
        long id = api.plans().created("staff2", body).path("id").asLong();
        api.plans().submit("staff2", id);

        JsonNode withdrawn = api.body(api.expect(api.post("staff2", PLANS + "/{id}/withdraw", null, id), status().isOk()));
        assertThat(withdrawn.path("status").asText()).isEqualTo("DRAFT");
        assertThat(api.task("head2", id)).isEmpty();

        api.plans().submit("staff2", id);
        api.approve("head2", id);
        api.post("staff2", PLANS + "/{id}/withdraw", null, id).andExpect(status().isConflict());
        String taskId = api.task("finance", id).orElseThrow().path("taskId").asText();
        api.expect(api.post("finance", "/api/v1/tasks/{t}/decision", Map.of("decision", "RETURN", "comment", "资金来源请核实"),
            taskId), status().isOk());
        assertThat(api.plans().plan("staff2", id).path("status").asText()).isEqualTo("RETURNED");

        api.expect(api.put("staff2", PLANS + "/{id}", body, id), status().isOk());
        assertThat(api.plans().submit("staff2", id).path("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(api.stepFor("head2", id)).contains("SECTION_HEAD_REVIEW");
    }

    @Test
    void lists_are_filtered_by_year_section_and_status_and_carry_the_summary_fields() throws Exception {
        Funding f = api.plans().fundedLine("staff2", "500000.00");
        long draft = api.plans().created("staff2", planBody(f.year(), item("GOODS", "100000.00", "INQUIRY", f.lineId(), f.year() + "-05")))
            .path("id").asLong();
        long submitted = api.plans().created("staff2", planBody(f.year(), item("SERVICES", "20000.00", "INQUIRY", f.lineId(), f.year() + "-07")))
            .path("id").asLong();
        api.plans().submit("staff2", submitted);
        String section = api.plans().plan("staff2", draft).path("section").asText();

        JsonNode inReview = api.body(api.expect(api.get("finance", PLANS + "?fiscalYear={y}&section={s}&status=IN_REVIEW",
            f.year(), section), status().isOk()));
        assertThat(inReview).hasSize(1);
        JsonNode one = inReview.get(0);
        assertThat(one.path("id").asLong()).isEqualTo(submitted);
        assertThat(one.path("number").asText()).startsWith("CG-" + f.year());
        assertThat(one.path("fiscalYear").asInt()).isEqualTo(f.year());
        assertThat(one.path("section").asText()).isEqualTo(section);
        assertThat(one.path("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(one.path("totalAmount").asText()).isEqualTo("20000.00");
        assertThat(one.path("type").asText()).isEqualTo("PROCUREMENT_PLAN");
        assertThat(api.plans().plansOfYear("finance", f.year()).findValuesAsText("id"))
            .containsExactlyInAnyOrder(String.valueOf(draft), String.valueOf(submitted));
        assertThat(api.body(api.get("finance", "/api/v1/budget-drafts?fiscalYear={y}", f.year())).findValuesAsText("type"))
            .containsOnly("BUDGET_DRAFT");
    }
}
