package cn.nanchang.budgetflow.budget;

import static cn.nanchang.budgetflow.testsupport.ApiExpectations.error;
import static cn.nanchang.budgetflow.testsupport.ApiExpectations.rejectedFor;
import static cn.nanchang.budgetflow.testsupport.BudgetDrafts.DRAFTS;
import static cn.nanchang.budgetflow.testsupport.DraftBodies.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.base.PreparedYear;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts;
import cn.nanchang.budgetflow.testsupport.ProjectApplications;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 复制上年已批复草案: a 科员 starts the year being prepared from their section's approved draft of the
 * year before. The copy is a new draft with the lines as approved; a line the new year refuses is
 * left out and named; any other source (not approved, not last year's, another section's, another
 * type) and any other role is refused, and a refusal stores nothing. Each copy is voided afterwards,
 * so that the section's year being prepared is free again for the other tests of the shared context.
 */
@ApiTestContext
class DraftCopyApiTest {

    private static final String STAFF = "staff6";
    private static final String HEAD = "head6";
    private static final Set<String> CLOSED = Set.of("APPROVED", "VOIDED");

    private final ApiClient api;
    private final PreparedYear preparedYear;
    private final List<Long> copies = new ArrayList<>();

    DraftCopyApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired PreparedYear preparedYear) {
        this.api = new ApiClient(mvc, json);
        this.preparedYear = preparedYear;
    }

    @AfterEach
    void voidTheCopies() {
        copies.forEach(id -> api.expect(api.post(STAFF, "/api/v1/documents/{id}/void", Map.of("reason", "测试复制后作废"), id),
            status().isOk()));
    }

    @Test
    void last_years_approved_draft_becomes_a_new_draft_of_the_year_being_prepared_with_its_lines() {
        int year = yearWithRoom();
        long source = approvedDraft(year - 1, List.of(line("2010350", "30201", "BASIC_PUBLIC", "12000.00", "办公用品，按人均测算"),
            line("2010350", "30205", "BASIC_PUBLIC", "800.50", "水费")));
        String sourceNumber = api.drafts().draft(STAFF, source).path("number").asText();

        var result = api.expect(api.post(STAFF, DRAFTS + "/{id}/copy", null, source), status().isCreated());
        JsonNode answer = api.body(result);
        JsonNode copy = answer.path("document");
        copies.add(copy.path("id").asLong());

        api.expect(result, header().string("Location", DRAFTS + "/" + copy.path("id").asLong()));
        assertThat(answer.path("copiedFrom").asText()).isEqualTo(sourceNumber);
        assertThat(answer.path("notes")).isEmpty();
        assertThat(copy.path("status").asText()).isEqualTo("DRAFT");
        assertThat(copy.path("fiscalYear").asInt()).isEqualTo(year);
        assertThat(copy.path("number").asText()).isNotEqualTo(sourceNumber);
        assertThat(copy.path("lines")).extracting(l -> l.path("economicCode").asText(), l -> l.path("amount").asText(),
            l -> l.path("note").asText()).containsExactly(tuple("30201", "12000.00", "办公用品，按人均测算"),
            tuple("30205", "800.50", "水费"));
        assertThat(copy.path("totalAmount").asText()).isEqualTo("12800.50");
        JsonNode created = StreamSupport.stream(api.history(STAFF, copy.path("id").asLong()).spliterator(), false)
            .filter(e -> e.path("action").asText().equals("CREATE")).findFirst().orElseThrow();
        assertThat(created.path("details").asText()).contains("复制自" + sourceNumber);
        assertThat(api.drafts().statusOf(STAFF, source)).isEqualTo("APPROVED");
    }

    @Test
    void a_project_line_whose_project_is_of_last_year_is_left_out_and_named_with_the_reason() {
        int year = yearWithRoom();
        long project = api.projects().approvedProject(STAFF, HEAD, ProjectApplications.applicationOf(year - 1, "50000.00"))
            .path("id").asLong();
        long source = approvedDraft(year - 1, List.of(line("2010350", "30201", "BASIC_PUBLIC", "3000.00", "办公费"),
            ProjectApplications.draftLine("PROJECT", "50000.00", project)));

        JsonNode answer = api.answer(api.post(STAFF, DRAFTS + "/{id}/copy", null, source), status().isCreated());
        copies.add(answer.path("document").path("id").asLong());

        assertThat(answer.path("document").path("lines")).extracting(l -> l.path("kind").asText()).containsExactly("BASIC_PUBLIC");
        assertThat(answer.path("notes")).hasSize(1);
        assertThat(answer.path("notes").get(0).asText()).startsWith("第2行").contains("50000.00", "未复制", year + "年度");
    }

    @Test
    void a_draft_not_yet_approved_is_not_copied_and_nothing_is_stored() {
        int year = yearWithRoom();
        long pending = api.drafts().create(STAFF, year - 1, List.of(line("2010350", "30201", "BASIC_PUBLIC", "100.00", null))).id();
        api.drafts().submit(STAFF, pending);

        api.expect(api.post(STAFF, DRAFTS + "/{id}/copy", null, pending), error(409));

        assertThat(openDrafts(year)).isEmpty();
        api.approveAll(pending, HEAD, "finance", "director", "bureau");
    }

    @Test
    void an_approved_draft_of_another_year_than_the_last_is_refused() {
        int year = yearWithRoom();
        int older = api.drafts().freshYear(STAFF);
        assumeThat(older).isNotEqualTo(year - 1);
        long old = approvedDraft(older, List.of(line("2010350", "30201", "BASIC_PUBLIC", "100.00", null)));

        JsonNode refusal = api.answer(api.post(STAFF, DRAFTS + "/{id}/copy", null, old), error(409));

        assertThat(refusal.path("message").asText()).contains(String.valueOf(year - 1));
        assertThat(openDrafts(year)).isEmpty();
    }

    @Test
    void another_sections_draft_and_another_documents_id_are_not_found_and_other_roles_may_not_copy() {
        int year = yearWithRoom();
        long source = approvedDraft(year - 1, List.of(line("2010350", "30201", "BASIC_PUBLIC", "100.00", null)));
        long project = api.projects().create(STAFF, ProjectApplications.validApplication(2098)).path("id").asLong();

        api.expect(api.post("staff1", DRAFTS + "/{id}/copy", null, source), error(404));
        api.expect(api.post(STAFF, DRAFTS + "/{id}/copy", null, project), error(404));
        api.expect(api.post(STAFF, DRAFTS + "/{id}/copy", null, Long.MAX_VALUE), error(404));
        for (String other : List.of(HEAD, "finance", "director", "bureau", "auditor")) {
            api.expect(api.post(other, DRAFTS + "/{id}/copy", null, source), error(403));
        }
        api.expect(api.post(STAFF, DRAFTS + "/abc/copy", null), rejectedFor("id"));
        assertThat(openDrafts(year)).isEmpty();
    }

    /** The year being prepared, where the section has no open draft: a copy there is not refused for another reason. */
    private int yearWithRoom() {
        int year = preparedYear.year();
        assumeThat(BudgetDrafts.isBudgetYear(api, STAFF, year)).as("%d is prepared as a budget year", year).isFalse();
        assertThat(openDrafts(year)).as("open drafts of %s in %d", STAFF, year).isEmpty();
        assertThat(openDrafts(year - 1)).as("open drafts of %s in %d", STAFF, year - 1).isEmpty();
        return year;
    }

    private List<Long> openDrafts(int year) {
        JsonNode list = api.answer(api.get(STAFF, DRAFTS + "?fiscalYear={y}", year), status().isOk());
        return StreamSupport.stream(list.spliterator(), false).filter(d -> !CLOSED.contains(d.path("status").asText()))
            .map(d -> d.path("id").asLong()).toList();
    }

    private long approvedDraft(int year, List<Map<String, Object>> lines) {
        long id = api.drafts().create(STAFF, year, lines).id();
        api.drafts().submit(STAFF, id);
        api.approveAll(id, HEAD, "finance", "director", "bureau");
        assertThat(api.drafts().statusOf(STAFF, id)).isEqualTo("APPROVED");
        return id;
    }
}
