package cn.nanchang.budgetflow.workbench;

import static cn.nanchang.budgetflow.testsupport.ApiClient.TASKS;
import static cn.nanchang.budgetflow.testsupport.DraftBodies.draftBody;
import static cn.nanchang.budgetflow.testsupport.DraftBodies.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.AuditTrail;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every path of the budget-draft approval, walked through the API, leaves exactly the expected
 * audit entries, in order: who (and in which role) did what at which step, with the status before
 * and after. Read back as the auditor sees them, from the merged timeline. Each completed review
 * task of the engine has exactly one decision entry carrying its task id.
 */
@ApiTestContext
class AuditTrailCompletenessApiTest {

    private static final String[] REVIEWERS = {"head2", "finance", "director", "bureau"};
    private static final String[] STEPS = {"SECTION_HEAD_REVIEW", "FINANCE_REVIEW", "DIRECTOR_REVIEW", "BUREAU_REVIEW"};
    private static final String[] ROLES = {"SECTION_HEAD", "FINANCE", "DIRECTOR", "BUREAU"};

    private final ApiClient api;
    private final AuditTrail trail;

    AuditTrailCompletenessApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
        this.trail = new AuditTrail(mvc, json);
    }

    @Test
    void approval_at_every_level_records_creation_submission_and_four_approvals() {
        Draft draft = api.drafts().submitted("staff2");
        api.approveAll(draft.id(), REVIEWERS);

        List<String> expected = new ArrayList<>(List.of(
            entry("CREATE", "staff2", "STAFF", null, null, "DRAFT"),
            entry("SUBMIT", "staff2", "STAFF", null, "DRAFT", "IN_REVIEW")));
        expected.addAll(approvals(0, "APPROVED"));
        assertThat(auditTrail(draft.id())).containsExactlyElementsOf(expected);
        assertEveryCompletedReviewTaskHasOneDecision(draft.id());
    }

    @ParameterizedTest(name = "returned at step {0}")
    @ValueSource(ints = {0, 1, 2, 3})
    void a_return_at_any_step_records_the_return_the_revision_and_the_resubmission_then_the_whole_route_again(int returningStep) {
        Draft draft = api.drafts().submitted("staff2");
        List<String> expected = new ArrayList<>(List.of(
            entry("CREATE", "staff2", "STAFF", null, null, "DRAFT"),
            entry("SUBMIT", "staff2", "STAFF", null, "DRAFT", "IN_REVIEW")));
        for (int i = 0; i < returningStep; i++) {
            api.approve(REVIEWERS[i], draft.id());
            expected.add(entry("APPROVE", REVIEWERS[i], ROLES[i], STEPS[i], "IN_REVIEW", "IN_REVIEW"));
        }
        api.decide(REVIEWERS[returningStep], draft.id(), "RETURN", "请补充测算依据");
        expected.add(entry("RETURN", REVIEWERS[returningStep], ROLES[returningStep], STEPS[returningStep], "IN_REVIEW", "RETURNED"));
        api.drafts().edit("staff2", draft.id(), draftBody(draft.fiscalYear(),
            List.of(line("2010350", "30201", "BASIC_PUBLIC", "9000.00", "办公用品（已补充测算依据）"))));
        expected.add(entry("EDIT", "staff2", "STAFF", null, "RETURNED", "RETURNED"));
        api.drafts().submit("staff2", draft.id());
        expected.add(entry("RESUBMIT", "staff2", "STAFF", null, "RETURNED", "IN_REVIEW"));
        api.approveAll(draft.id(), REVIEWERS);
        expected.addAll(approvals(0, "APPROVED"));

        assertThat(auditTrail(draft.id())).containsExactlyElementsOf(expected);
        assertThat(events(draft.id(), "RETURN").get(0).path("comment").asText()).isEqualTo("请补充测算依据");
        assertEveryCompletedReviewTaskHasOneDecision(draft.id());
    }

    @Test
    void a_withdrawal_records_the_withdrawal_and_a_later_submission_starts_over() {
        Draft draft = api.drafts().submitted("staff2");
        api.drafts().withdraw("staff2", draft.id());
        api.drafts().submit("staff2", draft.id());
        api.approveAll(draft.id(), REVIEWERS);

        List<String> expected = new ArrayList<>(List.of(
            entry("CREATE", "staff2", "STAFF", null, null, "DRAFT"),
            entry("SUBMIT", "staff2", "STAFF", null, "DRAFT", "IN_REVIEW"),
            entry("WITHDRAW", "staff2", "STAFF", null, "IN_REVIEW", "DRAFT"),
            entry("SUBMIT", "staff2", "STAFF", null, "DRAFT", "IN_REVIEW")));
        expected.addAll(approvals(0, "APPROVED"));
        assertThat(auditTrail(draft.id())).containsExactlyElementsOf(expected);
        JsonNode withdrawnTask = tasks(draft.id()).get(0);
        assertThat(withdrawnTask.path("state").asText()).isEqualTo("CANCELLED");
        assertThat(withdrawnTask.path("outcome").asText()).isEqualTo("WITHDRAW");
    }

    @Test
    void claiming_and_giving_back_a_task_are_recorded_before_the_decision() throws Exception {
        Draft draft = api.drafts().submitted("staff2");
        String task = api.taskId("head2", draft.id());
        api.post("head2", TASKS + "/{taskId}/claim", null, task).andExpect(status().isOk());
        api.post("head2", TASKS + "/{taskId}/unclaim", null, task).andExpect(status().isOk());
        api.post("head2", TASKS + "/{taskId}/claim", null, task).andExpect(status().isOk());
        api.approve("head2", draft.id());

        assertThat(auditTrail(draft.id())).containsExactly(
            entry("CREATE", "staff2", "STAFF", null, null, "DRAFT"),
            entry("SUBMIT", "staff2", "STAFF", null, "DRAFT", "IN_REVIEW"),
            entry("CLAIM", "head2", "SECTION_HEAD", "SECTION_HEAD_REVIEW", "IN_REVIEW", "IN_REVIEW"),
            entry("UNCLAIM", "head2", "SECTION_HEAD", "SECTION_HEAD_REVIEW", "IN_REVIEW", "IN_REVIEW"),
            entry("CLAIM", "head2", "SECTION_HEAD", "SECTION_HEAD_REVIEW", "IN_REVIEW", "IN_REVIEW"),
            entry("APPROVE", "head2", "SECTION_HEAD", "SECTION_HEAD_REVIEW", "IN_REVIEW", "IN_REVIEW"));
        JsonNode reviewed = tasks(draft.id()).get(0);
        assertThat(reviewed.path("claimedBy").asText()).isEqualTo("head2");
        assertThat(reviewed.path("completedBy").asText()).isEqualTo("head2");
        assertThat(events(draft.id(), "CLAIM")).allSatisfy(e -> assertThat(e.path("taskId").asText()).isEqualTo(task));
    }

    private static List<String> approvals(int from, String finalStatus) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < REVIEWERS.length; i++) {
            out.add(entry("APPROVE", REVIEWERS[i], ROLES[i], STEPS[i], "IN_REVIEW",
                i == REVIEWERS.length - 1 ? finalStatus : "IN_REVIEW"));
        }
        return out;
    }

    private static String entry(String action, String actor, String role, String step, String before, String after) {
        return AuditTrail.entry(action, actor, role, step, before, after);
    }

    private List<String> auditTrail(long documentId) {
        return trail.entries(documentId);
    }

    private void assertEveryCompletedReviewTaskHasOneDecision(long documentId) {
        trail.assertEveryCompletedReviewTaskHasOneDecision(documentId);
    }

    private List<JsonNode> tasks(long documentId) {
        return trail.tasks(documentId);
    }

    private List<JsonNode> events(long documentId, String action) {
        return trail.events(documentId, action);
    }
}
