package cn.nanchang.budgetflow.project;

import static cn.nanchang.budgetflow.testsupport.ApiExpectations.rejectedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts;
import cn.nanchang.budgetflow.testsupport.ProjectApplications;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Batch approval across document types and at 主任办公会, and 流程预测 of projects below and at the
 * collective-decision threshold and of a budget draft, checked against the steps the engine
 * then actually goes through.
 */
@ApiTestContext
class ProjectBatchAndPathPreviewApiTest {

    private static final String STAFF = "staff3";
    private static final String HEAD = "head3";
    private static final String BATCH = ApiClient.TASKS + "/batch-approve";
    private static final String PREVIEW = "/api/v1/documents/{id}/path-preview";

    private final ApiClient api;
    private final BudgetDrafts drafts;

    ProjectBatchAndPathPreviewApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
        this.drafts = api.drafts();
    }

    @Test
    void a_project_and_a_budget_draft_at_finance_cannot_be_batch_approved_together() {
        long project = submittedProject("100000.00");
        long draft = drafts.submitted(STAFF).id();
        api.projects().approve(HEAD, project);
        api.projects().approve(HEAD, draft);

        api.answer(api.post("finance", BATCH, Map.of("taskIds", List.of(taskId("finance", project), taskId("finance", draft)))),
            rejectedFor("taskIds"));

        assertThat(api.taskOn("finance", project).path("step").asText()).isEqualTo("FINANCE_REVIEW");
        assertThat(api.taskOn("finance", draft).path("step").asText()).isEqualTo("FINANCE_REVIEW");
    }

    @Test
    void the_directors_meeting_step_is_never_batch_approved() {
        long project = submittedProject("600000.00");
        for (String reviewer : List.of(HEAD, "finance", "director")) {
            api.projects().approve(reviewer, project);
        }
        JsonNode task = api.taskOn("director", project);
        assertThat(task.path("step").asText()).isEqualTo("COLLECTIVE_DECISION");

        JsonNode error = api.answer(api.post("director", BATCH, Map.of("taskIds", List.of(task.path("taskId").asText()))),
            status().isBadRequest());

        assertThat(error.toString()).contains("主任办公会");
        assertThat(api.taskOn("director", project).path("step").asText()).isEqualTo("COLLECTIVE_DECISION");
    }

    @Test
    void a_project_below_the_threshold_is_predicted_to_skip_the_meeting_and_goes_that_way() {
        long project = api.projects().create(STAFF, ProjectApplications.applicationOf(ProjectApplications.freshYear(), "499999.99")).path("id").asLong();

        List<String> predicted = steps(preview(project));
        api.projects().submit(STAFF, project);

        assertThat(predicted).containsExactly("SECTION_HEAD_REVIEW", "FINANCE_REVIEW", "DIRECTOR_REVIEW", "BUREAU_REVIEW");
        assertThat(approveToTheEnd(project)).containsExactlyElementsOf(predicted);
        assertThat(preview(project)).isEmpty();
    }

    @Test
    void a_project_at_the_threshold_is_predicted_through_the_meeting_with_the_people_of_each_step() {
        long project = submittedProject("500000.00");
        api.projects().approve(HEAD, project);
        api.post("finance", ApiClient.TASKS + "/{t}/claim", null, taskId("finance", project));

        JsonNode preview = preview(project);

        assertThat(steps(preview)).containsExactly("FINANCE_REVIEW", "DIRECTOR_REVIEW", "COLLECTIVE_DECISION", "BUREAU_REVIEW");
        assertThat(preview.get(0).path("current").asBoolean()).isTrue();
        assertThat(preview.get(0).path("handlers")).hasSize(1);
        assertThat(preview.get(1).path("current").asBoolean()).isFalse();
        assertThat(preview.get(1).path("handlers")).isNotEmpty();
        assertThat(preview.get(2).path("stepName").asText()).isNotBlank();
        assertThat(approveToTheEnd(project)).containsExactlyElementsOf(steps(preview));
    }

    @Test
    void a_budget_draft_is_predicted_through_the_bureau_and_the_auditor_may_read_it_but_no_other_section() {
        long draft = drafts.create(STAFF).id();

        JsonNode preview = api.answer(api.get("auditor", PREVIEW, draft), status().isOk());

        assertThat(steps(preview)).containsExactly("SECTION_HEAD_REVIEW", "FINANCE_REVIEW", "DIRECTOR_REVIEW", "BUREAU_REVIEW");
        api.answer(api.get("staff1", PREVIEW, draft), status().isNotFound());
        api.answer(api.get(STAFF, PREVIEW, 987654321L), status().isNotFound());
    }

    private long submittedProject(String amount) {
        long id = api.projects().create(STAFF, ProjectApplications.applicationOf(ProjectApplications.freshYear(), amount)).path("id").asLong();
        api.projects().submit(STAFF, id);
        return id;
    }

    private JsonNode preview(long id) {
        return api.answer(api.get(STAFF, PREVIEW, id), status().isOk());
    }

    private String taskId(String user, long documentId) {
        return api.taskOn(user, documentId).path("taskId").asText();
    }

    /** Approves whoever holds the document's task until none is left; the steps passed. */
    private List<String> approveToTheEnd(long id) {
        List<String> taken = new ArrayList<>();
        for (String reviewer : List.of(HEAD, "finance", "director", "director", "bureau")) {
            if (api.hasTaskOn(reviewer, id)) {
                String step = api.taskOn(reviewer, id).path("step").asText();
                taken.add(step);
                api.projects().approveStep(reviewer, step, id);
            }
        }
        return taken;
    }

    private static List<String> steps(JsonNode preview) {
        return StreamSupport.stream(preview.spliterator(), false).map(s -> s.path("step").asText()).toList();
    }
}
