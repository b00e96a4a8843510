package cn.nanchang.budgetflow.project;

import static cn.nanchang.budgetflow.testsupport.ApiClient.TASKS;
import static cn.nanchang.budgetflow.testsupport.ProjectApplications.APPLICATIONS;
import static cn.nanchang.budgetflow.testsupport.ProjectApplications.applicationOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.organization.UserDirectory;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.SecondFinanceUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The approval operations on project applications, whose model sends a resubmission straight
 * back to the step that returned it (resubmitTo=returner): return to the drafter and back to
 * the returner, return to an earlier step, withdrawal of an approval, and voiding.
 */
@ApiTestContext
class ProjectApplicationOperationsApiTest {

    private static final String STAFF = "staff6";
    private static final String HEAD = "head6";
    private static final int YEAR = 2033;

    private final ApiClient api;

    ProjectApplicationOperationsApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
    }

    @Test
    void a_project_returned_by_finance_goes_straight_back_to_finance_when_resubmitted() {
        long id = submitted();
        api.projects().approve(HEAD, id);
        api.answer(api.decision("finance", api.taskOn("finance", id).path("taskId").asText(), "RETURN", "请补充测算依据", null),
            status().isOk());
        assertThat(api.projects().application(STAFF, id).path("status").asText()).isEqualTo("RETURNED");

        api.projects().submit(STAFF, id);

        assertThat(api.taskOn("finance", id).path("step").asText()).isEqualTo("FINANCE_REVIEW");
        assertThat(api.hasTaskOn(HEAD, id)).isFalse();
        assertThat(api.projects().application(STAFF, id).path("status").asText()).isEqualTo("IN_REVIEW");
    }

    @Test
    void the_bureau_returns_a_project_to_the_director_and_it_is_routed_again_after_the_directors_approval() {
        long id = submitted();
        api.projects().approve(HEAD, id);
        api.projects().approve("finance", id);
        api.projects().approve("director", id);
        String taskId = api.taskOn("bureau", id).path("taskId").asText();

        api.answer(api.post("bureau", TASKS + "/{t}/decision",
            Map.of("decision", "RETURN", "comment", "请主任复核绩效目标", "returnTo", "DIRECTOR_REVIEW"), taskId), status().isOk());

        assertThat(api.taskOn("director", id).path("step").asText()).isEqualTo("DIRECTOR_REVIEW");
        api.projects().approve("director", id);
        assertThat(api.taskOn("bureau", id).path("step").asText()).isEqualTo("BUREAU_REVIEW");
        JsonNode history = api.answer(api.get(STAFF, "/api/v1/documents/{id}/history", id), status().isOk());
        assertThat(history.toString()).contains("RETURN_TO_STEP", "退回至：中心主任审批");
    }

    @Test
    void the_section_head_withdraws_an_approval_and_the_drafter_voids_the_project() {
        long id = submitted();
        api.projects().approve(HEAD, id);
        api.answer(api.post(HEAD, "/api/v1/documents/{id}/withdraw-approval", Map.of("reason", "绩效指标需调整"), id),
            status().isOk());
        assertThat(api.taskOn(HEAD, id).path("assignee").asText()).isEqualTo(HEAD);

        api.answer(api.post(STAFF, "/api/v1/documents/{id}/void", Map.of("reason", "项目并入其他项目"), id), status().isOk());

        assertThat(api.projects().application(STAFF, id).path("status").asText()).isEqualTo("VOIDED");
        assertThat(api.hasTaskOn(HEAD, id)).isFalse();
        api.answer(api.post(STAFF, APPLICATIONS + "/{id}/submit", null, id), status().isConflict());
    }

    @Test
    void finance_transfers_a_project_task_to_a_second_finance_member_who_approves_it(@Autowired UserDirectory directory,
            @Autowired PasswordEncoder encoder) {
        String colleague = SecondFinanceUser.ensure(directory, encoder);
        long id = submitted();
        api.projects().approve(HEAD, id);
        String taskId = api.taskOn("finance", id).path("taskId").asText();

        api.answer(api.post("finance", TASKS + "/{t}/transfer", Map.of("target", colleague, "reason", "项目由财务乙跟进"), taskId),
            status().isOk());

        assertThat(api.hasTaskOn("finance", id)).isFalse();
        assertThat(api.taskOn(colleague, id).path("assignee").asText()).isEqualTo(colleague);
        api.projects().approve(colleague, id);
        assertThat(api.taskOn("director", id).path("step").asText()).isEqualTo("DIRECTOR_REVIEW");
    }

    @Test
    void the_drafter_chases_a_project_waiting_at_finance_once_a_day_and_finance_is_told() {
        long id = submitted();
        api.projects().approve(HEAD, id);

        JsonNode chased = api.answer(api.post(STAFF, "/api/v1/documents/{id}/chase", Map.of("message", "请尽快审核"), id),
            status().isOk());
        api.answer(api.post(STAFF, "/api/v1/documents/{id}/chase", null, id), status().isConflict());

        assertThat(chased.path("recipients").toString()).contains("finance");
        assertThat(api.answer(api.get("finance", "/api/v1/notifications?limit=500"), status().isOk()).toString())
            .contains("CHASED", "project-applications/" + id);
    }

    private long submitted() {
        long id = api.projects().create(STAFF, applicationOf(YEAR, "300000.00")).path("id").asLong();
        api.projects().submit(STAFF, id);
        return id;
    }
}
