package cn.nanchang.budgetflow.procurement;

import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.item;
import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.planBody;
import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ProcurementPlans.Funding;
import cn.nanchang.budgetflow.testsupport.ProcurementPlans;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The route a plan takes after the director, as approval-routing.dmn decides from the plan's
 * items: the 主任办公会 step appears for 单一来源 and for a justified change of method and for
 * nothing else; the bureau reviews plans from the public-tender threshold and routed ones.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProcurementPlanRoutingApiTest {

    private final ApiClient api;

    ProcurementPlanRoutingApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
    }

    /** Creates and submits the plan and has the 科长, finance and the director approve it; returns its id. */
    private long pastTheDirector(String staff, int year, Map<String, Object> body) {
        long id = api.plans().created(staff, body).path("id").asLong();
        assertThat(api.plans().submit(staff, id).path("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(api.stepFor(ProcurementPlans.headOf(staff), id)).contains("SECTION_HEAD_REVIEW");
        api.approve(ProcurementPlans.headOf(staff), id);
        assertThat(api.stepFor("finance", id)).contains("FINANCE_REVIEW");
        api.approve("finance", id);
        assertThat(api.stepFor("director", id)).contains("DIRECTOR_REVIEW");
        api.approve("director", id);
        return id;
    }

    @Test
    void a_plain_inquiry_plan_under_the_public_tender_threshold_is_approved_right_after_the_director() throws Exception {
        Funding f = api.plans().fundedLine("staff3", "3000000.00");

        long id = pastTheDirector("staff3", f.year(), planBody(f.year(),
            item("GOODS", "1200000.00", "INQUIRY", f.lineId(), f.year() + "-04"),
            item("SERVICES", "799999.99", "INQUIRY", f.lineId(), f.year() + "-05")));

        assertThat(api.plans().plan("staff3", id).path("status").asText()).isEqualTo("APPROVED");
        assertThat(api.task("director", id)).isEmpty();
        assertThat(api.task("bureau", id)).isEmpty();
        assertThat(actions(id)).doesNotContain("COLLECTIVE_DECISION")
            .containsSubsequence("SUBMIT", "APPROVE", "APPROVE", "APPROVE");
    }

    @Test
    void a_public_tender_plan_from_the_threshold_goes_to_the_bureau_without_a_collective_decision() throws Exception {
        Funding f = api.plans().fundedLine("staff3", "3000000.00");

        long id = pastTheDirector("staff3", f.year(), planBody(f.year(),
            item("SERVICES", "2000000.00", "PUBLIC_TENDER", f.lineId(), f.year() + "-06")));

        assertThat(api.task("director", id)).isEmpty();
        assertThat(api.stepFor("bureau", id)).contains("BUREAU_REVIEW");
        assertThat(api.approve("bureau", id)).isEqualTo("APPROVED");
        assertThat(actions(id)).doesNotContain("COLLECTIVE_DECISION");
    }

    @Test
    void a_single_source_item_sends_even_a_small_plan_to_the_collective_decision_and_then_the_bureau() throws Exception {
        Funding f = api.plans().fundedLine("staff3", "3000000.00");

        long id = pastTheDirector("staff3", f.year(), planBody(f.year(),
            item("GOODS", "1500000.00", "INQUIRY", f.lineId(), f.year() + "-04"),
            item("SERVICES", "300000.00", "SINGLE_SOURCE", f.lineId(), f.year() + "-05")));

        assertThat(api.plans().plan("staff3", id).path("routingMethod").asText()).isEqualTo("单一来源");
        assertThat(api.stepFor("director", id)).contains("COLLECTIVE_DECISION");
        assertThat(api.task("bureau", id)).isEmpty();
        assertThat(api.plans().collective(id, true)).isEqualTo("IN_REVIEW");
        assertThat(api.stepFor("bureau", id)).contains("BUREAU_REVIEW");
        assertThat(api.approve("bureau", id)).isEqualTo("APPROVED");
        assertThat(actions(id)).containsSubsequence("APPROVE", "COLLECTIVE_DECISION", "APPROVE");
    }

    @Test
    void a_justified_change_of_method_goes_to_the_collective_decision_which_may_send_it_back() throws Exception {
        Funding f = api.plans().fundedLine("staff3", "3000000.00");

        long id = pastTheDirector("staff3", f.year(), planBody(f.year(), with(
            item("GOODS", "2500000.00", "COMPETITIVE_NEGOTIATION", f.lineId(), f.year() + "-07"),
            "methodChangeJustification", "招标后没有供应商投标，拟改为竞争性谈判")));

        JsonNode plan = api.plans().plan("staff3", id);
        assertThat(plan.path("routingMethod").asText()).isEqualTo("竞争性谈判");
        assertThat(plan.path("methodChanged").asBoolean()).isTrue();
        assertThat(api.stepFor("director", id)).contains("COLLECTIVE_DECISION");
        assertThat(api.plans().collective(id, false)).isEqualTo("RETURNED");
        assertThat(api.task("bureau", id)).isEmpty();
    }

    @Test
    void the_largest_items_method_routes_a_plan_without_single_source() throws Exception {
        Funding f = api.plans().fundedLine("staff3", "5000000.00");

        long id = pastTheDirector("staff3", f.year(), planBody(f.year(),
            item("GOODS", "100000.00", "INQUIRY", f.lineId(), f.year() + "-04"),
            item("WORKS", "2400000.00", "INVITED_TENDER", f.lineId(), f.year() + "-05")));

        assertThat(api.plans().plan("staff3", id).path("routingMethod").asText()).isEqualTo("邀请招标");
        assertThat(api.task("director", id)).isEmpty();
        assertThat(api.stepFor("bureau", id)).contains("BUREAU_REVIEW");
    }

    private List<String> actions(long id) {
        JsonNode history = api.body(api.expect(api.get("staff3", "/api/v1/documents/{id}/history", id), status().isOk()));
        return StreamSupport.stream(history.spliterator(), false).map(e -> e.path("action").asText()).toList();
    }
}
