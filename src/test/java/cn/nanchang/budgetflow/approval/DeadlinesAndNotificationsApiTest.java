package cn.nanchang.budgetflow.approval;

import static cn.nanchang.budgetflow.testsupport.ApiExpectations.error;
import static cn.nanchang.budgetflow.testsupport.ApiExpectations.rejectedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Due dates in the inbox, 催办 with its once-a-day limit, and the notifications people get
 * about their work, over the API.
 */
@ApiTestContext
class DeadlinesAndNotificationsApiTest {

    private static final String NOTIFICATIONS = "/api/v1/notifications";

    private final ApiClient api;
    private final ManagementService management;
    private final TaskService tasks;

    DeadlinesAndNotificationsApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json,
            @Autowired ManagementService management, @Autowired TaskService tasks) {
        this.api = new ApiClient(mvc, json);
        this.management = management;
        this.tasks = tasks;
    }

    @Test
    void when_a_step_is_overdue_its_holders_are_reminded_and_the_director_hears_of_it_as_its_superior() throws Exception {
        Draft late = submittedAMonthAgo();
        String instance = instanceOf(api.taskId("head1", late.id()));

        // the job executor is off in tests: run the two timers of this step as it would, without anyone signed in
        management.createJobQuery().timers().executable().list().stream()
            .filter(job -> job.getProcessInstanceId().equals(instance))
            .forEach(job -> management.executeJob(job.getId()));

        assertThat(notificationsOf("head1", late)).extracting(n -> n.path("kind").asText())
            .contains("REMINDER", "OVERDUE");
        assertThat(notificationsOf("director", late)).extracting(n -> n.path("kind").asText())
            .containsExactly("ESCALATED");
        assertThat(management.createJobQuery().processInstanceId(instance).count())
            .as("each timer fires once").isZero();
    }

    @Test
    void an_inbox_item_carries_its_due_date_and_is_flagged_overdue_once_the_date_has_passed() {
        Draft late = submittedAMonthAgo();
        Draft fresh = api.drafts().submitted("staff1");

        JsonNode lateTask = api.task("head1", late.id()).orElseThrow();
        assertThat(lateTask.path("overdue").asBoolean()).isTrue();
        assertThat(Instant.parse(lateTask.path("dueAt").asText())).isBefore(Instant.now());
        JsonNode freshTask = api.task("head1", fresh.id()).orElseThrow();
        assertThat(freshTask.path("overdue").asBoolean()).isFalse();
        assertThat(Instant.parse(freshTask.path("dueAt").asText()))
            .isAfter(Instant.now().plus(Duration.ofDays(3))).isBefore(Instant.now().plus(Duration.ofDays(8)));
    }

    @Test
    void the_drafter_may_chase_an_open_step_once_a_day_and_its_handlers_are_told() throws Exception {
        Draft draft = api.drafts().submitted("staff1");

        JsonNode chased = api.body(api.post("staff1", "/api/v1/documents/{id}/chase", Map.of("message", "请尽快审核"), draft.id())
            .andExpect(status().isOk()));
        assertThat(chased.path("recipients").toString()).contains("head1");

        api.post("staff1", "/api/v1/documents/{id}/chase", null, draft.id())
            .andExpect(error(409)).andExpect(jsonPath("$.message").value("今天已催办过该环节，每个环节每天只能催办一次"));
        assertThat(notificationsOf("head1", draft)).anySatisfy(n -> {
            assertThat(n.path("kind").asText()).isEqualTo("CHASED");
            assertThat(n.path("body").asText()).contains("请尽快审核");
        });
        JsonNode history = api.history("staff1", draft.id());
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.path("action").asText()).isEqualTo("CHASE");
        assertThat(last.path("comment").asText()).isEqualTo("请尽快审核");
    }

    @Test
    void only_the_drafter_chases_and_only_while_a_review_is_open() throws Exception {
        Draft draft = api.drafts().submitted("staff1");
        api.post("staff2", "/api/v1/documents/{id}/chase", null, draft.id()).andExpect(status().is4xxClientError());
        api.post("head1", "/api/v1/documents/{id}/chase", null, draft.id()).andExpect(error(403));
        api.post("staff1", "/api/v1/documents/{id}/chase", Map.of("message", "催".repeat(501)), draft.id())
            .andExpect(rejectedFor("message"));

        api.decide("head1", draft.id(), "RETURN", "请补充说明");
        api.post("staff1", "/api/v1/documents/{id}/chase", null, draft.id()).andExpect(error(409));
    }

    @Test
    void reviewers_hear_of_new_tasks_drafters_of_returns_and_each_reads_only_their_own() throws Exception {
        long unreadBefore = unread("head1");
        Draft draft = api.drafts().submitted("staff1");

        assertThat(unread("head1")).isEqualTo(unreadBefore + 1);
        JsonNode arrived = notificationsOf("head1", draft).get(0);
        assertThat(arrived.path("kind").asText()).isEqualTo("TASK_ARRIVED");
        assertThat(arrived.path("read").asBoolean()).isFalse();
        assertThat(arrived.path("link").asText()).endsWith("/" + draft.id());

        api.post("staff1", NOTIFICATIONS + "/{id}/read", null, arrived.path("id").asLong()).andExpect(error(404));
        api.post("head1", NOTIFICATIONS + "/{id}/read", null, arrived.path("id").asLong())
            .andExpect(status().isOk()).andExpect(jsonPath("$.read").value(true));
        assertThat(unread("head1")).isEqualTo(unreadBefore);

        api.decide("head1", draft.id(), "RETURN", "金额有误");
        assertThat(notificationsOf("staff1", draft)).extracting(n -> n.path("kind").asText()).contains("RETURNED");

        api.post("staff1", NOTIFICATIONS + "/read-all", null).andExpect(status().isOk());
        assertThat(unread("staff1")).isZero();
    }

    private String instanceOf(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
    }

    /** A draft whose section head's step arrived a month ago by the engine's clock: long overdue now. */
    private Draft submittedAMonthAgo() {
        ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(30))));
        try {
            return api.drafts().submitted("staff1");
        } finally {
            ClockUtil.reset();
        }
    }

    private List<JsonNode> notificationsOf(String user, Draft draft) throws Exception {
        JsonNode list = api.body(api.get(user, NOTIFICATIONS + "?limit=500").andExpect(status().isOk()));
        return StreamSupport.stream(list.spliterator(), false)
            .filter(n -> n.path("link").asText().endsWith("/" + draft.id())).toList();
    }

    private long unread(String user) throws Exception {
        return api.body(api.get(user, NOTIFICATIONS + "/unread-count").andExpect(status().isOk())).path("unread").asLong();
    }
}
