package cn.nanchang.budgetflow.procurement;

import static cn.nanchang.budgetflow.testsupport.AuditTrail.entry;
import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.item;
import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.planBody;
import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.AuditTrail;
import cn.nanchang.budgetflow.testsupport.ProcurementPlans;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every path of procurement-plan-approval, walked through the API, leaves exactly the expected
 * audit entries, in order: the center alone below the public tender threshold, the bureau from
 * it, the 主任办公会 and the bureau for 单一来源, a meeting that does not pass, a return at each
 * step followed by revision and resubmission from the 科长, and a withdrawal.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProcurementPlanAuditTrailApiTest {

    private static final String STAFF = "staff6";
    private static final String[][] COLLECTIVE_ROUTE = AuditTrail.collectiveRoute("head6");
    private static final String[][] PLAIN_ROUTE = AuditTrail.plainRoute("head6");

    private static ProcurementPlans.Funding funding;

    private final ApiClient api;
    private final AuditTrail trail;

    ProcurementPlanAuditTrailApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
        this.trail = new AuditTrail(mvc, json);
    }

    /** One approved line, large enough for every plan of this class. */
    private ProcurementPlans.Funding funding() {
        if (funding == null) {
            funding = api.plans().fundedLine(STAFF, "90000000.00");
        }
        return funding;
    }

    private long submitted(Map<String, Object> item) {
        long id = api.plans().created(STAFF, planBody(funding().year(), item)).path("id").asLong();
        api.plans().submit(STAFF, id);
        return id;
    }

    private Map<String, Object> singleSource() {
        return item("SERVICES", "300000.00", "SINGLE_SOURCE", funding().lineId(), funding().year() + "-05");
    }

    private List<String> approve(long id, String[][] route, int from, int to) {
        return AuditTrail.approvals(route, from, to, (reviewer, step) -> api.plans().approveStep(reviewer, step, id));
    }

    @Test
    void a_small_inquiry_plan_is_approved_by_the_director_and_records_three_approvals() {
        long id = submitted(item("GOODS", "120000.00", "INQUIRY", funding().lineId(), funding().year() + "-04"));
        List<String> expected = AuditTrail.createdAndSubmitted(STAFF);
        expected.addAll(approve(id, COLLECTIVE_ROUTE, 0, 3));

        assertThat(trail.entries(id)).containsExactlyElementsOf(expected);
        assertThat(expected.get(4)).isEqualTo(entry("APPROVE", "director", "DIRECTOR", "DIRECTOR_REVIEW", "IN_REVIEW", "APPROVED"));
        trail.assertEveryCompletedReviewTaskHasOneDecision(id);
    }

    @Test
    void a_public_tender_plan_adds_the_bureaus_approval_and_no_collective_decision() {
        long id = submitted(item("SERVICES", "2000000.00", "PUBLIC_TENDER", funding().lineId(), funding().year() + "-06"));
        List<String> expected = AuditTrail.createdAndSubmitted(STAFF);
        expected.addAll(approve(id, PLAIN_ROUTE, 0, 4));

        assertThat(trail.entries(id)).containsExactlyElementsOf(expected);
        assertThat(expected.get(4)).endsWith("IN_REVIEW");
        assertThat(expected.get(5)).endsWith("APPROVED");
        trail.assertEveryCompletedReviewTaskHasOneDecision(id);
    }

    @Test
    void a_single_source_plan_records_the_collective_decision_with_its_meeting_between_director_and_bureau() {
        long id = submitted(singleSource());
        List<String> expected = AuditTrail.createdAndSubmitted(STAFF);
        expected.addAll(approve(id, COLLECTIVE_ROUTE, 0, 5));

        assertThat(trail.entries(id)).containsExactlyElementsOf(expected);
        assertThat(trail.events(id, "COLLECTIVE_DECISION").get(0).path("details").asText()).contains("主任办公会纪要〔2024〕3号");
        trail.assertEveryCompletedReviewTaskHasOneDecision(id);
    }

    @ParameterizedTest(name = "returned at step {0}")
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void a_return_at_any_step_records_return_revision_resubmission_and_the_whole_route_again(int returning) {
        long id = submitted(singleSource());
        List<String> expected = AuditTrail.createdAndSubmitted(STAFF);
        if (returning > 0) {
            expected.addAll(approve(id, COLLECTIVE_ROUTE, 0, returning));
        }
        String[] step = COLLECTIVE_ROUTE[returning];
        assertThat(api.plans().returnStep(step[0], step[2], id)).isEqualTo("RETURNED");
        expected.add(entry(AuditTrail.decisionAction(step[2], "RETURN"), step[0], step[1], step[2], "IN_REVIEW", "RETURNED"));
        api.expect(api.put(STAFF, ProcurementPlans.PLANS + "/{id}", planBody(funding().year(),
            with(singleSource(), "amount", "280000.00")), id), status().isOk());
        expected.add(entry("EDIT", STAFF, "STAFF", null, "RETURNED", "RETURNED"));
        api.plans().submit(STAFF, id);
        expected.add(entry("RESUBMIT", STAFF, "STAFF", null, "RETURNED", "IN_REVIEW"));
        expected.addAll(approve(id, COLLECTIVE_ROUTE, 0, 5));

        assertThat(trail.entries(id)).containsExactlyElementsOf(expected);
        trail.assertEveryCompletedReviewTaskHasOneDecision(id);
    }

    @Test
    void a_withdrawal_records_the_withdrawal_and_the_next_submission_starts_at_the_section_head() {
        long id = submitted(singleSource());
        api.expect(api.post(STAFF, ProcurementPlans.PLANS + "/{id}/withdraw", null, id), status().isOk());
        api.plans().submit(STAFF, id);
        List<String> expected = AuditTrail.createdAndSubmitted(STAFF);
        expected.add(entry("WITHDRAW", STAFF, "STAFF", null, "IN_REVIEW", "DRAFT"));
        expected.add(entry("SUBMIT", STAFF, "STAFF", null, "DRAFT", "IN_REVIEW"));
        expected.addAll(approve(id, COLLECTIVE_ROUTE, 0, 5));

        assertThat(trail.entries(id)).containsExactlyElementsOf(expected);
        assertThat(trail.tasks(id).get(0).path("outcome").asText()).isEqualTo("WITHDRAW");
    }
}
