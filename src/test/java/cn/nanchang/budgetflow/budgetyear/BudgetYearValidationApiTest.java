package cn.nanchang.budgetflow.budgetyear;

import static cn.nanchang.budgetflow.testsupport.BudgetYearsApi.ceilingsBody;
import static cn.nanchang.budgetflow.testsupport.BudgetYearsApi.sectionSplit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetYearsApi;
import cn.nanchang.budgetflow.testsupport.ProjectApplications;
import cn.nanchang.budgetflow.testsupport.YearWalk;
import cn.nanchang.budgetflow.workflow.BudgetYearProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The budget year's sums over the API (issue 14 §3): ceilings that do not add up, a split over the
 * ceilings and project ceilings on projects the year does not have are refused with a 400 naming
 * the list, the excess in yuan, and nothing stored; the year stays where it was. Single bad values
 * of every field are BadInputTest's. Needs the year's process.
 */
@ApiTestContext
class BudgetYearValidationApiTest {

    private final ApiClient api;
    private final BudgetYearsApi years;
    private final YearWalk walk;
    private final JdbcTemplate jdbc;

    BudgetYearValidationApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired BudgetYearProcess process,
            @Autowired PlatformTransactionManager transactions, @Autowired JdbcTemplate jdbc) {
        this.api = new ApiClient(mvc, json);
        this.years = api.years();
        this.walk = new YearWalk(api, process, transactions);
        this.jdbc = jdbc;
    }

    @Test
    void ceilings_that_do_not_add_up_or_name_projects_of_another_year_are_refused_and_nothing_is_stored() {
        int year = walk.atCeilings();
        long ofTheYear = api.projects().approvedProject("staff2", "head2", ProjectApplications.applicationOf(year, "100000.00"))
            .path("id").asLong();
        long ofAnotherYear = api.projects().approvedProject("staff2", "head2",
            ProjectApplications.applicationOf(year - 1, "100000.00")).path("id").asLong();
        long figures = figures();

        JsonNode over = refused("bureau", year, "ceilings", ceilingsBody("1", "1", "100000.00", List.of(
            Map.of("projectId", ofTheYear, "amount", "100000.01"))));
        assertThat(over.path("errors").get(0).path("field").asText()).isEqualTo("projects");
        assertThat(over.path("errors").get(0).path("message").asText()).contains("超出 0.01 元");
        assertThat(refused("bureau", year, "ceilings", ceilingsBody("1", "1", "100000.00", List.of(
            Map.of("projectId", ofAnotherYear, "amount", "1.00")))).path("errors").findValuesAsText("field"))
            .containsExactly("projects[0].projectId");
        assertThat(refused("bureau", year, "ceilings", ceilingsBody("1", "1", "100000.00", List.of(
            Map.of("projectId", 987654321, "amount", "1.00")))).path("errors").findValuesAsText("field"))
            .containsExactly("projects[0].projectId");

        assertThat(figures()).isEqualTo(figures);
        assertThat(years.year("finance", year).path("stage").asText()).isEqualTo("CEILINGS");
        assertThat(years.year("finance", year).path("ceilings").isNull()).isTrue();
    }

    @Test
    void a_split_over_a_ceiling_is_refused_with_the_kind_and_the_excess_and_nothing_is_stored() {
        int year = walk.atSplit();
        long figures = figures();

        JsonNode over = refused("finance", year, "split", Map.of("sections", List.of(
            sectionSplit("S01", "300000.00", "150000.00", "0"), sectionSplit("S02", "200000.00", "150000.01", "0"))));

        assertThat(over.path("errors").findValuesAsText("field")).containsExactly("sections");
        assertThat(over.path("errors").get(0).path("message").asText())
            .isEqualTo("基本支出·公用经费分解合计 300,000.01 元，超出控制数 " + YearWalk.CEILINGS_PUBLIC.replace("300000", "300,000")
                + " 元（超出 0.01 元）");
        assertThat(refused("finance", year, "split", Map.of("sections", List.of(sectionSplit("S01", "1", "1", "1"),
            sectionSplit("S01", "1", "1", "1")))).path("errors").findValuesAsText("field")).containsExactly("sections[1].sectionCode");
        assertThat(figures()).isEqualTo(figures);
        assertThat(years.year("finance", year).path("stage").asText()).isEqualTo("SPLIT");
    }

    @Test
    void an_opening_with_deadlines_out_of_order_stores_nothing() {
        int year = years.freshYear();
        long opened = jdbc.queryForObject("select count(*) from budget_year", Long.class);

        JsonNode refused = api.answer(api.post("finance", BudgetYearsApi.YEARS, BudgetYearsApi.openBody(year,
            BudgetYearsApi.today().plusDays(10), BudgetYearsApi.today().plusDays(10))), status().isBadRequest());

        assertThat(refused.path("errors").findValuesAsText("field")).containsExactly("deadlines.TWO_UP");
        assertThat(jdbc.queryForObject("select count(*) from budget_year", Long.class)).isEqualTo(opened);
        api.expect(api.get("finance", BudgetYearsApi.YEARS + "/{y}", year), status().isNotFound());
    }

    private JsonNode refused(String user, int year, String step, Object body) {
        return api.answer(years.step(user, year, step, body), status().isBadRequest());
    }

    private long figures() {
        return jdbc.queryForObject("select count(*) from budget_figure", Long.class);
    }
}
