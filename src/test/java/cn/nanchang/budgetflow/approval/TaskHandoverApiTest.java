package cn.nanchang.budgetflow.approval;

import static cn.nanchang.budgetflow.testsupport.ApiClient.TASKS;
import static cn.nanchang.budgetflow.testsupport.ApiExpectations.error;
import static cn.nanchang.budgetflow.testsupport.ApiExpectations.rejectedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.organization.UserDirectory;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import cn.nanchang.budgetflow.testsupport.HistoryLookup;
import cn.nanchang.budgetflow.testsupport.SecondFinanceUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 转办 and 委派 over the API on budget drafts: who may receive a task, what each does to the inbox
 * and the approval, the refusals, and the history entries with their reasons. (Projects and
 * procurement plans: their *OperationsApiTest.)
 */
@ApiTestContext
class TaskHandoverApiTest {

    private final ApiClient api;
    private String secondFinance;

    TaskHandoverApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
    }

    @BeforeEach
    void aSecondFinanceUser(@Autowired UserDirectory directory, @Autowired PasswordEncoder encoder) {
        secondFinance = SecondFinanceUser.ensure(directory, encoder);
    }

    @Test
    void finance_transfers_a_task_to_another_finance_member_who_approves_it_and_the_history_says_so() throws Exception {
        Draft draft = api.drafts().submitted("staff4");
        api.approve("head4", draft.id());
        String taskId = api.taskId("finance", draft.id());

        assertThat(usernames(api.body(api.get("finance", TASKS + "/{t}/transfer-targets", taskId).andExpect(status().isOk()))))
            .contains(secondFinance).doesNotContain("finance", "staff4", "director", "head4", "auditor");
        api.post("finance", TASKS + "/{t}/transfer", Map.of("target", secondFinance, "reason", "本人休假"), taskId)
            .andExpect(status().isOk());

        assertThat(api.task(secondFinance, draft.id())).get().extracting(t -> t.path("assignee").asText()).isEqualTo(secondFinance);
        assertThat(api.task("finance", draft.id())).isEmpty();
        assertThat(api.approve(secondFinance, draft.id())).isEqualTo("IN_REVIEW");
        assertThat(api.task("director", draft.id())).isPresent();
        JsonNode transfer = HistoryLookup.lastOf(api, "staff4", draft.id(), "TRANSFER");
        assertThat(transfer.path("actor").asText()).isEqualTo("finance");
        assertThat(transfer.path("step").asText()).isEqualTo("FINANCE_REVIEW");
        assertThat(transfer.path("comment").asText()).isEqualTo("本人休假");
        assertThat(transfer.path("details").asText()).isEqualTo("转办给：财务乙");
        assertThat(notices(secondFinance)).contains("TRANSFERRED", "budget-drafts/" + draft.id());
    }

    /** The person's notifications, as one text to search. */
    private String notices(String user) throws Exception {
        return api.body(api.get(user, "/api/v1/notifications?limit=500").andExpect(status().isOk())).toString();
    }

    @Test
    void a_transfer_to_someone_outside_the_group_without_a_reason_or_by_someone_not_holding_the_task_is_refused()
            throws Exception {
        Draft draft = api.drafts().submitted("staff4");
        api.approve("head4", draft.id());
        String taskId = api.taskId("finance", draft.id());
        String transfer = TASKS + "/{t}/transfer";

        api.post("finance", transfer, Map.of("target", "director", "reason", "x"), taskId).andExpect(rejectedFor("target"));
        api.post("finance", transfer, Map.of("target", "finance", "reason", "x"), taskId).andExpect(rejectedFor("target"));
        api.post("finance", transfer, Map.of("target", "staff4", "reason", "x"), taskId).andExpect(rejectedFor("target"));
        api.post("finance", transfer, Map.of("reason", "x"), taskId).andExpect(rejectedFor("target"));
        api.post("finance", transfer, Map.of("target", secondFinance, "reason", " "), taskId).andExpect(rejectedFor("reason"));
        api.post("head3", transfer, Map.of("target", secondFinance, "reason", "x"), taskId).andExpect(error(404));
        api.post("auditor", transfer, Map.of("target", secondFinance, "reason", "x"), taskId).andExpect(error(403));
        api.post("staff4", transfer, Map.of("target", secondFinance, "reason", "x"), taskId).andExpect(error(403));
        api.post("finance", TASKS + "/{t}/claim", null, taskId).andExpect(status().isOk());
        api.post(secondFinance, transfer, Map.of("target", "finance", "reason", "x"), taskId).andExpect(error(409));

        assertThat(api.task("finance", draft.id())).get().extracting(t -> t.path("assignee").asText()).isEqualTo("finance");
        assertThat(api.history("staff4", draft.id()).findValuesAsText("action")).doesNotContain("TRANSFER");
    }

    @Test
    void a_delegated_task_is_handled_by_the_delegate_and_comes_back_to_finance_to_confirm_and_approve() throws Exception {
        Draft draft = api.drafts().submitted("staff4");
        api.approve("head4", draft.id());
        String taskId = api.taskId("finance", draft.id());
        assertThat(usernames(api.body(api.get("finance", TASKS + "/{t}/delegate-targets", taskId).andExpect(status().isOk()))))
            .contains("head4", "director", secondFinance).doesNotContain("finance", "staff4", "head3", "auditor", "admin");

        api.post("finance", TASKS + "/{t}/delegate", Map.of("target", "head4", "reason", "请科长核对明细"), taskId)
            .andExpect(status().isOk());

        assertThat(notices("head4")).contains("DELEGATED", "budget-drafts/" + draft.id());
        JsonNode delegated = api.task("head4", draft.id()).orElseThrow();
        assertThat(delegated.path("delegation").asText()).isEqualTo("PENDING");
        assertThat(delegated.path("owner").asText()).isEqualTo("finance");
        assertThat(api.task("finance", draft.id())).isEmpty();
        api.decision("head4", taskId, "APPROVE", null).andExpect(error(409));
        api.post("head4", TASKS + "/{t}/transfer", Map.of("target", "finance", "reason", "x"), taskId).andExpect(error(409));
        api.post("head4", TASKS + "/{t}/resolve", Map.of("reason", ""), taskId).andExpect(rejectedFor("reason"));
        api.post("head4", TASKS + "/{t}/resolve", Map.of("reason", "明细已核对无误"), taskId).andExpect(status().isOk());

        assertThat(notices("finance")).contains("DELEGATION_RESOLVED", "budget-drafts/" + draft.id());
        JsonNode back = api.task("finance", draft.id()).orElseThrow();
        assertThat(back.path("delegation").asText()).isEqualTo("RESOLVED");
        assertThat(back.path("assignee").asText()).isEqualTo("finance");
        assertThat(api.approve("finance", draft.id())).isEqualTo("IN_REVIEW");
        assertThat(api.task("director", draft.id())).isPresent();
        assertThat(HistoryLookup.lastOf(api, "staff4", draft.id(), "DELEGATE").path("details").asText())
            .isEqualTo("委派给：" + HistoryLookup.displayName(api, "head4"));
        JsonNode resolved = HistoryLookup.lastOf(api, "staff4", draft.id(), "DELEGATE_RESOLVE");
        assertThat(resolved.path("actor").asText()).isEqualTo("head4");
        assertThat(resolved.path("comment").asText()).isEqualTo("明细已核对无误");
    }

    @Test
    void a_delegation_to_the_drafter_or_to_someone_who_cannot_read_the_document_is_refused_and_only_the_delegate_resolves()
            throws Exception {
        Draft draft = api.drafts().submitted("staff4");
        api.approve("head4", draft.id());
        String taskId = api.taskId("finance", draft.id());
        String delegate = TASKS + "/{t}/delegate";

        api.post("finance", delegate, Map.of("target", "staff4", "reason", "x"), taskId).andExpect(rejectedFor("target"));
        api.post("finance", delegate, Map.of("target", "head3", "reason", "x"), taskId).andExpect(rejectedFor("target"));
        api.post("finance", delegate, Map.of("target", "auditor", "reason", "x"), taskId).andExpect(rejectedFor("target"));
        api.post("finance", delegate, Map.of("target", "head4"), taskId).andExpect(rejectedFor("reason"));
        api.post("auditor", delegate, Map.of("target", "head4", "reason", "x"), taskId).andExpect(error(403));
        api.post("finance", TASKS + "/{t}/resolve", Map.of("reason", "x"), taskId).andExpect(error(409));
        api.post("finance", delegate, Map.of("target", "head4", "reason", "请核对"), taskId).andExpect(status().isOk());

        api.post("finance", TASKS + "/{t}/resolve", Map.of("reason", "x"), taskId).andExpect(error(409));
        api.post("head3", TASKS + "/{t}/resolve", Map.of("reason", "x"), taskId).andExpect(error(404));
        api.post("auditor", TASKS + "/{t}/resolve", Map.of("reason", "x"), taskId).andExpect(error(403));
        assertThat(api.task("head4", draft.id()).orElseThrow().path("delegation").asText()).isEqualTo("PENDING");
    }



    private static List<String> usernames(JsonNode people) {
        return StreamSupport.stream(people.spliterator(), false).map(p -> p.path("username").asText()).toList();
    }
}
