package cn.nanchang.budgetflow.approval;

import static cn.nanchang.budgetflow.testsupport.ApiClient.TASKS;
import static cn.nanchang.budgetflow.testsupport.ApiExpectations.error;
import static cn.nanchang.budgetflow.testsupport.ApiExpectations.rejectedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import cn.nanchang.budgetflow.testsupport.HistoryLookup;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * 代理审批 over the API: head4 names the director as proxy while away; the director then finds
 * head4's tasks in the inbox and decides them, recorded as "代 X 审批"; what a proxy range must
 * satisfy; and that a cancelled or future range gives nothing. Every test cancels head4's
 * ranges afterwards, since the context is shared with the other API tests.
 */
@ApiTestContext
class ApprovalProxyApiTest {

    private static final String PROXIES = "/api/v1/proxies";

    private final ApiClient api;
    private final MockMvc mvc;
    private final LocalDate today;

    ApprovalProxyApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired Clock clock) {
        this.api = new ApiClient(mvc, json);
        this.mvc = mvc;
        this.today = LocalDate.now(clock);
    }

    @AfterEach
    void cancelHeadFoursProxies() throws Exception {
        for (JsonNode p : api.body(api.get("head4", PROXIES).andExpect(status().isOk()))) {
            cancel("head4", p.path("id").asLong()).andExpect(status().isOk());
        }
    }

    @Test
    void the_proxy_finds_the_principals_task_in_the_inbox_and_approves_it_on_their_behalf() throws Exception {
        Draft draft = api.drafts().submitted("staff4");
        assertThat(api.task("director", draft.id())).isEmpty();

        api.post("head4", PROXIES, range("director", today, today.plusDays(3), "外出学习")).andExpect(status().isCreated());

        assertThat(api.task("director", draft.id())).get().extracting(t -> t.path("step").asText()).isEqualTo("SECTION_HEAD_REVIEW");
        assertThat(api.approve("director", draft.id())).isEqualTo("IN_REVIEW");
        assertThat(api.task("finance", draft.id())).isPresent();
        JsonNode approval = HistoryLookup.lastOf(api, "staff4", draft.id(), "APPROVE");
        assertThat(approval.path("actor").asText()).isEqualTo("director");
        assertThat(approval.path("step").asText()).isEqualTo("SECTION_HEAD_REVIEW");
        assertThat(approval.path("details").asText()).isEqualTo("代 " + HistoryLookup.displayName(api, "head4") + " 审批");
    }

    @Test
    void the_proxy_may_approve_the_principals_tasks_in_a_batch_as_from_the_inbox() throws Exception {
        Draft draft = api.drafts().submitted("staff4");
        api.post("head4", PROXIES, range("director", today, today, "外出学习")).andExpect(status().isCreated());
        String taskId = api.taskId("director", draft.id());

        JsonNode outcome = api.body(api.post("director", TASKS + "/batch-approve",
            java.util.Map.of("taskIds", java.util.List.of(taskId), "comment", "同意")).andExpect(status().isOk()));

        assertThat(outcome.toString()).doesNotContain("404");
        assertThat(api.drafts().statusOf("staff4", draft.id())).isEqualTo("IN_REVIEW");
        assertThat(api.task("finance", draft.id())).isPresent();
        assertThat(HistoryLookup.lastOf(api, "staff4", draft.id(), "APPROVE").path("details").asText())
            .isEqualTo("代 " + HistoryLookup.displayName(api, "head4") + " 审批");
    }

    @Test
    void a_task_the_principal_had_claimed_is_the_proxys_to_decide_too() throws Exception {
        Draft draft = api.drafts().submitted("staff4");
        String taskId = api.taskId("head4", draft.id());
        api.post("head4", TASKS + "/{t}/claim", null, taskId).andExpect(status().isOk());
        api.post("head4", PROXIES, range("director", today.minusDays(1), today, "请假")).andExpect(status().isCreated());

        api.decision("director", taskId, "RETURN", "请补充依据").andExpect(status().isOk());

        assertThat(api.drafts().statusOf("staff4", draft.id())).isEqualTo("RETURNED");
        assertThat(HistoryLookup.lastOf(api, "staff4", draft.id(), "RETURN").path("details").asText())
            .isEqualTo("代 " + HistoryLookup.displayName(api, "head4") + " 审批");
    }

    @Test
    void a_cancelled_or_future_range_gives_the_proxy_nothing() throws Exception {
        Draft draft = api.drafts().submitted("staff4");
        String taskId = api.taskId("head4", draft.id());
        long id = api.body(api.post("head4", PROXIES, range("director", today, today, "半天会议")).andExpect(status().isCreated()))
            .path("id").asLong();
        cancel("bureau", id).andExpect(error(404));
        cancel("head4", id).andExpect(status().isOk());
        api.post("head4", PROXIES, range("director", today.plusDays(7), today.plusDays(9), "年假")).andExpect(status().isCreated());

        assertThat(api.task("director", draft.id())).isEmpty();
        api.decision("director", taskId, "APPROVE", null).andExpect(error(404));
        assertThat(api.history("staff4", draft.id()).findValuesAsText("action")).doesNotContain("APPROVE");
    }

    @Test
    void a_proxy_range_must_name_another_reviewer_who_may_read_the_documents_for_sane_days_that_do_not_overlap()
            throws Exception {
        api.post("head4", PROXIES, range("head4", today, today, "x")).andExpect(rejectedFor("proxy"));
        api.post("head4", PROXIES, range("staff4", today, today, "x")).andExpect(rejectedFor("proxy"));
        api.post("head4", PROXIES, range("head3", today, today, "x")).andExpect(rejectedFor("proxy"));
        api.post("head4", PROXIES, range("auditor", today, today, "x")).andExpect(rejectedFor("proxy"));
        api.post("head4", PROXIES, range("director", today.plusDays(2), today, "x")).andExpect(rejectedFor("endsOn"));
        api.post("head4", PROXIES, range("director", today.minusDays(5), today.minusDays(1), "x")).andExpect(rejectedFor("endsOn"));
        api.post("head4", PROXIES, range("director", today, today, " ")).andExpect(rejectedFor("reason"));
        api.post("head4", PROXIES, Map.of("proxy", "director")).andExpect(rejectedFor("startsOn", "endsOn", "reason"));
        api.post("head4", PROXIES, range("director", today, today.plusDays(5), "出差")).andExpect(status().isCreated());
        api.post("head4", PROXIES, range("bureau", today.plusDays(5), today.plusDays(6), "出差")).andExpect(rejectedFor("startsOn"));
        api.post("auditor", PROXIES, range("director", today, today, "x")).andExpect(error(403));
        api.post("staff4", PROXIES, range("head4", today, today, "x")).andExpect(error(403));

        assertThat(api.body(api.get("head4", PROXIES)).size()).isEqualTo(1);
        assertThat(StreamSupport.stream(api.body(api.get("head4", PROXIES + "/candidates")).spliterator(), false)
            .map(u -> u.path("username").asText())).contains("director", "finance", "bureau").doesNotContain("head4", "head3", "staff4");
    }

    private static Map<String, Object> range(String proxy, LocalDate from, LocalDate to, String reason) {
        return Map.of("proxy", proxy, "startsOn", from.toString(), "endsOn", to.toString(), "reason", reason);
    }

    private org.springframework.test.web.servlet.ResultActions cancel(String user, long id) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.delete(PROXIES + "/{id}", id).header(ApiClient.SCRIPT_HEADER, "XMLHttpRequest")
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(user,
                ApiClient.PASSWORD)));
    }


}
