package cn.nanchang.budgetflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditEntry;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.organization.UserDirectory;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A signed-in person who is refused leaves an ACCESS_DENIED entry naming what was refused, whether
 * a role rule, a 404 for another section's document or a 409 business refusal refused them; repeats
 * of the same refusal within a window are counted, not written; strangers are not recorded. Each
 * test uses a person of its own, so that another test's refusals in the same window do not count.
 */
@ApiTestContext
class AccessDeniedAuditApiTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    AuditLog audit;
    @Autowired
    UserDirectory directory;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void an_auditor_refused_by_a_service_is_recorded_with_the_refused_operation() throws Exception {
        String auditor = newUser(Role.AUDITOR, null);
        ApiClient api = new ApiClient(mvc, json);

        api.post(auditor, BudgetDrafts.DRAFTS, Map.of("fiscalYear", 2030, "lines", List.of())).andExpect(status().isForbidden());

        assertThat(denials(auditor)).singleElement().satisfies(e -> {
            assertThat(e.getActorRole()).isEqualTo("AUDITOR");
            assertThat(e.getDetails()).startsWith("BudgetDraftService.create；来自 ");
        });
    }

    @Test
    void a_staff_member_refused_by_a_url_rule_is_recorded_with_the_request() throws Exception {
        String staff = "deny-url-" + NEXT.incrementAndGet();

        mvc.perform(MockMvcRequestBuilders.get("/actuator/env")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                    .user(staff).roles("STAFF")))
            .andExpect(status().isForbidden());

        assertThat(denials(staff)).singleElement()
            .satisfies(e -> assertThat(e.getDetails()).startsWith("GET /actuator/env；来自 "));
    }

    @Test
    void another_sections_document_answered_404_is_recorded_once_and_its_repeats_are_counted() throws Exception {
        ApiClient api = new ApiClient(mvc, json);
        long theirs = api.drafts().create("staff1").id();
        String stranger = newUser(Role.STAFF, "S05");

        for (int i = 0; i < 3; i++) {
            api.get(stranger, BudgetDrafts.DRAFTS + "/{id}", theirs).andExpect(status().isNotFound());
        }

        assertThat(denials(stranger)).singleElement().satisfies(e -> {
            assertThat(e.getActorRole()).isEqualTo("STAFF");
            assertThat(e.getDetails()).contains("GET /api/v1/budget-drafts/{id} → 404", "/api/v1/budget-drafts/" + theirs);
        });
    }

    @Test
    void a_business_refusal_answered_409_is_recorded() throws Exception {
        ApiClient api = new ApiClient(mvc, json);
        String staff = newUser(Role.STAFF, "S05");
        long draft = api.drafts().create(staff).id();
        api.drafts().submit(staff, draft);

        api.post(staff, BudgetDrafts.DRAFTS + "/{id}/submit", null, draft).andExpect(status().isConflict());

        // preparing the draft looked up budget years that do not exist (404s of their own): only the 409 is asked about
        assertThat(denials(staff)).filteredOn(e -> e.getDetails().contains("→ 409")).singleElement()
            .satisfies(e -> assertThat(e.getDetails()).contains("POST /api/v1/budget-drafts/{id}/submit → 409"));
    }

    @Test
    void bad_input_and_anonymous_visitors_are_not_recorded_as_denials() throws Exception {
        int before = denials("anonymousUser").size();
        mvc.perform(MockMvcRequestBuilders.get("/actuator/env")).andExpect(status().is3xxRedirection());
        mvc.perform(MockMvcRequestBuilders.get(BudgetDrafts.DRAFTS + "/1")).andExpect(status().isUnauthorized());
        assertThat(denials("anonymousUser")).hasSize(before);

        String staff = newUser(Role.STAFF, "S05");
        new ApiClient(mvc, json).get(staff, BudgetDrafts.DRAFTS + "/{id}", "abc").andExpect(status().isBadRequest());
        assertThat(denials(staff)).isEmpty();
    }

    private List<AuditEntry> denials(String actor) {
        return audit.byActor(actor, AuditAction.ACCESS_DENIED);
    }

    private String newUser(Role role, String section) {
        String username = "deny-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        directory.save(new AppUser(username, "拒绝审计" + NEXT.get(), encoder.encode("demo123"), role, section == null ? null : directory.section(section)));
        return username;
    }
}
