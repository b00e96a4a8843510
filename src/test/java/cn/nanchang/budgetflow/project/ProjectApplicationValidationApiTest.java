package cn.nanchang.budgetflow.project;

import static cn.nanchang.budgetflow.testsupport.ProjectApplications.APPLICATIONS;
import static cn.nanchang.budgetflow.testsupport.ProjectApplications.costLine;
import static cn.nanchang.budgetflow.testsupport.ProjectApplications.costLines;
import static cn.nanchang.budgetflow.testsupport.ProjectApplications.indicator;
import static cn.nanchang.budgetflow.testsupport.ProjectApplications.indicators;
import static cn.nanchang.budgetflow.testsupport.ProjectApplications.validApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every rule of a project application, through the API: a breach is answered 400 naming the
 * field with a Chinese message, and nothing of the application is stored.
 */
@ApiTestContext
class ProjectApplicationValidationApiTest {

    private static final String STAFF = "staff3";
    /** Applications of one year: the refusals are checked against the section's whole list, not a year of their own. */
    private static final int YEAR = 2031;

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
    void a_complete_application_is_accepted_as_a_draft_with_its_budget_as_total() {
        JsonNode created = api.projects().create(STAFF, validApplication(YEAR));
        assertThat(created.path("status").asText()).isEqualTo("DRAFT");
        assertThat(created.path("number").asText()).startsWith("XM-" + YEAR + "-");
        assertThat(created.path("totalAmount").asText()).isEqualTo("100000.00");
        assertThat(created.path("indicators")).hasSize(6);
        assertThat(created.path("projectCode").isNull()).isTrue();
    }

    @ParameterizedTest(name = "no indicator under {0} is refused at indicators.{0}")
    @CsvSource({"QUANTITY,数量指标", "QUALITY,质量指标", "TIMELINESS,时效指标", "COST,成本指标"})
    void each_output_category_needs_an_indicator(String category, String name) {
        Map<String, Object> body = validApplication(YEAR);
        indicators(body).removeIf(row -> row.get("category").equals(category));
        JsonNode error = refused(body, "indicators." + category);
        assertThat(message(error, "indicators." + category)).contains(name);
    }

    @Test
    void a_table_without_any_benefit_indicator_is_refused_at_indicators_BENEFIT() {
        Map<String, Object> body = validApplication(YEAR);
        indicators(body).removeIf(row -> row.get("category").equals("SOCIAL_BENEFIT"));
        assertThat(message(refused(body, "indicators.BENEFIT"), "indicators.BENEFIT")).contains("效益指标");
    }

    @ParameterizedTest(name = "a {0} indicator counts as the benefit indicator")
    @ValueSource(strings = {"ECOLOGICAL_BENEFIT", "ECONOMIC_BENEFIT", "SUSTAINABLE_IMPACT"})
    void any_level_two_category_under_benefit_satisfies_the_benefit_rule(String category) {
        Map<String, Object> body = validApplication(YEAR);
        indicators(body).removeIf(row -> row.get("category").equals("SOCIAL_BENEFIT"));
        indicators(body).add(indicator(category, "可持续运营", "QUALITATIVE", "持续运营", null, null));
        api.projects().create(STAFF, body);
    }

    @Test
    void a_table_without_a_satisfaction_indicator_is_refused_at_indicators_SATISFACTION() {
        Map<String, Object> body = validApplication(YEAR);
        indicators(body).removeIf(row -> row.get("category").equals("BENEFICIARY_SATISFACTION"));
        assertThat(message(refused(body, "indicators.SATISFACTION"), "indicators.SATISFACTION")).contains("满意度指标");
    }

    @Test
    void an_indicator_filed_under_a_level_one_category_is_refused_at_its_category() {
        Map<String, Object> body = validApplication(YEAR);
        indicators(body).add(indicator("OUTPUT", "产出", "GE", "1", "项", null));
        refused(body, "indicators[6].category");
    }

    @Test
    void once_one_indicator_has_a_weight_every_indicator_needs_one() {
        Map<String, Object> body = validApplication(YEAR);
        indicators(body).forEach(row -> row.put("weight", "20"));
        indicators(body).get(3).put("weight", null);
        refused(body, "indicators[3].weight");
    }

    @Test
    void weights_that_do_not_add_up_to_100_are_refused_at_indicators_weight() {
        Map<String, Object> body = validApplication(YEAR);
        String[] weights = {"30", "20", "10", "10", "10", "10"};
        for (int i = 0; i < weights.length; i++) {
            indicators(body).get(i).put("weight", weights[i]);
        }
        assertThat(message(refused(body, "indicators.weight"), "indicators.weight")).contains("90");
        indicators(body).get(0).put("weight", "40");
        api.projects().create(STAFF, body);
    }

    @Test
    void cost_lines_that_do_not_add_up_to_the_annual_budget_are_refused_at_costLines() {
        Map<String, Object> body = validApplication(YEAR);
        costLines(body).get(1).put("amount", "39999.99");
        assertThat(message(refused(body, "costLines"), "costLines")).contains("99,999.99").contains("100,000.00");
    }

    @ParameterizedTest(name = "cost line amount {0} is refused")
    @ValueSource(strings = {"0", "-100.00", "40000.001", "四万", ""})
    void a_cost_line_amount_must_be_positive_with_at_most_two_decimals(String amount) {
        Map<String, Object> body = validApplication(YEAR);
        costLines(body).get(1).put("amount", amount);
        refused(body, "costLines[1].amount");
    }

    @ParameterizedTest(name = "annual budget {0} is refused")
    @ValueSource(strings = {"0.00", "-1", "100000.005", "abc"})
    void the_annual_budget_must_be_positive_with_at_most_two_decimals(String amount) {
        Map<String, Object> body = validApplication(YEAR);
        body.put("annualBudget", amount);
        refused(body, "annualBudget");
    }

    @ParameterizedTest(name = "missing {0} is refused")
    @ValueSource(strings = {"name", "category", "overview", "legalBasis", "implementingBody", "periodStart", "periodEnd",
        "annualBudget", "fiscalYear"})
    void required_fields_must_be_present(String field) {
        Map<String, Object> body = validApplication(YEAR);
        body.put(field, field.equals("fiscalYear") ? null : "  ");
        refused(body, field);
    }

    @ParameterizedTest(name = "{0} longer than {1} characters is refused")
    @CsvSource({"name,100", "overview,2000", "legalBasis,2000", "implementingBody,100"})
    void texts_are_bounded_in_length(String field, int max) {
        Map<String, Object> body = validApplication(YEAR);
        body.put(field, "项".repeat(max));
        api.projects().create(STAFF, body);
        body.put(field, "项".repeat(max + 1));
        refused(body, field);
    }

    @ParameterizedTest(name = "fiscal year {0} is refused")
    @ValueSource(ints = {1999, 2100})
    void the_fiscal_year_lies_between_2000_and_2099(int year) {
        Map<String, Object> body = validApplication(year);
        body.put("periodStart", "2050-01");
        body.put("periodEnd", "2050-12");
        refused(body, "fiscalYear");
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({"functionCode,20103", "functionCode,201", "functionCode,9999999", "economicCode,302", "economicCode,39999"})
    void cost_line_codes_exist_at_leaf_level(String field, String code) {
        Map<String, Object> body = validApplication(YEAR);
        costLines(body).get(0).put(field, code);
        refused(body, "costLines[0]." + field);
    }

    @Test
    void an_application_without_cost_lines_is_refused_at_costLines() {
        Map<String, Object> body = validApplication(YEAR);
        costLines(body).clear();
        refused(body, "costLines");
    }

    @Test
    void the_period_runs_forwards_and_includes_the_fiscal_year() {
        Map<String, Object> body = validApplication(YEAR);
        body.put("periodEnd", (YEAR - 1) + "-12");
        refused(body, "periodEnd");
        body.put("periodStart", (YEAR + 1) + "-01");
        body.put("periodEnd", (YEAR + 1) + "-12");
        refused(body, "periodStart");
        body.put("periodStart", YEAR + "-13");
        refused(body, "periodStart");
    }

    @Test
    void a_quantitative_target_is_a_number_with_a_unit_and_a_direction_is_one_of_the_six() {
        Map<String, Object> body = validApplication(YEAR);
        indicators(body).get(0).put("targetValue", "十个");
        indicators(body).get(1).put("unit", "");
        indicators(body).get(2).put("direction", "≈");
        JsonNode error = refused(body, "indicators[0].targetValue");
        assertThat(fields(error)).contains("indicators[1].unit", "indicators[2].direction");
    }

    @Test
    void directions_may_be_sent_as_signs() {
        Map<String, Object> body = validApplication(YEAR);
        indicators(body).get(0).put("direction", "≥");
        indicators(body).get(1).put("direction", ">=");
        indicators(body).get(4).put("direction", "定性");
        JsonNode created = api.projects().create(STAFF, body);
        assertThat(created.path("indicators").get(0).path("direction").asText()).isEqualTo("GE");
        assertThat(created.path("indicators").get(0).path("directionSymbol").asText()).isEqualTo("≥");
    }

    @Test
    void a_refused_edit_leaves_the_stored_application_as_it_was() {
        JsonNode created = api.projects().create(STAFF, validApplication(YEAR));
        long id = created.path("id").asLong();
        Map<String, Object> body = validApplication(YEAR);
        costLines(body).get(0).put("amount", "1.00");
        body.put("name", "改过的名字");
        JsonNode error = api.answer(api.put(STAFF, APPLICATIONS + "/{id}", body, id), status().isBadRequest());
        assertThat(fields(error)).containsExactly("costLines");
        JsonNode after = api.projects().application(STAFF, id);
        assertThat(after.path("name").asText()).isEqualTo(created.path("name").asText());
        assertThat(after.path("version").asLong()).isEqualTo(created.path("version").asLong());
        assertThat(after.path("costLines").get(0).path("amount").asText()).isEqualTo("60000.00");
    }

    @Test
    void every_problem_of_a_request_is_reported_at_once() {
        Map<String, Object> body = validApplication(YEAR);
        body.put("name", null);
        costLines(body).add(costLine("2010350", "30201", "0"));
        indicators(body).clear();
        JsonNode error = refused(body, "name");
        assertThat(fields(error)).contains("costLines[2].amount", "indicators.QUANTITY", "indicators.BENEFIT",
            "indicators.SATISFACTION");
    }

    /** Posts the body, expects 400 naming the field with a Chinese message, and checks that nothing was stored. */
    private JsonNode refused(Map<String, Object> body, String field) {
        int before = countMine();
        JsonNode error = api.answer(api.post(STAFF, APPLICATIONS, body), status().isBadRequest());
        assertThat(fields(error)).as("fields of %s", error).contains(field);
        assertThat(message(error, field)).containsPattern("\\p{IsHan}");
        assertThat(countMine()).as("applications stored after a refusal").isEqualTo(before);
        return error;
    }

    private int countMine() {
        return api.answer(api.get(STAFF, APPLICATIONS + "?limit=500"), status().isOk()).size();
    }

    private static List<String> fields(JsonNode error) {
        return StreamSupport.stream(error.path("errors").spliterator(), false).map(e -> e.path("field").asText()).toList();
    }

    private static String message(JsonNode error, String field) {
        return StreamSupport.stream(error.path("errors").spliterator(), false)
            .filter(e -> e.path("field").asText().equals(field)).map(e -> e.path("message").asText())
            .findFirst().orElseThrow();
    }
}
