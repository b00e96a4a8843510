package cn.nanchang.budgetflow.approval;

import static cn.nanchang.budgetflow.testsupport.ApiClient.DOCUMENTS;
import static cn.nanchang.budgetflow.testsupport.ApiClient.TASKS;
import static cn.nanchang.budgetflow.testsupport.ApiExpectations.error;
import static cn.nanchang.budgetflow.testsupport.ApiExpectations.rejectedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/**
 * Every action a proxy takes for the principal is attributed (issue 12 §1): the director stands
 * in for finance and hands on (转办, 委派), adds and removes a signer, returns to a step and takes
 * an approval back; each history entry reads 代 财务 and names finance in its own field. An approval
 * taken for the principal cannot be taken back once the grant has ended. And a grant's days stay
 * near today (§5).
 */
@ApiTestContext
class ProxyActionsAttributedApiTest {

    private static final String PROXIES = "/api/v1/proxies";

    private final ApiClient api;
    private final LocalDate today;
    private final ApprovalProxyRepository grants;

    ProxyActionsAttributedApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired Clock clock,
            @Autowired ApprovalProxyRepository grants, @Autowired UserDirectory directory, @Autowired PasswordEncoder encoder) {
        this.api = new ApiClient(mvc, json);
        this.today = LocalDate.now(clock);
        this.grants = grants;
        SecondFinanceUser.ensure(directory, encoder);
    }

    @AfterEach
    void endFinancesGrants() {
        grants.deleteAll(grants.findByPrincipalOrderByStartsOnAsc("finance"));
    }

    @Test
    void a_transfer_for_the_principal_is_attributed() throws Exception {
        String taskId = financeTaskWithDirectorStandingIn();
        api.post("director", TASKS + "/{t}/transfer", Map.of("target", SecondFinanceUser.USERNAME, "reason", "本人出差"), taskId)
            .andExpect(status().isOk());
        assertAttributed(lastDocument, "TRANSFER", "转办给：" + SecondFinanceUser.DISPLAY_NAME);
    }

    @Test
    void a_delegation_for_the_principal_is_attributed() throws Exception {
        String taskId = financeTaskWithDirectorStandingIn();
        api.post("director", TASKS + "/{t}/delegate", Map.of("target", "head4", "reason", "请核对明细"), taskId)
            .andExpect(status().isOk());
        assertAttributed(lastDocument, "DELEGATE", "委派给：" + HistoryLookup.displayName(api, "head4"));
    }

    @Test
    void adding_and_removing_a_signer_for_the_principal_are_attributed() throws Exception {
        String taskId = financeTaskWithDirectorStandingIn();
        api.post("director", TASKS + "/{t}/add-signer", Map.of("target", "bureau", "position", "BEFORE", "reason", "请先把关"), taskId)
            .andExpect(status().isOk());
        assertAttributed(lastDocument, "ADD_SIGNER", "前加签：" + HistoryLookup.displayName(api, "bureau"));

        api.post("director", DOCUMENTS + "/{id}/remove-signer", Map.of("reason", "无需加签"), lastDocument).andExpect(status().isOk());
        assertAttributed(lastDocument, "REMOVE_SIGNER", "减签：" + HistoryLookup.displayName(api, "bureau"));
    }

    @Test
    void a_return_to_a_step_for_the_principal_is_attributed() throws Exception {
        String taskId = financeTaskWithDirectorStandingIn();
        api.post("director", TASKS + "/{t}/decision", Map.of("decision", "RETURN", "comment", "请科长复核",
            "returnTo", "SECTION_HEAD_REVIEW"), taskId).andExpect(status().isOk());
        assertAttributed(lastDocument, "RETURN_TO_STEP", "退回至：科长审核");
    }

    @Test
    void an_approval_for_the_principal_is_taken_back_attributed_and_not_after_the_grant_ended() throws Exception {
        financeTaskWithDirectorStandingIn();
        api.approve("director", lastDocument);
        api.post("director", DOCUMENTS + "/{id}/withdraw-approval", Map.of("reason", "金额需再核"), lastDocument)
            .andExpect(status().isOk());
        assertAttributed(lastDocument, "WITHDRAW_APPROVAL", null);

        api.approve("director", lastDocument);
        endFinancesGrants();
        JsonNode refusal = api.body(api.post("director", DOCUMENTS + "/{id}/withdraw-approval", Map.of("reason", "再核"), lastDocument)
            .andExpect(error(409)));
        assertThat(refusal.path("message").asText()).contains("代理已结束");
    }

    @Test
    void a_grant_starts_at_most_thirty_days_back_or_a_year_ahead() throws Exception {
        api.post("finance", PROXIES, range(today.minusDays(31), today)).andExpect(rejectedFor("startsOn"));
        api.post("finance", PROXIES, range(today.plusYears(1).plusDays(1), today.plusYears(1).plusDays(2)))
            .andExpect(rejectedFor("startsOn"));
        api.post("finance", PROXIES, range(today.plusYears(1), today.plusYears(2).plusDays(1))).andExpect(rejectedFor("endsOn"));
        api.post("finance", PROXIES, range(today.minusDays(30), today)).andExpect(status().isCreated());
    }

    private long lastDocument;

    /** A draft of section S04 at 财务审核, with the director standing in for finance today. */
    private String financeTaskWithDirectorStandingIn() throws Exception {
        Draft draft = api.drafts().submitted("staff4");
        api.approve("head4", draft.id());
        api.post("finance", PROXIES, range(today, today)).andExpect(status().isCreated());
        lastDocument = draft.id();
        return api.taskId("director", draft.id());
    }

    private void assertAttributed(long documentId, String action, String details) throws Exception {
        JsonNode entry = HistoryLookup.lastOf(api, "staff4", documentId, action);
        String mark = "代 " + HistoryLookup.displayName(api, "finance");
        assertThat(entry.path("actor").asText()).isEqualTo("director");
        assertThat(entry.path("details").asText()).isEqualTo(details == null ? mark : mark + "；" + details);
        assertThat(entry.path("onBehalfOf").asText()).isEqualTo("finance");
    }

    private static Map<String, Object> range(LocalDate from, LocalDate to) {
        return Map.of("proxy", "director", "startsOn", from.toString(), "endsOn", to.toString(), "reason", "外出");
    }
}
