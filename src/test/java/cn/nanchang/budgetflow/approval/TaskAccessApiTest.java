package cn.nanchang.budgetflow.approval;

import static cn.nanchang.budgetflow.testsupport.ApiClient.TASKS;
import static cn.nanchang.budgetflow.testsupport.ApiExpectations.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A task is taken only by a member of its candidate group, and completed only once. A task of
 * another group is answered like a missing one, so task ids reveal nothing.
 */
@ApiTestContext
class TaskAccessApiTest {

    private final ApiClient api;

    TaskAccessApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
    }

    @Test
    void the_section_head_of_another_section_can_neither_see_claim_nor_decide_the_task() throws Exception {
        Draft draft = api.drafts().submitted("staff1");
        String taskId = api.taskId("head1", draft.id());

        assertThat(api.task("head2", draft.id())).isEmpty();
        api.post("head2", TASKS + "/{taskId}/claim", null, taskId).andExpect(error(404));
        api.decision("head2", taskId, "APPROVE", "同意").andExpect(error(404));

        assertThat(api.drafts().statusOf("head1", draft.id())).isEqualTo("IN_REVIEW");
        assertThat(api.taskId("head1", draft.id())).isEqualTo(taskId);
    }

    @Test
    void finance_cannot_take_the_section_head_step() throws Exception {
        Draft draft = api.drafts().submitted("staff1");
        String taskId = api.taskId("head1", draft.id());

        assertThat(api.task("finance", draft.id())).isEmpty();
        api.post("finance", TASKS + "/{taskId}/claim", null, taskId).andExpect(error(404));
        api.decision("finance", taskId, "APPROVE", "同意").andExpect(error(404));

        assertThat(api.task("head1", draft.id())).get()
            .extracting(t -> t.path("step").asText()).isEqualTo("SECTION_HEAD_REVIEW");
    }

    @Test
    void staff_cannot_decide_review_tasks_not_even_on_their_own_draft() throws Exception {
        Draft draft = api.drafts().submitted("staff1");
        String taskId = api.taskId("head1", draft.id());

        api.decision("staff1", taskId, "APPROVE", "同意").andExpect(error(403));

        assertThat(api.taskId("head1", draft.id())).isEqualTo(taskId);
    }

    @Test
    void a_task_is_decided_only_once() throws Exception {
        Draft draft = api.drafts().submitted("staff1");
        String taskId = api.taskId("head1", draft.id());

        api.decision("head1", taskId, "APPROVE", "同意")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.documentStatus").value("IN_REVIEW"));
        api.decision("head1", taskId, "RETURN", "再看一下").andExpect(error(409));

        assertThat(api.drafts().statusOf("head1", draft.id())).isEqualTo("IN_REVIEW");
        assertThat(api.task("finance", draft.id())).isPresent();
    }

    @Test
    void a_claimed_task_cannot_be_claimed_again_until_it_is_released() throws Exception {
        Draft draft = api.drafts().submitted("staff1");
        String taskId = api.taskId("head1", draft.id());

        api.post("head1", TASKS + "/{taskId}/claim", null, taskId).andExpect(status().isOk());
        assertThat(api.task("head1", draft.id())).get().extracting(t -> t.path("assignee").asText()).isEqualTo("head1");
        api.post("head1", TASKS + "/{taskId}/claim", null, taskId).andExpect(error(409));

        api.post("head1", TASKS + "/{taskId}/unclaim", null, taskId).andExpect(status().isOk());
        assertThat(api.task("head1", draft.id())).get().extracting(t -> t.path("assignee").isNull()).isEqualTo(true);
        api.post("head1", TASKS + "/{taskId}/unclaim", null, taskId).andExpect(error(409));
    }
}
