package cn.nanchang.budgetflow.project;

import static cn.nanchang.budgetflow.testsupport.ProjectApplications.APPLICATIONS;
import static cn.nanchang.budgetflow.testsupport.ProjectApplications.applicationOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.ProjectApplications;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The collective decision (主任办公会) appears exactly when the routing table says, through the
 * API: a 49.99万 project goes from the director straight to the bureau, a 50万 one goes to the
 * 主任办公会, whose decision needs the meeting record.
 */
@ApiTestContext
class ProjectApplicationRoutingApiTest {

    private static final String STAFF = "staff6";
    /** Routing depends on the amount only; all applications of this class share a year. */
    private static final int YEAR = 2032;
    private static final String HEAD = "head6";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(mvc, json);
    }

    @Test
    void a_project_of_49_99_wan_goes_from_the_director_to_the_bureau_without_a_meeting() {
        long id = submittedAndApprovedUpToTheDirector("499900.00");
        assertThat(api.hasTaskOn("director", id)).as("director has no further task").isFalse();
        assertThat(api.taskOn("bureau", id).path("step").asText()).isEqualTo("BUREAU_REVIEW");
        assertThat(api.projects().approve("bureau", id)).isEqualTo("APPROVED");
        assertThat(actions(id)).doesNotContain("COLLECTIVE_DECISION")
            .containsExactly("CREATE", "SUBMIT", "APPROVE", "APPROVE", "APPROVE", "APPROVE");
    }

    @Test
    void a_project_of_50_wan_needs_the_directors_meeting_and_its_record() {
        long id = submittedAndApprovedUpToTheDirector("500000.00");
        assertThat(api.hasTaskOn("bureau", id)).as("bureau waits for the meeting").isFalse();
        JsonNode task = api.taskOn("director", id);
        assertThat(task.path("step").asText()).isEqualTo("COLLECTIVE_DECISION");
        String taskId = task.path("taskId").asText();

        JsonNode missing = api.answer(api.decision("director", taskId, "APPROVE", null, null), status().isBadRequest());
        assertThat(missing.path("errors").get(0).path("field").asText()).isEqualTo("meeting.meetingDate");
        Map<String, Object> noDate = ProjectApplications.meeting();
        noDate.remove("meetingDate");
        api.answer(api.decision("director", taskId, "APPROVE", null, noDate), status().isBadRequest());
        assertThat(api.taskOn("director", id).path("taskId").asText()).as("task still open").isEqualTo(taskId);

        JsonNode passed = api.answer(api.decision("director", taskId, "APPROVE", "同意立项", ProjectApplications.meeting()), status().isOk());
        assertThat(passed.path("documentStatus").asText()).isEqualTo("IN_REVIEW");
        assertThat(api.projects().approve("bureau", id)).isEqualTo("APPROVED");
        assertThat(actions(id)).containsExactly("CREATE", "SUBMIT", "APPROVE", "APPROVE", "APPROVE", "COLLECTIVE_DECISION",
            "APPROVE");
        JsonNode meeting = history(id).get(5);
        assertThat(meeting.path("step").asText()).isEqualTo("COLLECTIVE_DECISION");
        assertThat(meeting.path("actor").asText()).isEqualTo("director");
    }

    @Test
    void a_meeting_that_does_not_pass_returns_the_project_to_its_drafter() {
        long id = submittedAndApprovedUpToTheDirector("800000.00");
        String taskId = api.taskOn("director", id).path("taskId").asText();
        JsonNode returned = api.answer(api.decision("director", taskId, "RETURN", "请补充可行性论证", ProjectApplications.meeting()),
            status().isOk());
        assertThat(returned.path("documentStatus").asText()).isEqualTo("RETURNED");
        assertThat(api.hasTaskOn("bureau", id)).isFalse();
        assertThat(api.projects().application(STAFF, id).path("projectCode").isNull()).as("not in the library").isTrue();
        api.projects().submit(STAFF, id);
        // projects resubmit to the returner (resubmitTo=returner): routing is decided again, and 80万 still needs the meeting
        assertThat(api.taskOn("director", id).path("step").asText()).isEqualTo("COLLECTIVE_DECISION");
        assertThat(api.hasTaskOn(HEAD, id)).isFalse();
    }

    @Test
    void an_approved_project_gets_its_project_code() {
        long id = submittedAndApprovedUpToTheDirector("100000.00");
        api.projects().approve("bureau", id);
        JsonNode approved = api.projects().application(STAFF, id);
        String number = approved.path("number").asText();
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("projectCode").asText())
            .isEqualTo(number.substring(0, number.lastIndexOf('-')) + "-S06" + number.substring(number.lastIndexOf('-')));
        assertThat(approved.path("approvedAt").isNull()).isFalse();
        api.answer(api.put(STAFF, APPLICATIONS + "/{id}", applicationOf(approved.path("fiscalYear").asInt(), "1.00"), id),
            status().isConflict());
    }

    private long submittedAndApprovedUpToTheDirector(String amount) {
        long id = api.projects().create(STAFF, applicationOf(YEAR, amount)).path("id").asLong();
        api.projects().submit(STAFF, id);
        for (String reviewer : List.of(HEAD, "finance", "director")) {
            assertThat(api.projects().approve(reviewer, id)).isEqualTo("IN_REVIEW");
        }
        return id;
    }

    private JsonNode history(long id) {
        return api.answer(api.get(STAFF, "/api/v1/documents/{id}/history", id), status().isOk());
    }

    private List<String> actions(long id) {
        return StreamSupport.stream(history(id).spliterator(), false).map(e -> e.path("action").asText()).toList();
    }
}
