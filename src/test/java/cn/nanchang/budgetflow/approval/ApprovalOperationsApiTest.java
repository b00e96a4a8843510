package cn.nanchang.budgetflow.approval;

import static cn.nanchang.budgetflow.testsupport.ApiClient.TASKS;
import static cn.nanchang.budgetflow.testsupport.ApiExpectations.error;
import static cn.nanchang.budgetflow.testsupport.ApiExpectations.rejectedFor;
import static cn.nanchang.budgetflow.testsupport.BudgetDrafts.DRAFTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import cn.nanchang.budgetflow.testsupport.DraftBodies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 退回 to an earlier step, 撤回 of one's approval and 作废 over the API on budget drafts: what
 * each does, that each is refused to everyone else, and that each lands in the history with its
 * reason. (Projects and procurement plans: their own *OperationsApiTest.)
 */
@ApiTestContext
class ApprovalOperationsApiTest {

    private static final String DOCUMENTS = "/api/v1/documents";

    private final ApiClient api;

    ApprovalOperationsApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
    }

    @Test
    void the_director_returns_a_draft_to_finance_which_reviews_it_again_while_it_stays_in_review() throws Exception {
        Draft draft = api.drafts().submitted("staff5");
        api.approveAll(draft.id(), "head5", "finance");
        String taskId = api.taskId("director", draft.id());

        JsonNode targets = api.body(api.get("director", TASKS + "/{t}/return-targets", taskId).andExpect(status().isOk()));
        assertThat(StreamSupport.stream(targets.spliterator(), false).map(t -> t.path("step").asText()))
            .containsExactly("REVISE", "SECTION_HEAD_REVIEW", "FINANCE_REVIEW");
        JsonNode answer = api.body(api.post("director", TASKS + "/{t}/decision",
            Map.of("decision", "RETURN", "comment", "请核对会议费", "returnTo", "FINANCE_REVIEW"), taskId)
            .andExpect(status().isOk()));

        assertThat(answer.path("documentStatus").asText()).isEqualTo("IN_REVIEW");
        assertThat(api.task("finance", draft.id())).get().extracting(t -> t.path("step").asText()).isEqualTo("FINANCE_REVIEW");
        assertThat(api.task("director", draft.id())).isEmpty();
        JsonNode last = lastHistoryEntry("staff5", draft.id());
        assertThat(last.path("action").asText()).isEqualTo("RETURN_TO_STEP");
        assertThat(last.path("step").asText()).isEqualTo("DIRECTOR_REVIEW");
        assertThat(last.path("comment").asText()).isEqualTo("请核对会议费");
        assertThat(last.path("details").asText()).isEqualTo("退回至：财务审核");
        JsonNode sheet = api.body(api.get("staff5", "/api/v1/audit/documents/{id}/approval-sheet", draft.id())
            .andExpect(status().isOk()));
        assertThat(sheet.path("steps").findValuesAsText("action")).endsWith("RETURN_TO_STEP");
    }

    @Test
    void a_return_to_a_step_not_yet_passed_or_with_an_approval_is_refused_naming_return_to() throws Exception {
        Draft draft = api.drafts().submitted("staff5");
        api.approve("head5", draft.id());
        String taskId = api.taskId("finance", draft.id());

        api.post("finance", TASKS + "/{t}/decision", Map.of("decision", "RETURN", "comment", "x", "returnTo", "DIRECTOR_REVIEW"),
            taskId).andExpect(rejectedFor("returnTo"));
        api.post("finance", TASKS + "/{t}/decision", Map.of("decision", "APPROVE", "returnTo", "SECTION_HEAD_REVIEW"),
            taskId).andExpect(rejectedFor("returnTo"));
        api.post("finance", TASKS + "/{t}/decision", Map.of("decision", "RETURN", "returnTo", "SECTION_HEAD_REVIEW"),
            taskId).andExpect(rejectedFor("comment"));

        assertThat(api.task("finance", draft.id())).isPresent();
        assertThat(api.drafts().statusOf("staff5", draft.id())).isEqualTo("IN_REVIEW");
    }

    @Test
    void someone_without_the_task_cannot_see_its_return_targets() throws Exception {
        Draft draft = api.drafts().submitted("staff5");
        String taskId = api.taskId("head5", draft.id());

        api.get("head4", TASKS + "/{t}/return-targets", taskId).andExpect(error(404));
        api.get("auditor", TASKS + "/{t}/return-targets", taskId).andExpect(error(403));
    }

    @Test
    void an_approver_withdraws_an_approval_with_a_reason_and_the_task_comes_back_to_them() throws Exception {
        Draft draft = api.drafts().submitted("staff5");
        api.approve("head5", draft.id());
        assertThat(operations("head5", draft.id()).path("withdrawableApproval").asText()).isEqualTo("SECTION_HEAD_REVIEW");
        assertThat(operations("finance", draft.id()).path("withdrawableApproval").isNull()).isTrue();

        api.post("head5", DOCUMENTS + "/{id}/withdraw-approval", Map.of("reason", " "), draft.id()).andExpect(rejectedFor("reason"));
        api.post("head5", DOCUMENTS + "/{id}/withdraw-approval", Map.of("reason", "金额需再核"), draft.id())
            .andExpect(status().isOk());

        assertThat(api.task("head5", draft.id())).get().satisfies(t -> {
            assertThat(t.path("step").asText()).isEqualTo("SECTION_HEAD_REVIEW");
            assertThat(t.path("assignee").asText()).isEqualTo("head5");
        });
        assertThat(api.task("finance", draft.id())).isEmpty();
        JsonNode last = lastHistoryEntry("staff5", draft.id());
        assertThat(last.path("action").asText()).isEqualTo("WITHDRAW_APPROVAL");
        assertThat(last.path("comment").asText()).isEqualTo("金额需再核");
        assertThat(last.path("actor").asText()).isEqualTo("head5");
    }

    @Test
    void only_the_approver_may_withdraw_and_only_until_the_next_step_claims_the_task() throws Exception {
        Draft draft = api.drafts().submitted("staff5");
        api.approve("head5", draft.id());
        Map<String, String> reason = Map.of("reason", "想撤回");

        api.post("finance", DOCUMENTS + "/{id}/withdraw-approval", reason, draft.id()).andExpect(error(409));
        api.post("staff5", DOCUMENTS + "/{id}/withdraw-approval", reason, draft.id()).andExpect(error(403));
        api.post("auditor", DOCUMENTS + "/{id}/withdraw-approval", reason, draft.id()).andExpect(error(403));
        api.post("head4", DOCUMENTS + "/{id}/withdraw-approval", reason, draft.id()).andExpect(error(404));
        api.post("finance", TASKS + "/{t}/claim", null, api.taskId("finance", draft.id())).andExpect(status().isOk());
        api.post("head5", DOCUMENTS + "/{id}/withdraw-approval", reason, draft.id()).andExpect(error(409));

        assertThat(api.task("finance", draft.id())).isPresent();
    }

    @Test
    void the_drafter_voids_a_draft_in_review_with_a_reason_and_nothing_more_can_happen_to_it() throws Exception {
        Draft draft = api.drafts().submitted("staff5");
        api.approve("head5", draft.id());

        api.post("staff5", DOCUMENTS + "/{id}/void", Map.of("reason", ""), draft.id()).andExpect(rejectedFor("reason"));
        api.post("head5", DOCUMENTS + "/{id}/void", Map.of("reason", "不再需要"), draft.id()).andExpect(error(403));
        api.post("staff4", DOCUMENTS + "/{id}/void", Map.of("reason", "不再需要"), draft.id()).andExpect(error(404));
        api.post("auditor", DOCUMENTS + "/{id}/void", Map.of("reason", "不再需要"), draft.id()).andExpect(error(403));
        JsonNode answer = api.body(api.post("staff5", DOCUMENTS + "/{id}/void", Map.of("reason", "年度预算改由综合科统一编报"),
            draft.id()).andExpect(status().isOk()));

        assertThat(answer.path("status").asText()).isEqualTo("VOIDED");
        assertThat(api.drafts().statusOf("staff5", draft.id())).isEqualTo("VOIDED");
        assertThat(api.task("finance", draft.id())).isEmpty();
        api.post("staff5", DRAFTS + "/{id}/submit", null, draft.id()).andExpect(error(409));
        api.post("staff5", DOCUMENTS + "/{id}/void", Map.of("reason", "再次"), draft.id()).andExpect(error(409));
        assertThat(operations("staff5", draft.id()).path("canVoid").asBoolean()).isFalse();
        JsonNode last = lastHistoryEntry("auditor", draft.id());
        assertThat(last.path("action").asText()).isEqualTo("VOID");
        assertThat(last.path("comment").asText()).isEqualTo("年度预算改由综合科统一编报");
        assertThat(last.path("statusBefore").asText()).isEqualTo("IN_REVIEW");
        assertThat(last.path("statusAfter").asText()).isEqualTo("VOIDED");
        assertThat(api.ids(api.body(api.get("staff5", DOCUMENTS + "?status=VOIDED&limit=500").andExpect(status().isOk()))))
            .contains(draft.id());
    }

    @Test
    void a_voided_draft_frees_its_section_and_year_for_a_new_draft_and_an_approved_one_cannot_be_voided() throws Exception {
        Draft voided = api.drafts().create("staff5");
        api.post("staff5", DOCUMENTS + "/{id}/void", Map.of("reason", "重新编制"), voided.id()).andExpect(status().isOk());
        Draft again = api.drafts().create("staff5", voided.fiscalYear(), List.of(DraftBodies.officeSupplies()));
        api.drafts().submit("staff5", again.id());
        api.approveAll(again.id(), "head5", "finance", "director", "bureau");

        api.post("staff5", DOCUMENTS + "/{id}/void", Map.of("reason", "已批复后作废"), again.id()).andExpect(error(409));
        assertThat(api.drafts().statusOf("staff5", again.id())).isEqualTo("APPROVED");
    }

    private JsonNode operations(String user, long id) throws Exception {
        return api.body(api.get(user, DOCUMENTS + "/{id}/operations", id).andExpect(status().isOk()));
    }

    private JsonNode lastHistoryEntry(String user, long id) throws Exception {
        JsonNode history = api.history(user, id);
        return history.get(history.size() - 1);
    }
}
