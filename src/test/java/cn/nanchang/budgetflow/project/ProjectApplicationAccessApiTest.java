package cn.nanchang.budgetflow.project;

import static cn.nanchang.budgetflow.testsupport.ProjectApplications.APPLICATIONS;
import static cn.nanchang.budgetflow.testsupport.ProjectApplications.validApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.ProjectApplications;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may see and change project applications: another section's application is answered like
 * a missing one (404), the auditor reads but never acts (403), edits race with a version (409)
 * and stop once the application is in review; lists stay within what the caller may see.
 */
@ApiTestContext
class ProjectApplicationAccessApiTest {

    private static final String STAFF = "staff5";
    private static final String HEAD = "head5";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(mvc, json);
    }

    @ParameterizedTest(name = "{0} of another section gets 404")
    @ValueSource(strings = {"staff6", "head6"})
    void another_sections_application_is_answered_like_a_missing_one(String outsider) {
        int year = ProjectApplications.freshYear();
        long id = api.projects().create(STAFF, validApplication(year)).path("id").asLong();
        api.answer(api.get(outsider, APPLICATIONS + "/{id}", id), status().isNotFound());
        api.answer(api.get(outsider, "/api/v1/documents/{id}/history", id), status().isNotFound());
        if (outsider.startsWith("staff")) {
            api.answer(api.put(outsider, APPLICATIONS + "/{id}", validApplication(year), id), status().isNotFound());
            api.answer(api.post(outsider, APPLICATIONS + "/{id}/submit", null, id), status().isNotFound());
            api.answer(api.post(outsider, APPLICATIONS + "/{id}/withdraw", null, id), status().isNotFound());
        }
        assertThat(api.projects().application(STAFF, id).path("status").asText()).isEqualTo("DRAFT");
        assertThat(api.projects().listed(outsider, year)).doesNotContain(id);
    }

    @ParameterizedTest(name = "{0} reads any section''s application")
    @ValueSource(strings = {"finance", "director", "bureau", "auditor", HEAD})
    void reviewers_and_the_auditor_read_applications(String reader) {
        long id = api.projects().create(STAFF, validApplication(ProjectApplications.freshYear())).path("id").asLong();
        assertThat(api.projects().application(reader, id).path("name").asText()).startsWith("测试运维项目");
    }

    @Test
    void the_auditor_may_not_create_submit_or_decide() {
        int year = ProjectApplications.freshYear();
        api.answer(api.post("auditor", APPLICATIONS, validApplication(year)), status().isForbidden());
        long id = api.projects().create(STAFF, validApplication(year)).path("id").asLong();
        api.answer(api.put("auditor", APPLICATIONS + "/{id}", validApplication(year), id), status().isForbidden());
        api.answer(api.post("auditor", APPLICATIONS + "/{id}/submit", null, id), status().isForbidden());
        api.projects().submit(STAFF, id);
        String taskId = api.taskOn(HEAD, id).path("taskId").asText();
        api.answer(api.decision("auditor", taskId, "APPROVE", null, null), status().isForbidden());
        assertThat(api.projects().application(STAFF, id).path("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(api.projects().listed("auditor", year)).contains(id);
    }

    @Test
    void only_staff_file_applications_and_the_administrator_reads_none() {
        int year = ProjectApplications.freshYear();
        api.answer(api.post(HEAD, APPLICATIONS, validApplication(year)), status().isForbidden());
        api.answer(api.post("finance", APPLICATIONS, validApplication(year)), status().isForbidden());
        long id = api.projects().create(STAFF, validApplication(year)).path("id").asLong();
        api.answer(api.get("admin", APPLICATIONS + "/{id}", id), status().isForbidden());
    }

    @Test
    void an_edit_on_a_stale_version_is_refused_with_409() {
        int year = ProjectApplications.freshYear();
        JsonNode created = api.projects().create(STAFF, validApplication(year));
        long id = created.path("id").asLong();
        Map<String, Object> edit = validApplication(year);
        edit.put("version", created.path("version").asLong());
        edit.put("name", "第一次修改");
        JsonNode edited = api.answer(api.put(STAFF, APPLICATIONS + "/{id}", edit, id), status().isOk());
        assertThat(edited.path("version").asLong()).isGreaterThan(created.path("version").asLong());
        edit.put("name", "基于旧版本的修改");
        api.answer(api.put(STAFF, APPLICATIONS + "/{id}", edit, id), status().isConflict());
        assertThat(api.projects().application(STAFF, id).path("name").asText()).isEqualTo("第一次修改");
    }

    @Test
    void an_application_in_review_is_locked_until_withdrawn() {
        int year = ProjectApplications.freshYear();
        long id = api.projects().create(STAFF, validApplication(year)).path("id").asLong();
        api.projects().submit(STAFF, id);
        api.answer(api.put(STAFF, APPLICATIONS + "/{id}", validApplication(year), id), status().isConflict());
        JsonNode withdrawn = api.answer(api.post(STAFF, APPLICATIONS + "/{id}/withdraw", null, id), status().isOk());
        assertThat(withdrawn.path("status").asText()).isEqualTo("DRAFT");
        api.answer(api.put(STAFF, APPLICATIONS + "/{id}", validApplication(year), id), status().isOk());
        api.projects().submit(STAFF, id);
        api.projects().approve(HEAD, id);
        api.answer(api.post(STAFF, APPLICATIONS + "/{id}/withdraw", null, id), status().isConflict());
    }

    @Test
    void the_fiscal_year_of_a_stored_application_cannot_be_changed() {
        int year = ProjectApplications.freshYear();
        long id = api.projects().create(STAFF, validApplication(year)).path("id").asLong();
        Map<String, Object> moved = validApplication(year + 1);
        JsonNode error = api.answer(api.put(STAFF, APPLICATIONS + "/{id}", moved, id), status().isBadRequest());
        assertThat(error.path("errors").get(0).path("field").asText()).isEqualTo("fiscalYear");
    }

    @Test
    void the_list_filters_by_year_section_and_status_within_what_the_caller_may_see() {
        int year = ProjectApplications.freshYear();
        long draft = api.projects().create(STAFF, validApplication(year)).path("id").asLong();
        long submitted = api.projects().create(STAFF, validApplication(year)).path("id").asLong();
        api.projects().submit(STAFF, submitted);
        long otherSection = api.projects().create("staff6", validApplication(year)).path("id").asLong();

        JsonNode mine = api.answer(api.get(STAFF, APPLICATIONS + "?fiscalYear={y}", year), status().isOk());
        assertThat(api.ids(mine)).containsExactlyInAnyOrder(draft, submitted);
        JsonNode item = mine.get(0);
        assertThat(item.path("section").asText()).isEqualTo("S05");
        assertThat(item.path("fiscalYear").asInt()).isEqualTo(year);
        assertThat(item.path("totalAmount").asText()).isEqualTo("100000.00");
        assertThat(item.path("number").asText()).startsWith("XM-" + year);
        assertThat(item.path("type").asText()).isEqualTo("PROJECT_APPLICATION");
        assertThat(api.ids(api.answer(api.get(STAFF, APPLICATIONS + "?fiscalYear={y}&section=S06", year), status().isOk())))
            .isEmpty();
        assertThat(api.ids(api.answer(api.get("finance", APPLICATIONS + "?fiscalYear={y}&section=S06", year),
            status().isOk()))).containsExactly(otherSection);
        assertThat(api.ids(api.answer(api.get("finance", APPLICATIONS + "?fiscalYear={y}&status=IN_REVIEW", year),
            status().isOk()))).containsExactly(submitted);
        assertThat(api.ids(api.answer(api.get("finance", "/api/v1/budget-drafts?fiscalYear={y}", year), status().isOk())))
            .as("budget drafts list only budget drafts").doesNotContain(draft, submitted, otherSection);
    }
}
