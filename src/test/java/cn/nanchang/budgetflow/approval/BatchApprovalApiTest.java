package cn.nanchang.budgetflow.approval;

import static cn.nanchang.budgetflow.testsupport.ApiClient.TASKS;
import static cn.nanchang.budgetflow.testsupport.ApiExpectations.rejectedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * POST /api/v1/tasks/batch-approve: several tasks of one step approved with one comment, each as
 * a single approval would be (status, routing, history), with a result per task; mixed, empty,
 * over-long and 主任办公会 selections are refused as a whole.
 */
@ApiTestContext
class BatchApprovalApiTest {

    private static final String BATCH = TASKS + "/batch-approve";

    private final ApiClient api;

    BatchApprovalApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
    }

    @Test
    void finance_approves_two_sections_drafts_in_one_go_and_both_move_on_to_the_director() throws Exception {
        Draft first = api.drafts().submitted("staff2");
        Draft second = api.drafts().submitted("staff4");
        api.approve("head2", first.id());
        api.approve("head4", second.id());

        JsonNode results = api.body(api.post("finance", BATCH, Map.of("taskIds",
            List.of(api.taskId("finance", first.id()), api.taskId("finance", second.id())), "comment", "经审核，同意。"))
            .andExpect(status().isOk()));

        assertThat(results).hasSize(2).allSatisfy(r -> {
            assertThat(r.path("approved").asBoolean()).isTrue();
            assertThat(r.path("documentStatus").asText()).isEqualTo("IN_REVIEW");
        });
        assertThat(results.findValuesAsText("documentId")).containsExactly(Long.toString(first.id()), Long.toString(second.id()));
        for (Draft draft : List.of(first, second)) {
            assertThat(api.task("director", draft.id())).get().extracting(t -> t.path("step").asText()).isEqualTo("DIRECTOR_REVIEW");
            JsonNode last = last(api.history("director", draft.id()));
            assertThat(last.path("action").asText()).isEqualTo("APPROVE");
            assertThat(last.path("actor").asText()).isEqualTo("finance");
            assertThat(last.path("comment").asText()).isEqualTo("经审核，同意。");
        }
    }

    @Test
    void a_task_someone_else_decided_first_fails_alone_with_a_conflict_and_the_others_are_approved() throws Exception {
        Draft taken = api.drafts().submitted("staff2");
        Draft free = api.drafts().submitted("staff4");
        api.approve("head2", taken.id());
        api.approve("head4", free.id());
        String takenTask = api.taskId("finance", taken.id());
        String freeTask = api.taskId("finance", free.id());
        api.approve("finance", taken.id());

        JsonNode results = api.body(api.post("finance", BATCH, Map.of("taskIds", List.of(takenTask, freeTask)))
            .andExpect(status().isOk()));

        assertThat(results.get(0).path("taskId").asText()).isEqualTo(takenTask);
        assertThat(results.get(0).path("approved").asBoolean()).isFalse();
        assertThat(results.get(0).path("errorStatus").asInt()).isEqualTo(409);
        assertThat(results.get(0).path("message").asText()).contains("他人");
        assertThat(results.get(1).path("approved").asBoolean()).isTrue();
        assertThat(api.task("director", free.id())).isPresent();
    }

    @Test
    void a_task_of_another_group_fails_alone_as_not_found_and_reveals_nothing() throws Exception {
        Draft atDirector = api.drafts().submitted("staff2");
        api.approveAll(atDirector.id(), "head2", "finance");
        Draft atFinance = api.drafts().submitted("staff4");
        api.approve("head4", atFinance.id());

        JsonNode results = api.body(api.post("finance", BATCH, Map.of("taskIds",
            List.of(api.taskId("director", atDirector.id()), api.taskId("finance", atFinance.id())))).andExpect(status().isOk()));

        assertThat(results.get(0).path("approved").asBoolean()).isFalse();
        assertThat(results.get(0).path("errorStatus").asInt()).isEqualTo(404);
        assertThat(results.get(0).path("documentId").isNull()).isTrue();
        assertThat(results.get(1).path("approved").asBoolean()).isTrue();
        assertThat(api.task("director", atDirector.id())).isPresent();
    }

    @Test
    void an_empty_selection_an_over_long_selection_and_an_over_long_comment_name_their_field() throws Exception {
        api.post("finance", BATCH, Map.of("taskIds", List.of())).andExpect(rejectedFor("taskIds"));
        api.post("finance", BATCH, Map.of("comment", "同意")).andExpect(rejectedFor("taskIds"));
        api.post("finance", BATCH, Map.of("taskIds", Collections.nCopies(101, "x"))).andExpect(rejectedFor("taskIds"));
        Draft draft = api.drafts().submitted("staff2");
        api.approve("head2", draft.id());
        api.post("finance", BATCH, Map.of("taskIds", List.of(api.taskId("finance", draft.id())), "comment", "长".repeat(2001)))
            .andExpect(rejectedFor("comment"));
        assertThat(api.task("finance", draft.id())).isPresent();
    }

    @Test
    void staff_and_the_auditor_may_not_batch_approve() throws Exception {
        api.post("staff2", BATCH, Map.of("taskIds", List.of("x"))).andExpect(status().isForbidden());
        api.post("auditor", BATCH, Map.of("taskIds", List.of("x"))).andExpect(status().isForbidden());
    }

    private static JsonNode last(JsonNode history) {
        List<JsonNode> entries = StreamSupport.stream(history.spliterator(), false).toList();
        return entries.get(entries.size() - 1);
    }
}
