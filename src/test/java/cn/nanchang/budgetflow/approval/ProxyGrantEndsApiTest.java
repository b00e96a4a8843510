package cn.nanchang.budgetflow.approval;

import static cn.nanchang.budgetflow.testsupport.ApiClient.TASKS;
import static cn.nanchang.budgetflow.testsupport.ApiExpectations.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.organization.UserDirectory;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import cn.nanchang.budgetflow.testsupport.HistoryLookup;
import cn.nanchang.budgetflow.testsupport.SecondFinanceUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 代理审批 never outlives its grant (issue 12 §1): a proxy who claimed the principal's task loses it
 * when the grant is cancelled or has expired; the task goes back to the principal's group, the
 * document records it, and the proxy's decision is refused. Every action a proxy takes names the
 * principal (代 X, and the principal in a field of its own). 不相容岗位分离: one person decides one step
 * of an approval, in any capacity, and never their own document (409).
 */
@ApiTestContext
class ProxyGrantEndsApiTest {

    private static final String PROXIES = "/api/v1/proxies";

    private final ApiClient api;
    private final MockMvc mvc;
    private final LocalDate today;
    private final ApprovalProxyRepository grants;
    private final ProxyClaims claims;
    private final TransactionTemplate tx;
    private final UserDirectory directory;
    private final PasswordEncoder encoder;

    ProxyGrantEndsApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired Clock clock,
            @Autowired ApprovalProxyRepository grants, @Autowired ProxyClaims claims, @Autowired TransactionTemplate tx,
            @Autowired UserDirectory directory, @Autowired PasswordEncoder encoder) {
        this.api = new ApiClient(mvc, json);
        this.mvc = mvc;
        this.today = LocalDate.now(clock);
        this.grants = grants;
        this.claims = claims;
        this.tx = tx;
        this.directory = directory;
        this.encoder = encoder;
        SecondFinanceUser.ensure(directory, encoder);
    }

    @AfterEach
    void endHeadFoursGrants() {
        grants.deleteAll(grants.findByPrincipalOrderByStartsOnAsc("head4"));
    }

    @Test
    void a_proxy_who_claimed_the_principals_task_loses_it_when_the_grant_is_cancelled() throws Exception {
        Draft draft = api.drafts().submitted("staff4");
        long grant = name("director", today, today.plusDays(2));
        String taskId = api.taskId("director", draft.id());
        api.post("director", TASKS + "/{t}/claim", null, taskId).andExpect(status().isOk());
        assertThat(api.task("head4", draft.id())).isEmpty();

        cancel("head4", grant);

        api.decision("director", taskId, "APPROVE", "同意").andExpect(error(404));
        assertThat(api.task("director", draft.id())).isEmpty();
        assertThat(api.task("head4", draft.id())).isPresent();
        JsonNode released = HistoryLookup.lastOf(api, "staff4", draft.id(), "UNCLAIM");
        assertThat(released.path("details").asText()).isEqualTo("代理结束，任务退回 " + name("head4") + " 所在岗位");
        assertThat(released.path("onBehalfOf").asText()).isEqualTo("head4");
        assertThat(api.history("staff4", draft.id()).findValuesAsText("action")).doesNotContain("APPROVE");
        assertThat(api.approve("head4", draft.id())).isEqualTo("IN_REVIEW");
    }

    @Test
    void an_expired_grant_gives_the_claimed_task_back_when_the_proxy_next_opens_the_inbox() throws Exception {
        Draft draft = api.drafts().submitted("staff4");
        name("director", today, today);
        String taskId = api.taskId("director", draft.id());
        api.post("director", TASKS + "/{t}/claim", null, taskId).andExpect(status().isOk());

        expireHeadFoursGrants();

        api.decision("director", taskId, "APPROVE", "同意").andExpect(error(404));
        assertThat(api.task("director", draft.id())).isEmpty();
        assertThat(api.task("head4", draft.id())).isPresent();
        assertThat(HistoryLookup.lastOf(api, "staff4", draft.id(), "UNCLAIM").path("details").asText())
            .isEqualTo("代理结束，任务退回 " + name("head4") + " 所在岗位");
    }

    @Test
    void the_scheduled_sweep_gives_back_what_an_expired_grant_still_held() throws Exception {
        Draft draft = api.drafts().submitted("staff4");
        name("director", today, today);
        String taskId = api.taskId("director", draft.id());
        api.post("director", TASKS + "/{t}/claim", null, taskId).andExpect(status().isOk());
        expireHeadFoursGrants();

        claims.sweep();

        assertThat(HistoryLookup.lastOf(api, "staff4", draft.id(), "UNCLAIM").path("actor").asText()).isEqualTo("system");
        assertThat(api.task("head4", draft.id())).isPresent();
        assertThat(grants.findByProxyAndEndsOnBeforeAndClaimsReleasedFalse("director", today)).isEmpty();
    }

    @Test
    void a_proxy_moved_to_another_section_no_longer_sees_or_decides_the_principals_task() throws Exception {
        String deputy = "deputy4-" + System.nanoTime() % 100000;
        directory.save(new AppUser(deputy, "副科长" + deputy, encoder.encode(ApiClient.PASSWORD), Role.SECTION_HEAD, directory.section("S04")));
        Draft draft = api.drafts().submitted("staff4");
        name(deputy, today, today.plusDays(2));
        String taskId = api.taskId(deputy, draft.id());
        api.post(deputy, TASKS + "/{t}/claim", null, taskId).andExpect(status().isOk());

        api.put("admin", "/api/v1/admin/users/{u}", Map.of("displayName", "副科长" + deputy, "role", "SECTION_HEAD", "section", "S05"),
            deputy).andExpect(status().isOk());

        assertThat(api.task(deputy, draft.id())).as("the grant no longer shows in the moved proxy's inbox").isEmpty();
        api.decision(deputy, taskId, "APPROVE", "同意").andExpect(error(404));
        assertThat(api.task("head4", draft.id())).as("back with the principal's group").isPresent();
        assertThat(api.history("staff4", draft.id()).findValuesAsText("action")).contains("UNCLAIM").doesNotContain("APPROVE");
        assertThat(api.approve("head4", draft.id())).isEqualTo("IN_REVIEW");
    }

    @Test
    void claiming_and_giving_back_as_a_proxy_are_recorded_for_the_principal() throws Exception {
        Draft draft = api.drafts().submitted("staff4");
        name("director", today, today);
        String taskId = api.taskId("director", draft.id());

        api.post("director", TASKS + "/{t}/claim", null, taskId).andExpect(status().isOk());
        api.post("director", TASKS + "/{t}/unclaim", null, taskId).andExpect(status().isOk());

        for (String action : new String[] {"CLAIM", "UNCLAIM"}) {
            JsonNode entry = HistoryLookup.lastOf(api, "staff4", draft.id(), action);
            assertThat(entry.path("actor").asText()).isEqualTo("director");
            assertThat(entry.path("details").asText()).isEqualTo("代 " + name("head4"));
            assertThat(entry.path("onBehalfOf").asText()).isEqualTo("head4");
        }
    }

    @Test
    void a_proxys_decision_names_the_principal_in_a_field_of_its_own() throws Exception {
        Draft draft = api.drafts().submitted("staff4");
        name("director", today, today);

        api.approve("director", draft.id());

        JsonNode approval = HistoryLookup.lastOf(api, "staff4", draft.id(), "APPROVE");
        assertThat(approval.path("details").asText()).isEqualTo("代 " + name("head4") + " 审批");
        assertThat(approval.path("onBehalfOf").asText()).isEqualTo("head4");
        // the principal is part of the entry's hash: the chain with it still verifies
        assertThat(api.body(api.get("auditor", "/api/v1/audit/verify").andExpect(status().isOk())).path("intact").asBoolean())
            .isTrue();
    }

    @Test
    void one_who_decided_the_section_heads_step_as_proxy_may_not_then_decide_the_finance_step() throws Exception {
        Draft draft = api.drafts().submitted("staff4");
        name("finance", today, today);
        assertThat(api.approve("finance", draft.id())).isEqualTo("IN_REVIEW");

        JsonNode refusal = api.body(api.decision("finance", api.taskId("finance", draft.id()), "APPROVE", "同意")
            .andExpect(error(409)));

        assertThat(refusal.path("message").asText()).contains("不相容岗位分离", "科长审核", "财务审核");
        assertThat(api.history("staff4", draft.id()).findValuesAsText("action")).containsOnlyOnce("APPROVE");
        assertThat(api.approve(SecondFinanceUser.USERNAME, draft.id())).isEqualTo("IN_REVIEW");
    }

    @Test
    void a_return_by_the_finance_step_after_deciding_for_the_section_head_is_refused_too() throws Exception {
        Draft draft = api.drafts().submitted("staff4");
        name("finance", today, today);
        api.approve("finance", draft.id());

        api.decision("finance", api.taskId("finance", draft.id()), "RETURN", "请补充").andExpect(error(409));

        assertThat(api.drafts().statusOf("staff4", draft.id())).isEqualTo("IN_REVIEW");
    }

    private long name(String proxy, LocalDate from, LocalDate to) throws Exception {
        return api.body(api.post("head4", PROXIES, Map.of("proxy", proxy, "startsOn", from.toString(), "endsOn", to.toString(),
            "reason", "外出")).andExpect(status().isCreated())).path("id").asLong();
    }

    private String name(String username) throws Exception {
        return HistoryLookup.displayName(api, username);
    }

    private void cancel(String user, long id) throws Exception {
        mvc.perform(MockMvcRequestBuilders.delete(PROXIES + "/{id}", id).header("X-Requested-With", "test")
            .with(SecurityMockMvcRequestPostProcessors.httpBasic(user, ApiClient.PASSWORD))).andExpect(status().isOk());
    }

    /** The clock cannot move; the grant is moved into the past instead, as if its last day were yesterday. */
    private void expireHeadFoursGrants() {
        tx.executeWithoutResult(s -> grants.findByPrincipalOrderByStartsOnAsc("head4").forEach(g -> {
            grants.delete(g);
            grants.save(new ApprovalProxy(g.getPrincipal(), g.getProxy(), today.minusDays(3), today.minusDays(1), g.getReason(),
                g.getCreatedAt()));
        }));
    }
}
