package cn.nanchang.budgetflow.approval;

import static cn.nanchang.budgetflow.testsupport.ApiClient.TASKS;
import static cn.nanchang.budgetflow.testsupport.ApiExpectations.error;
import static cn.nanchang.budgetflow.testsupport.ApiExpectations.rejectedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.organization.UserDirectory;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.SecondFinanceUser;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import cn.nanchang.budgetflow.testsupport.HistoryLookup;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 加签 before and after oneself and 减签 over the API on budget drafts: where the added signer's
 * task goes, where the approval resumes, the refusals, and the history entries.
 */
@ApiTestContext
class AddedSignerApiTest {

    private static final String DOCUMENTS = "/api/v1/documents";

    private final ApiClient api;

    AddedSignerApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired UserDirectory directory,
            @Autowired PasswordEncoder encoder) {
        this.api = new ApiClient(mvc, json);
        SecondFinanceUser.ensure(directory, encoder);
    }

    @Test
    void a_signer_added_before_finance_reviews_first_and_the_task_then_comes_back_to_finance() throws Exception {
        Draft draft = atFinance();
        String taskId = api.taskId("finance", draft.id());

        api.post("finance", TASKS + "/{t}/add-signer", Map.of("target", "director", "position", "BEFORE", "reason", "请主任先把关"),
            taskId).andExpect(status().isOk());

        JsonNode added = api.task("director", draft.id()).orElseThrow();
        assertThat(added.path("step").asText()).isEqualTo("ADDED_SIGNER_REVIEW");
        assertThat(added.path("assignee").asText()).isEqualTo("director");
        assertThat(api.task("finance", draft.id())).isEmpty();
        assertThat(api.body(api.get("finance", DOCUMENTS + "/{id}/removable-signer", draft.id())).path("signer").asText())
            .isEqualTo(HistoryLookup.displayName(api, "director"));
        assertThat(api.approve("director", draft.id())).isEqualTo("IN_REVIEW");
        assertThat(api.task("finance", draft.id())).get().extracting(t -> t.path("step").asText()).isEqualTo("FINANCE_REVIEW");
        JsonNode entry = HistoryLookup.lastOf(api, "staff4", draft.id(), "ADD_SIGNER");
        assertThat(entry.path("comment").asText()).isEqualTo("请主任先把关");
        assertThat(entry.path("details").asText()).isEqualTo("前加签：" + HistoryLookup.displayName(api, "director"));
    }

    @Test
    void a_signer_added_after_finance_signs_after_finances_approval_and_before_the_director() throws Exception {
        Draft draft = atFinance();
        String taskId = api.taskId("finance", draft.id());

        // head4 decided 科长审核 and may decide no other step of this approval (不相容岗位分离)
        api.post("finance", TASKS + "/{t}/add-signer", Map.of("target", "head4", "position", "AFTER", "reason", "请科长会签"),
            taskId).andExpect(rejectedFor("target"));
        api.post("finance", TASKS + "/{t}/add-signer", Map.of("target", "bureau", "position", "AFTER", "reason", "请数据局会签"),
            taskId).andExpect(status().isOk());

        assertThat(api.task("bureau", draft.id())).get().extracting(t -> t.path("step").asText()).isEqualTo("ADDED_SIGNER_REVIEW");
        // the added signer hears of the task as of any new one
        assertThat(api.body(api.get("bureau", "/api/v1/notifications?limit=500").andExpect(status().isOk())).toString())
            .contains("TASK_ARRIVED", "加签审核", "budget-drafts/" + draft.id());
        assertThat(api.task("director", draft.id())).isEmpty();
        assertThat(HistoryLookup.lastOf(api, "staff4", draft.id(), "APPROVE").path("actor").asText()).isEqualTo("finance");
        api.approve("bureau", draft.id());
        assertThat(api.task("director", draft.id())).get().extracting(t -> t.path("step").asText()).isEqualTo("DIRECTOR_REVIEW");
    }

    @Test
    void the_one_who_added_a_signer_removes_them_before_they_act_and_nobody_else_can() throws Exception {
        Draft draft = atFinance();
        api.post("finance", TASKS + "/{t}/add-signer", Map.of("target", "director", "position", "BEFORE", "reason", "请主任把关"),
            api.taskId("finance", draft.id())).andExpect(status().isOk());
        String remove = DOCUMENTS + "/{id}/remove-signer";

        api.post("head4", remove, Map.of("reason", "x"), draft.id()).andExpect(error(409));
        api.post("auditor", remove, Map.of("reason", "x"), draft.id()).andExpect(error(403));
        api.post("head3", remove, Map.of("reason", "x"), draft.id()).andExpect(error(404));
        api.post("finance", remove, Map.of("reason", ""), draft.id()).andExpect(rejectedFor("reason"));
        api.post("finance", remove, Map.of("reason", "主任出差"), draft.id()).andExpect(status().isOk());

        assertThat(api.task("director", draft.id())).isEmpty();
        assertThat(api.task("finance", draft.id())).get().extracting(t -> t.path("step").asText()).isEqualTo("FINANCE_REVIEW");
        assertThat(HistoryLookup.lastOf(api, "staff4", draft.id(), "REMOVE_SIGNER").path("comment").asText()).isEqualTo("主任出差");
    }

    @Test
    void an_ineligible_signer_a_missing_position_or_reason_and_a_signer_after_the_last_step_are_refused() throws Exception {
        Draft draft = atFinance();
        String taskId = api.taskId("finance", draft.id());
        String add = TASKS + "/{t}/add-signer";

        api.post("finance", add, Map.of("target", "staff4", "position", "BEFORE", "reason", "x"), taskId).andExpect(rejectedFor("target"));
        api.post("finance", add, Map.of("target", "head3", "position", "BEFORE", "reason", "x"), taskId).andExpect(rejectedFor("target"));
        api.post("finance", add, Map.of("target", "director", "reason", "x"), taskId).andExpect(rejectedFor("position"));
        api.post("finance", add, Map.of("target", "director", "position", "BEFORE"), taskId).andExpect(rejectedFor("reason"));
        api.post("auditor", add, Map.of("target", "director", "position", "BEFORE", "reason", "x"), taskId).andExpect(error(403));
        api.approveAll(draft.id(), "finance", "director");
        String bureauTask = api.taskId("bureau", draft.id());

        // the director decided 中心主任审批 and may sign for no other step (不相容岗位分离); finance2 has decided nothing
        api.post("bureau", add, Map.of("target", "director", "position", "AFTER", "reason", "会签"), bureauTask)
            .andExpect(rejectedFor("target"));
        api.post("bureau", add, Map.of("target", SecondFinanceUser.USERNAME, "position", "AFTER", "reason", "会签"), bureauTask)
            .andExpect(error(409));

        assertThat(api.drafts().statusOf("staff4", draft.id())).isEqualTo("IN_REVIEW");
        assertThat(api.taskId("bureau", draft.id())).isEqualTo(bureauTask);
        assertThat(api.history("staff4", draft.id()).findValuesAsText("action")).doesNotContain("ADD_SIGNER");
    }

    private Draft atFinance() {
        Draft draft = api.drafts().submitted("staff4");
        api.approve("head4", draft.id());
        return draft;
    }
}
