package cn.nanchang.budgetflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditEntry;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A signed-in person who is refused leaves an ACCESS_DENIED entry naming what was refused; strangers do not. */
@ApiTestContext
class AccessDeniedAuditApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    AuditLog audit;

    @Test
    void an_auditor_refused_by_a_service_is_recorded_with_the_refused_operation() throws Exception {
        int before = denials("auditor").size();
        ApiClient api = new ApiClient(mvc, json);

        api.post("auditor", BudgetDrafts.DRAFTS, Map.of("fiscalYear", 2030, "lines", List.of())).andExpect(status().isForbidden());

        List<AuditEntry> after = denials("auditor");
        assertThat(after).hasSize(before + 1);
        assertThat(after.get(0).getActorRole()).isEqualTo("AUDITOR");
        assertThat(after.get(0).getDetails()).isEqualTo("BudgetDraftService.create");
    }

    @Test
    void a_staff_member_refused_by_a_url_rule_is_recorded_with_the_request() throws Exception {
        int before = denials("staff3").size();

        mvc.perform(MockMvcRequestBuilders.get("/actuator/env")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                    .user("staff3").roles("STAFF")))
            .andExpect(status().isForbidden());

        List<AuditEntry> after = denials("staff3");
        assertThat(after).hasSize(before + 1);
        assertThat(after.get(0).getDetails()).isEqualTo("GET /actuator/env");
    }

    @Test
    void an_anonymous_visitor_sent_to_the_login_page_is_not_recorded_as_a_denial() throws Exception {
        int before = denials("anonymousUser").size();

        mvc.perform(MockMvcRequestBuilders.get("/actuator/env")).andExpect(status().is3xxRedirection());

        assertThat(denials("anonymousUser")).hasSize(before);
    }

    private List<AuditEntry> denials(String actor) {
        return audit.byActor(actor, AuditAction.ACCESS_DENIED);
    }
}
