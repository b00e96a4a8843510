package cn.nanchang.budgetflow.project;

import static cn.nanchang.budgetflow.testsupport.BudgetDrafts.DRAFTS;
import static cn.nanchang.budgetflow.testsupport.ProjectApplications.PROJECTS;
import static cn.nanchang.budgetflow.testsupport.ProjectApplications.applicationOf;
import static cn.nanchang.budgetflow.testsupport.ProjectApplications.draft;
import static cn.nanchang.budgetflow.testsupport.ProjectApplications.draftLine;
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
 * The project library and the budget lines it funds, through the API: an approved project is
 * listed with its code; a 项目支出 line must fund an approved project of the same section and
 * year, and the lines funding one project, across the section's drafts of the year, stay within
 * its annual budget. Each breach is a 400 at lines[i].projectId with nothing stored.
 */
@ApiTestContext
class ProjectLibraryBudgetLinkApiTest {

    private static final String STAFF = "staff1";
    private static final String HEAD = "head1";

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
    void an_approved_project_is_listed_in_the_library_of_its_section_and_year_only() {
        int year = ProjectApplications.freshYear();
        JsonNode approved = api.projects().approvedProject(STAFF, HEAD, applicationOf(year, "300000.00"));
        long pending = api.projects().create(STAFF, applicationOf(year, "200000.00")).path("id").asLong();

        JsonNode library = api.answer(api.get(STAFF, PROJECTS + "?fiscalYear={y}&section=S01", year), status().isOk());
        assertThat(ids(library)).containsExactly(approved.path("id").asLong()).doesNotContain(pending);
        JsonNode project = library.get(0);
        assertThat(project.path("projectCode").asText()).matches("XM-" + year + "-S01-\\d{4}")
            .isEqualTo(approved.path("projectCode").asText());
        assertThat(project.path("annualBudget").asText()).isEqualTo("300000.00");
        assertThat(project.path("section").asText()).isEqualTo("S01");
        assertThat(ids(api.answer(api.get("finance", PROJECTS + "?fiscalYear={y}", year), status().isOk())))
            .contains(approved.path("id").asLong());
        assertThat(ids(api.answer(api.get("staff2", PROJECTS + "?fiscalYear={y}&section=S01", year), status().isOk())))
            .as("another section's staff sees nothing of S01").isEmpty();
        assertThat(ids(api.answer(api.get(STAFF, PROJECTS + "?fiscalYear={y}", year + 1), status().isOk()))).isEmpty();
    }

    @Test
    void a_project_line_funding_an_approved_project_is_stored_with_it() {
        int year = ProjectApplications.freshYear();
        JsonNode project = api.projects().approvedProject(STAFF, HEAD, applicationOf(year, "300000.00"));
        long projectId = project.path("id").asLong();
        JsonNode created = api.answer(api.post(STAFF, DRAFTS, draft(year, List.of(draftLine("PROJECT", "300000.00", projectId),
            draftLine("BASIC_PUBLIC", "5000.00", null)))), status().isCreated());
        JsonNode line = created.path("lines").get(0);
        assertThat(line.path("projectId").asLong()).isEqualTo(projectId);
        assertThat(line.path("projectCode").asText()).isEqualTo(project.path("projectCode").asText());
        assertThat(line.path("projectName").asText()).isEqualTo(project.path("name").asText());
        assertThat(created.path("lines").get(1).path("projectId").isNull()).isTrue();
    }

    @Test
    void a_project_line_without_a_project_is_refused() {
        int year = ProjectApplications.freshYear();
        refused(STAFF, year, List.of(draftLine("BASIC_PUBLIC", "5000.00", null), draftLine("PROJECT", "1000.00", null)),
            "lines[1].projectId");
    }

    @Test
    void a_basic_line_may_not_name_a_project() {
        int year = ProjectApplications.freshYear();
        long projectId = api.projects().approvedProject(STAFF, HEAD, applicationOf(year, "300000.00")).path("id").asLong();
        refused(STAFF, year, List.of(draftLine("BASIC_PUBLIC", "1000.00", projectId)), "lines[0].projectId");
    }

    @Test
    void a_project_line_may_not_fund_an_application_that_is_not_approved() {
        int year = ProjectApplications.freshYear();
        long pending = api.projects().create(STAFF, applicationOf(year, "300000.00")).path("id").asLong();
        api.projects().submit(STAFF, pending);
        refused(STAFF, year, List.of(draftLine("PROJECT", "1000.00", pending)), "lines[0].projectId");
        refused(STAFF, year, List.of(draftLine("PROJECT", "1000.00", 999_999_999L)), "lines[0].projectId");
    }

    @Test
    void a_project_line_may_not_fund_a_project_of_another_year_or_section() {
        int year = ProjectApplications.freshYear();
        long lastYears = api.projects().approvedProject(STAFF, HEAD, applicationOf(year - 1, "300000.00")).path("id").asLong();
        refused(STAFF, year, List.of(draftLine("PROJECT", "1000.00", lastYears)), "lines[0].projectId");
        long otherSections = api.projects().approvedProject("staff2", "head2", applicationOf(year, "300000.00")).path("id").asLong();
        refused(STAFF, year, List.of(draftLine("PROJECT", "1000.00", otherSections)), "lines[0].projectId");
    }

    @Test
    void the_lines_of_one_draft_together_may_not_exceed_the_projects_annual_budget() {
        int year = ProjectApplications.freshYear();
        long projectId = api.projects().approvedProject(STAFF, HEAD, applicationOf(year, "300000.00")).path("id").asLong();
        JsonNode error = refused(STAFF, year, List.of(draftLine("PROJECT", "200000.00", projectId),
            draftLine("BASIC_PUBLIC", "1000.00", null), draftLine("PROJECT", "100000.01", projectId)), "lines[2].projectId");
        assertThat(error.path("errors").get(0).path("message").asText()).contains("300,000.00");
    }

    @Test
    void lines_of_every_draft_of_the_section_and_year_count_against_the_project() {
        int year = ProjectApplications.freshYear();
        long projectId = api.projects().approvedProject(STAFF, HEAD, applicationOf(year, "300000.00")).path("id").asLong();
        long first = api.answer(api.post(STAFF, DRAFTS, draft(year, List.of(draftLine("PROJECT", "200000.00", projectId)))),
            status().isCreated()).path("id").asLong();
        api.answer(api.post(STAFF, DRAFTS + "/{id}/submit", null, first), status().isOk());
        api.projects().approveDraft(HEAD, first);

        JsonNode error = refused(STAFF, year, List.of(draftLine("PROJECT", "100000.01", projectId)), "lines[0].projectId");
        assertThat(error.path("errors").get(0).path("message").asText()).contains("200,000.00");
        long second = api.answer(api.post(STAFF, DRAFTS, draft(year, List.of(draftLine("PROJECT", "100000.00", projectId)))),
            status().isCreated()).path("id").asLong();

        Map<String, Object> edit = draft(year, List.of(draftLine("PROJECT", "90000.00", projectId)));
        api.answer(api.put(STAFF, DRAFTS + "/{id}", edit, second), status().isOk());
        edit = draft(year, List.of(draftLine("PROJECT", "100000.01", projectId)));
        JsonNode editError = api.answer(api.put(STAFF, DRAFTS + "/{id}", edit, second), status().isBadRequest());
        assertThat(editError.path("errors").get(0).path("field").asText()).isEqualTo("lines[0].projectId");
        JsonNode stored = api.answer(api.get(STAFF, DRAFTS + "/{id}", second), status().isOk());
        assertThat(stored.path("lines").get(0).path("amount").asText()).isEqualTo("90000.00");
    }

    @Test
    void a_voided_draft_no_longer_counts_against_the_project() {
        int year = ProjectApplications.freshYear();
        long projectId = api.projects().approvedProject(STAFF, HEAD, applicationOf(year, "300000.00")).path("id").asLong();
        long voided = api.answer(api.post(STAFF, DRAFTS, draft(year, List.of(draftLine("PROJECT", "250000.00", projectId)))),
            status().isCreated()).path("id").asLong();

        api.answer(api.post(STAFF, "/api/v1/documents/{id}/void", Map.of("reason", "改为另行申报"), voided), status().isOk());

        // before, the voided draft's 250,000.00 and these 300,000.00 overspent the project's 300,000.00
        api.answer(api.post(STAFF, DRAFTS, draft(year, List.of(draftLine("PROJECT", "300000.00", projectId)))),
            status().isCreated());
    }

    /** Posts a draft, expects 400 at the field, and checks that no draft of that year was stored. */
    private JsonNode refused(String staff, int year, List<Map<String, Object>> lines, String field) {
        JsonNode error = api.answer(api.post(staff, DRAFTS, draft(year, lines)), status().isBadRequest());
        List<String> fields = StreamSupport.stream(error.path("errors").spliterator(), false)
            .map(e -> e.path("field").asText()).toList();
        assertThat(fields).as("fields of %s", error).containsExactly(field);
        assertThat(error.path("errors").get(0).path("message").asText()).containsPattern("\\p{IsHan}");
        JsonNode stored = api.answer(api.get(staff, DRAFTS + "?fiscalYear={y}&status=DRAFT", year), status().isOk());
        assertThat(stored).as("drafts stored after a refusal").isEmpty();
        return error;
    }

    private static List<Long> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.path("id").asLong()).toList();
    }
}
