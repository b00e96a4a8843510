package cn.nanchang.budgetflow.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditEntry;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.HealthEndpointGroups;
import org.springframework.boot.actuate.health.HttpCodeStatusMapper;
import org.springframework.boot.actuate.health.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * 异常任务 (issue 20 §5): a budget draft's deadline timer that has run out of retries is an incident.
 * The health probe turns DEGRADED (still 200), administrators see it with its document and retry it
 * (audited), and nobody else may see or retry it.
 */
@ApiTestContext
class IncidentAdministrationApiTest {

    private static final String INCIDENTS = "/api/v1/admin/incidents";

    private final MockMvc mvc;
    private final ApiClient api;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final AuditLog audit;

    IncidentAdministrationApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired ManagementService management,
            @Autowired RuntimeService runtime, @Autowired AuditLog audit) {
        this.mvc = mvc;
        this.api = new ApiClient(mvc, json);
        this.management = management;
        this.runtime = runtime;
        this.audit = audit;
    }

    /** Issue 17 §4: a probe that is not UP must say so in its status code, or a load balancer keeps the node. */
    @Test
    void the_probe_answers_503_when_down_or_not_yet_ready_and_200_when_degraded(@Autowired HealthEndpointGroups groups) {
        HttpCodeStatusMapper codes = groups.getPrimary().getHttpCodeStatusMapper();
        assertThat(codes.getStatusCode(Status.DOWN)).as("a stopped job executor").isEqualTo(503);
        assertThat(codes.getStatusCode(Status.OUT_OF_SERVICE)).as("still starting: the demo or a backfill not yet run").isEqualTo(503);
        assertThat(codes.getStatusCode(new Status("DEGRADED"))).as("an open incident: the node still serves").isEqualTo(200);
        assertThat(codes.getStatusCode(Status.UP)).isEqualTo(200);
    }

    @Test
    void a_failed_timer_degrades_health_is_listed_for_administrators_only_and_an_audited_retry_clears_it() throws Exception {
        Draft draft = api.drafts().submitted("staff2");
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(draft.id())).singleResult().getId();
        Job timer = management.createJobQuery().processInstanceId(instance).timers().list().get(0);
        management.setJobRetries(timer.getId(), 0);

        JsonNode health = api.answer(api.anonymous(MockMvcRequestBuilders.get("/actuator/health")), status().isOk());
        assertThat(health.path("status").asText()).isEqualTo("DEGRADED");
        assertThat(health.path("components").path("incidents").path("status").asText()).isEqualTo("DEGRADED");
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("incidents").has("details")).as("no details for anonymous callers").isFalse();
        assertThat(health.path("components").path("readinessState").path("status").asText())
            .as("readiness is part of the probe: UP only after the start-up runners").isEqualTo("UP");

        JsonNode listed = listedFor(timer.getId());
        assertThat(listed.path("businessKey").asText()).isEqualTo(String.valueOf(draft.id()));
        assertThat(listed.path("processKey").asText()).isEqualTo("budget-draft-approval");
        assertThat(listed.path("processName").asText()).isEqualTo("预算草案审批");
        assertThat(listed.path("activityName").asText()).as("the step's name in the model").isEqualTo("超期督办");

        for (String other : List.of("staff2", "head2", "finance", "director", "bureau", "auditor")) {
            api.get(other, INCIDENTS).andExpect(status().isForbidden());
            api.post(other, INCIDENTS + "/{job}/retry", null, timer.getId()).andExpect(status().isForbidden());
        }
        assertThat(management.createJobQuery().jobId(timer.getId()).singleResult().getRetries()).as("refused retries changed nothing").isZero();

        api.answer(api.post("admin", INCIDENTS + "/{job}/retry", null, timer.getId()), status().isOk());
        assertThat(management.createJobQuery().jobId(timer.getId()).singleResult().getRetries()).isEqualTo(1);
        assertThat(runtime.createIncidentQuery().configuration(timer.getId()).count()).isZero();
        assertThat(listedFor(timer.getId())).isNull();
        List<AuditEntry> retried = audit.latest(Set.of(AuditAction.JOB_RETRIED), 20);
        assertThat(retried).anySatisfy(e -> {
            assertThat(e.getActor()).isEqualTo("admin");
            assertThat(e.getDetails()).contains(timer.getId()).contains(String.valueOf(draft.id()));
        });

        api.post("admin", INCIDENTS + "/{job}/retry", null, timer.getId()).andExpect(status().isNotFound());
    }

    @Test
    void a_retry_of_a_job_that_does_not_exist_answers_404_with_a_message_and_records_nothing() throws Exception {
        int before = audit.latest(Set.of(AuditAction.JOB_RETRIED), 500).size();
        for (String junk : List.of("no-such-job", "x".repeat(5000), "1' OR '1'='1", "中文", "-1")) {
            JsonNode answer = api.answer(api.post("admin", INCIDENTS + "/{job}/retry", null, junk), status().isNotFound());
            assertThat(answer.path("message").asText()).as(junk.length() > 20 ? "long id" : junk).contains("没有未处理的异常");
        }
        assertThat(audit.latest(Set.of(AuditAction.JOB_RETRIED), 500)).hasSize(before);
    }

    private JsonNode listedFor(String jobId) {
        JsonNode all = api.answer(api.get("admin", INCIDENTS), status().isOk());
        return StreamSupport.stream(all.spliterator(), false).filter(j -> j.path("jobId").asText().equals(jobId)).findFirst().orElse(null);
    }
}
