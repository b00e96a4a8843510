package cn.nanchang.budgetflow.project;

import static cn.nanchang.budgetflow.testsupport.ApiExpectations.error;
import static cn.nanchang.budgetflow.testsupport.ProjectApplications.APPLICATIONS;
import static cn.nanchang.budgetflow.testsupport.ProjectApplications.validApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.base.PreparedYear;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 复制为新项目: a 科员 starts a project of the year being prepared from an earlier one of their
 * section that went through review. The copy is a new draft with header, cost lines and
 * performance targets, no project code; a name taken in the year and a period outside it change,
 * with a note. A draft in progress, another section's project, another type's id and other roles
 * are refused. Copies are voided afterwards.
 */
@ApiTestContext
class ProjectCopyApiTest {

    private static final String STAFF = "staff6";
    private static final String HEAD = "head6";

    private final ApiClient api;
    private final PreparedYear preparedYear;
    private final List<Long> copies = new ArrayList<>();

    ProjectCopyApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired PreparedYear preparedYear) {
        this.api = new ApiClient(mvc, json);
        this.preparedYear = preparedYear;
    }

    @AfterEach
    void voidTheCopies() {
        copies.forEach(id -> api.expect(api.post(STAFF, "/api/v1/documents/{id}/void", Map.of("reason", "测试复制后作废"), id),
            status().isOk()));
    }

    @Test
    void an_approved_project_becomes_a_new_draft_of_the_year_being_prepared_with_its_contents() {
        int year = preparedYear.year();
        JsonNode source = api.projects().approvedProject(STAFF, HEAD, validApplication(year - 1));

        var result = api.expect(api.post(STAFF, APPLICATIONS + "/{id}/copy", null, source.path("id").asLong()), status().isCreated());
        JsonNode answer = api.body(result);
        JsonNode copy = answer.path("document");
        copies.add(copy.path("id").asLong());

        api.expect(result, header().string("Location", APPLICATIONS + "/" + copy.path("id").asLong()));
        assertThat(answer.path("copiedFrom").asText()).isEqualTo(source.path("number").asText());
        assertThat(copy.path("status").asText()).isEqualTo("DRAFT");
        assertThat(copy.path("fiscalYear").asInt()).isEqualTo(year);
        assertThat(copy.path("number").asText()).isNotEqualTo(source.path("number").asText());
        assertThat(copy.path("projectCode").isNull() || copy.path("projectCode").isMissingNode()).isTrue();
        for (String field : List.of("name", "category", "overview", "legalBasis", "implementingBody", "purpose", "annualBudget")) {
            assertThat(copy.path(field)).as(field).isEqualTo(source.path(field));
        }
        assertThat(copy.path("costLines")).isEqualTo(source.path("costLines"));
        assertThat(names(copy.path("indicators"))).isEqualTo(names(source.path("indicators"))).hasSize(6);
        assertThat(copy.path("periodStart").asText()).isEqualTo(year + "-01");
        assertThat(answer.path("notes")).extracting(JsonNode::asText).singleElement().asString()
            .contains((year - 1) + "-01", year + "-01");
        JsonNode created = StreamSupport.stream(api.history(STAFF, copy.path("id").asLong()).spliterator(), false)
            .filter(e -> e.path("action").asText().equals("CREATE")).findFirst().orElseThrow();
        assertThat(created.path("details").asText()).contains("复制自" + source.path("number").asText());
    }

    @Test
    void a_second_copy_into_the_same_year_gets_a_name_of_its_own_and_says_so() {
        int year = preparedYear.year();
        long source = submittedProject(year);
        String name = api.projects().application(STAFF, source).path("name").asText();

        JsonNode first = api.answer(api.post(STAFF, APPLICATIONS + "/{id}/copy", null, source), status().isCreated());
        copies.add(first.path("document").path("id").asLong());

        assertThat(first.path("document").path("name").asText()).isEqualTo(name + "（复制1）");
        assertThat(first.path("notes")).extracting(JsonNode::asText).singleElement().asString().contains(name, "（复制1）");
    }

    @Test
    void a_draft_in_progress_is_edited_not_copied() {
        long draft = api.projects().create(STAFF, validApplication(preparedYear.year())).path("id").asLong();

        api.expect(api.post(STAFF, APPLICATIONS + "/{id}/copy", null, draft), error(409));
    }

    @Test
    void another_sections_project_and_another_documents_id_are_not_found_and_other_roles_may_not_copy() {
        long source = submittedProject(preparedYear.year());
        long budgetDraft = api.drafts().create(STAFF).id();

        api.expect(api.post("staff1", APPLICATIONS + "/{id}/copy", null, source), error(404));
        api.expect(api.post(STAFF, APPLICATIONS + "/{id}/copy", null, budgetDraft), error(404));
        for (String other : List.of(HEAD, "finance", "director", "bureau", "auditor")) {
            api.expect(api.post(other, APPLICATIONS + "/{id}/copy", null, source), error(403));
        }
        api.expect(api.post(STAFF, "/api/v1/budget-drafts/{id}/copy", null, source), error(404));
    }

    private long submittedProject(int year) {
        Map<String, Object> body = validApplication(year);
        body.put("name", "复制测试项目" + System.nanoTime() % 100000);
        long id = api.projects().create(STAFF, body).path("id").asLong();
        api.projects().submit(STAFF, id);
        return id;
    }

    private static List<String> names(JsonNode indicators) {
        return StreamSupport.stream(indicators.spliterator(), false).map(i -> i.path("name").asText() + i.path("targetValue").asText())
            .toList();
    }
}
