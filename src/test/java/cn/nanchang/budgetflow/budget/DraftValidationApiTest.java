package cn.nanchang.budgetflow.budget;

import static cn.nanchang.budgetflow.testsupport.ApiExpectations.rejectedFor;
import static cn.nanchang.budgetflow.testsupport.BudgetDrafts.DRAFTS;
import static cn.nanchang.budgetflow.testsupport.DraftBodies.draftBody;
import static cn.nanchang.budgetflow.testsupport.DraftBodies.line;
import static cn.nanchang.budgetflow.testsupport.DraftBodies.officeSupplies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Bad drafts are refused as a whole with a 400 that names the field, and nothing of them is
 * stored: no new document on create, and the existing lines untouched on edit.
 */
@ApiTestContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftValidationApiTest {

    private static final String STAFF = "staff3";

    private final ApiClient api;
    private final JdbcTemplate jdbc;
    private Draft editable;

    DraftValidationApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired JdbcTemplate jdbc) {
        this.api = new ApiClient(mvc, json);
        this.jdbc = jdbc;
    }

    /** Each case spoils an otherwise valid one-line draft in one way. */
    Stream<Arguments> badDrafts() {
        return Stream.of(
            arguments("amount zero", firstLine("amount", "0"), "lines[0].amount"),
            arguments("amount zero as a JSON number", firstLine("amount", 0), "lines[0].amount"),
            arguments("negative amount", firstLine("amount", "-100.00"), "lines[0].amount"),
            arguments("three decimals", firstLine("amount", "12.345"), "lines[0].amount"),
            arguments("three decimals as a JSON number", firstLine("amount", 1.005), "lines[0].amount"),
            arguments("amount of 1e12", firstLine("amount", "1000000000000.00"), "lines[0].amount"),
            arguments("amount of 1e12 in exponent notation", firstLine("amount", "1e12"), "lines[0].amount"),
            arguments("amount one fen over the line limit", firstLine("amount", "1000000000.01"), "lines[0].amount"),
            arguments("amount not a number", firstLine("amount", "abc"), "lines[0].amount"),
            arguments("amount in Chinese words", firstLine("amount", "一万元"), "lines[0].amount"),
            arguments("amount missing", firstLine("amount", null), "lines[0].amount"),
            arguments("fiscal year missing", (Consumer<Map<String, Object>>) b -> b.remove("fiscalYear"), "fiscalYear"),
            arguments("fiscal year 1999", field("fiscalYear", 1999), "fiscalYear"),
            arguments("fiscal year 2100", field("fiscalYear", 2100), "fiscalYear"),
            arguments("fiscal year not a number", field("fiscalYear", "abc"), "fiscalYear"),
            arguments("no lines", field("lines", List.of()), "lines"),
            arguments("lines missing", (Consumer<Map<String, Object>>) b -> b.remove("lines"), "lines"),
            arguments("unknown function code", firstLine("functionCode", "2019999"), "lines[0].functionCode"),
            arguments("function code at class level", firstLine("functionCode", "201"), "lines[0].functionCode"),
            arguments("function code at 款 level", firstLine("functionCode", "20103"), "lines[0].functionCode"),
            arguments("economic code at class level", firstLine("economicCode", "302"), "lines[0].economicCode"),
            arguments("unknown economic code", firstLine("economicCode", "39999"), "lines[0].economicCode"),
            arguments("unknown kind", firstLine("kind", "SALARY"), "lines[0].kind"),
            arguments("personnel kind with a 302 economic code",
                firstLine("kind", "BASIC_PERSONNEL").andThen(firstLine("economicCode", "30201")), "lines[0].economicCode"),
            arguments("note over 500 characters", firstLine("note", "备".repeat(501)), "lines[0].note"),
            arguments("bad amount on the second line", (Consumer<Map<String, Object>>) b -> lines(b)
                .add(line("2010350", "30205", "BASIC_PUBLIC", "0", "水费")), "lines[1].amount"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDrafts")
    void a_bad_new_draft_is_refused_naming_the_field_and_nothing_is_stored(String why,
            Consumer<Map<String, Object>> spoil, String field) throws Exception {
        Map<String, Object> body = draftBody(api.drafts().freshYear(STAFF), List.of(officeSupplies()));
        spoil.accept(body);
        long documents = count("document");
        long lines = count("budget_line");

        api.post(STAFF, DRAFTS, body).andExpect(rejectedFor(field));

        assertThat(count("document")).isEqualTo(documents);
        assertThat(count("budget_line")).isEqualTo(lines);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDrafts")
    void a_bad_edit_is_refused_naming_the_field_and_the_draft_is_unchanged(String why,
            Consumer<Map<String, Object>> spoil, String field) throws Exception {
        Draft draft = editable();
        JsonNode before = api.drafts().draft(STAFF, draft.id());
        Map<String, Object> body = draftBody(draft.fiscalYear(),
            List.of(line("2080505", "30108", "BASIC_PERSONNEL", "500.00", "养老保险")));
        spoil.accept(body);

        api.put(STAFF, DRAFTS + "/{id}", body, draft.id()).andExpect(rejectedFor(field));

        JsonNode after = api.drafts().draft(STAFF, draft.id());
        assertThat(after.path("lines")).isEqualTo(before.path("lines"));
        assertThat(after.path("totalAmount")).isEqualTo(before.path("totalAmount"));
        assertThat(after.path("version")).isEqualTo(before.path("version"));
    }

    @Test
    void a_second_open_draft_for_the_same_section_and_year_is_refused() throws Exception {
        Draft first = api.drafts().create(STAFF);
        long documents = count("document");

        api.post(STAFF, DRAFTS, draftBody(first.fiscalYear(), List.of(officeSupplies())))
            .andExpect(rejectedFor("fiscalYear"))
            .andExpect(jsonPath("$.errors[0].message").value(containsString(first.json().path("number").asText())));

        assertThat(count("document")).isEqualTo(documents);
    }

    @Test
    void the_fiscal_year_of_a_draft_cannot_be_changed_by_an_edit() throws Exception {
        Draft draft = editable();
        int otherYear = api.drafts().freshYear(STAFF);

        api.put(STAFF, DRAFTS + "/{id}", draftBody(otherYear, List.of(officeSupplies())), draft.id())
            .andExpect(rejectedFor("fiscalYear"));

        assertThat(api.drafts().draft(STAFF, draft.id()).path("fiscalYear").asInt()).isEqualTo(draft.fiscalYear());
    }

    @Test
    void every_problem_of_a_draft_is_reported_at_once() throws Exception {
        Map<String, Object> body = draftBody(1999, List.of(line("201", "302", "SALARY", "-1", null)));

        api.post(STAFF, DRAFTS, body).andExpect(rejectedFor("fiscalYear", "lines[0].functionCode",
            "lines[0].economicCode", "lines[0].kind", "lines[0].amount"));
    }

    @Test
    void the_largest_allowed_amount_with_two_decimals_and_a_500_character_note_is_accepted() throws Exception {
        Map<String, Object> body = draftBody(api.drafts().freshYear(STAFF),
            List.of(line("2010350", "30201", "BASIC_PUBLIC", "1000000000.00", "备".repeat(500))));

        api.post(STAFF, DRAFTS, body)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.totalAmount").value("1000000000.00"))
            .andExpect(jsonPath("$.lines[0].note").value("备".repeat(500)));
    }

    /** One draft shared by the edit cases: each refused edit must leave it as it was. */
    private Draft editable() {
        if (editable == null) {
            editable = api.drafts().create(STAFF);
        }
        return editable;
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static Consumer<Map<String, Object>> field(String name, Object value) {
        return body -> body.put(name, value);
    }

    private static Consumer<Map<String, Object>> firstLine(String name, Object value) {
        return body -> lines(body).get(0).put(name, value);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lines(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("lines");
    }
}
