package cn.nanchang.budgetflow.approval;

import static cn.nanchang.budgetflow.testsupport.ApiClient.TASKS;
import static cn.nanchang.budgetflow.testsupport.ApiExpectations.rejectedFor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A decision needs a verdict, and a return needs a reason; a refused decision leaves the task open. */
@ApiTestContext
class DecisionValidationApiTest {

    private final ApiClient api;

    DecisionValidationApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void returning_without_a_comment_is_refused_and_the_task_stays_open(String comment) throws Exception {
        Draft draft = api.drafts().submitted("staff4");
        String taskId = api.taskId("head4", draft.id());

        api.decision("head4", taskId, "RETURN", comment).andExpect(rejectedFor("comment"));

        assertTaskStillOpen(draft, taskId);
    }

    @Test
    void a_decision_without_a_verdict_is_refused_and_the_task_stays_open() throws Exception {
        Draft draft = api.drafts().submitted("staff4");
        String taskId = api.taskId("head4", draft.id());

        api.post("head4", TASKS + "/{taskId}/decision", Map.of("comment", "同意"), taskId)
            .andExpect(rejectedFor("decision"));
        api.post("head4", TASKS + "/{taskId}/decision", Map.of("decision", "MAYBE", "comment", "再议"), taskId)
            .andExpect(rejectedFor("decision"));

        assertTaskStillOpen(draft, taskId);
    }

    @Test
    void a_comment_longer_than_2000_characters_is_refused() throws Exception {
        Draft draft = api.drafts().submitted("staff4");
        String taskId = api.taskId("head4", draft.id());

        api.decision("head4", taskId, "RETURN", "改".repeat(2001)).andExpect(rejectedFor("comment"));

        assertTaskStillOpen(draft, taskId);
    }

    private void assertTaskStillOpen(Draft draft, String taskId) {
        assertThat(api.taskId("head4", draft.id())).isEqualTo(taskId);
        assertThat(api.drafts().statusOf("staff4", draft.id())).isEqualTo("IN_REVIEW");
        assertThat(api.history("staff4", draft.id()).findValuesAsText("action")).containsExactly("CREATE", "SUBMIT");
    }
}
