package cn.nanchang.budgetflow.document;

import static cn.nanchang.budgetflow.testsupport.ApiClient.TASKS;
import static cn.nanchang.budgetflow.testsupport.ApiExpectations.error;
import static cn.nanchang.budgetflow.testsupport.BudgetDrafts.DRAFTS;
import static cn.nanchang.budgetflow.testsupport.DraftBodies.draftBody;
import static cn.nanchang.budgetflow.testsupport.DraftBodies.officeSupplies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.organization.UserDirectory;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who sees and acts on which documents (issue text): 科员 and 科长 their own section only, and a
 * draft of another section is answered like a missing one; the unit-wide reviewers and the
 * auditor see all; the auditor acts on nothing; the administrator sees no documents; only the
 * drafter edits, submits or withdraws.
 */
@ApiTestContext
class DocumentAccessApiTest {

    /** A second 科员 of S01, because the demo data has one staff member per section. */
    private static final String COLLEAGUE = "staff1-colleague";

    private final ApiClient api;
    private final UserDirectory directory;
    private final PasswordEncoder encoder;

    DocumentAccessApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired UserDirectory directory,
            @Autowired PasswordEncoder encoder) {
        this.api = new ApiClient(mvc, json);
        this.directory = directory;
        this.encoder = encoder;
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff1", "head1"})
    void a_draft_of_another_section_is_answered_404_as_if_it_did_not_exist(String outsider) throws Exception {
        Draft other = api.drafts().create("staff2");

        api.get(outsider, DRAFTS + "/{id}", other.id()).andExpect(error(404));
        api.get(outsider, "/api/v1/documents/{id}/history", other.id()).andExpect(error(404));
        api.get(outsider, DRAFTS + "/{id}", 999_999_999L).andExpect(error(404));
    }

    @Test
    void staff_of_another_section_can_neither_edit_submit_nor_withdraw_its_draft() throws Exception {
        Draft draft = api.drafts().create("staff2");
        Draft submitted = api.drafts().submitted("staff2");
        Map<String, Object> edit = draftBody(draft.fiscalYear(), List.of(officeSupplies()));

        api.put("staff1", DRAFTS + "/{id}", edit, draft.id()).andExpect(error(404));
        api.post("staff1", DRAFTS + "/{id}/submit", null, draft.id()).andExpect(error(404));
        api.post("staff1", DRAFTS + "/{id}/withdraw", null, submitted.id()).andExpect(error(404));

        assertThat(api.drafts().draft("staff2", draft.id()).path("version").asLong()).isEqualTo(draft.version());
        assertThat(api.drafts().statusOf("staff2", draft.id())).isEqualTo("DRAFT");
        assertThat(api.drafts().statusOf("staff2", submitted.id())).isEqualTo("IN_REVIEW");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff1", "head1"})
    void lists_hold_only_the_callers_own_section_even_when_another_is_asked_for(String user) throws Exception {
        Draft own = api.drafts().create("staff1");
        Draft other = api.drafts().create("staff2");

        JsonNode asked = api.body(api.get(user, DRAFTS + "?section=S02").andExpect(status().isOk()));
        assertThat(api.ids(asked)).doesNotContain(other.id()).isEmpty();

        JsonNode unfiltered = api.body(api.get(user, DRAFTS + "?limit=500").andExpect(status().isOk()));
        assertThat(api.ids(unfiltered)).contains(own.id()).doesNotContain(other.id());
        assertThat(unfiltered.findValuesAsText("section")).containsOnly("S01");

        JsonNode documents = api.body(api.get(user, "/api/v1/documents?section=S02").andExpect(status().isOk()));
        assertThat(api.ids(documents)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"finance", "director", "bureau", "auditor"})
    void unit_wide_reviewers_and_the_auditor_see_every_sections_drafts(String user) throws Exception {
        Draft draft = api.drafts().create("staff2");

        api.get(user, DRAFTS + "/{id}", draft.id())
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.section").value("S02"));
        JsonNode listed = api.body(api.get(user, DRAFTS + "?section=S02&fiscalYear={y}", draft.fiscalYear())
            .andExpect(status().isOk()));
        assertThat(api.ids(listed)).contains(draft.id());
        assertThat(api.history(user, draft.id()).findValuesAsText("action")).contains("CREATE");
    }

    @Test
    void the_auditor_can_neither_create_submit_withdraw_claim_nor_decide() throws Exception {
        Draft draft = api.drafts().create("staff2");
        Draft submitted = api.drafts().submitted("staff2");
        String taskId = api.taskId("head2", submitted.id());

        api.post("auditor", DRAFTS, draftBody(2099, List.of(officeSupplies()))).andExpect(error(403));
        api.post("auditor", DRAFTS + "/{id}/submit", null, draft.id()).andExpect(error(403));
        api.post("auditor", DRAFTS + "/{id}/withdraw", null, submitted.id()).andExpect(error(403));
        api.post("auditor", TASKS + "/{taskId}/claim", null, taskId).andExpect(error(403));
        api.decision("auditor", taskId, "APPROVE", "同意").andExpect(error(403));

        assertThat(api.drafts().statusOf("auditor", draft.id())).isEqualTo("DRAFT");
        assertThat(api.drafts().statusOf("auditor", submitted.id())).isEqualTo("IN_REVIEW");
        assertThat(api.task("head2", submitted.id())).isPresent()
            .get().extracting(t -> t.path("assignee").isNull()).isEqualTo(true);
    }

    @Test
    void the_administrator_sees_no_documents() throws Exception {
        Draft draft = api.drafts().create("staff1");

        api.get("admin", DRAFTS).andExpect(error(403));
        api.get("admin", "/api/v1/documents").andExpect(error(403));
        api.get("admin", DRAFTS + "/{id}", draft.id()).andExpect(error(403));
        api.get("admin", "/api/v1/documents/{id}/history", draft.id()).andExpect(error(403));
        api.get("admin", TASKS).andExpect(error(403));
    }

    @Test
    void a_colleague_who_did_not_draft_it_may_read_but_not_edit_submit_or_withdraw() throws Exception {
        ensureColleagueInS01();
        Draft draft = api.drafts().create("staff1");
        Draft submitted = api.drafts().submitted("staff1");

        api.get(COLLEAGUE, DRAFTS + "/{id}", draft.id()).andExpect(status().isOk());
        api.put(COLLEAGUE, DRAFTS + "/{id}", draftBody(draft.fiscalYear(), List.of(officeSupplies())), draft.id())
            .andExpect(error(403));
        api.post(COLLEAGUE, DRAFTS + "/{id}/submit", null, draft.id()).andExpect(error(403));
        api.post(COLLEAGUE, DRAFTS + "/{id}/withdraw", null, submitted.id()).andExpect(error(403));

        assertThat(api.drafts().draft("staff1", draft.id()).path("version").asLong()).isEqualTo(draft.version());
        assertThat(api.drafts().statusOf("staff1", draft.id())).isEqualTo("DRAFT");
        assertThat(api.drafts().statusOf("staff1", submitted.id())).isEqualTo("IN_REVIEW");
    }

    private void ensureColleagueInS01() {
        if (!directory.exists(COLLEAGUE)) {
            directory.save(new AppUser(COLLEAGUE, "同科室同事", encoder.encode(ApiClient.PASSWORD), Role.STAFF,
                directory.section("S01")));
        }
    }
}
