package cn.nanchang.budgetflow.project;

import static cn.nanchang.budgetflow.testsupport.AuditTrail.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.AuditTrail;
import cn.nanchang.budgetflow.testsupport.ProjectApplications;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every path of project-application-approval, walked through the API, leaves exactly the
 * expected audit entries, in order: below 50万 straight from the director to the bureau, from
 * 50万 through the 主任办公会, a meeting that does not pass, a return at each step followed by
 * revision and resubmission straight back to the step that returned it (the model's resubmitTo is
 * "returner"; a return by the meeting or the bureau is routed again, so it passes the meeting
 * again), and a withdrawal.
 */
@ApiTestContext
class ProjectApplicationAuditTrailApiTest {

    private static final String STAFF = "staff2";
    private static final String[][] COLLECTIVE_ROUTE = AuditTrail.collectiveRoute("head2");
    private static final String[][] PLAIN_ROUTE = AuditTrail.plainRoute("head2");

    private final ApiClient api;
    private final AuditTrail trail;

    ProjectApplicationAuditTrailApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
        this.trail = new AuditTrail(mvc, json);
    }

    private long submitted(Map<String, Object> body) {
        long id = api.projects().create(STAFF, body).path("id").asLong();
        api.projects().submit(STAFF, id);
        return id;
    }

    private List<String> approve(long id, String[][] route, int from, int to) {
        return AuditTrail.approvals(route, from, to, (reviewer, step) -> api.projects().approveStep(reviewer, step, id));
    }

    @Test
    void a_project_below_the_threshold_records_four_approvals_and_no_collective_decision() {
        long id = submitted(ProjectApplications.applicationOf(ProjectApplications.freshYear(), "499999.99"));
        List<String> expected = AuditTrail.createdAndSubmitted(STAFF);
        expected.addAll(approve(id, PLAIN_ROUTE, 0, 4));

        assertThat(trail.entries(id)).containsExactlyElementsOf(expected);
        trail.assertEveryCompletedReviewTaskHasOneDecision(id);
    }

    @Test
    void a_project_from_the_threshold_records_the_collective_decision_between_director_and_bureau() {
        long id = submitted(ProjectApplications.applicationOf(ProjectApplications.freshYear(), "500000.00"));
        List<String> expected = AuditTrail.createdAndSubmitted(STAFF);
        expected.addAll(approve(id, COLLECTIVE_ROUTE, 0, 5));

        assertThat(trail.entries(id)).containsExactlyElementsOf(expected);
        assertThat(trail.events(id, "COLLECTIVE_DECISION").get(0).path("details").asText()).contains("主任办公会纪要〔2040〕1号");
        trail.assertEveryCompletedReviewTaskHasOneDecision(id);
    }

    @ParameterizedTest(name = "returned at step {0}")
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void a_return_at_any_step_records_return_revision_resubmission_and_the_whole_route_again(int returning) {
        int year = ProjectApplications.freshYear();
        Map<String, Object> body = ProjectApplications.applicationOf(year, "800000.00");
        long id = submitted(body);
        List<String> expected = AuditTrail.createdAndSubmitted(STAFF);
        if (returning > 0) {
            expected.addAll(approve(id, COLLECTIVE_ROUTE, 0, returning));
        }
        String[] step = COLLECTIVE_ROUTE[returning];
        assertThat(api.projects().returnStep(step[0], step[2], id)).isEqualTo("RETURNED");
        expected.add(entry(AuditTrail.decisionAction(step[2], "RETURN"), step[0], step[1], step[2], "IN_REVIEW", "RETURNED"));
        body.put("overview", "补充了绩效目标的测算依据。");
        api.answer(api.put(STAFF, ProjectApplications.APPLICATIONS + "/{id}", body, id), status().isOk());
        expected.add(entry("EDIT", STAFF, "STAFF", null, "RETURNED", "RETURNED"));
        api.projects().submit(STAFF, id);
        expected.add(entry("RESUBMIT", STAFF, "STAFF", null, "RETURNED", "IN_REVIEW"));
        expected.addAll(approve(id, COLLECTIVE_ROUTE, resumesAt(returning), 5));

        assertThat(trail.entries(id)).containsExactlyElementsOf(expected);
        trail.assertEveryCompletedReviewTaskHasOneDecision(id);
    }

    /** Where a resubmission resumes: the returning step, except that the meeting's and the bureau's are re-routed. */
    private static int resumesAt(int returning) {
        return Math.min(returning, 3);
    }

    @Test
    void a_withdrawal_records_the_withdrawal_and_the_next_submission_starts_at_the_section_head() {
        long id = submitted(ProjectApplications.applicationOf(ProjectApplications.freshYear(), "120000.00"));
        api.answer(api.post(STAFF, ProjectApplications.APPLICATIONS + "/{id}/withdraw", null, id), status().isOk());
        api.projects().submit(STAFF, id);
        List<String> expected = AuditTrail.createdAndSubmitted(STAFF);
        expected.add(entry("WITHDRAW", STAFF, "STAFF", null, "IN_REVIEW", "DRAFT"));
        expected.add(entry("SUBMIT", STAFF, "STAFF", null, "DRAFT", "IN_REVIEW"));
        expected.addAll(approve(id, PLAIN_ROUTE, 0, 4));

        assertThat(trail.entries(id)).containsExactlyElementsOf(expected);
        assertThat(trail.tasks(id).get(0).path("outcome").asText()).isEqualTo("WITHDRAW");
    }
}
