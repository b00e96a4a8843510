package cn.nanchang.budgetflow.procurement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The seed's 2023 government procurement in demo mode (DOMAIN.md §4): 397万 = goods 15 + works 0 +
 * services 382, every plan approved through its route, every item funded by a line of an approved
 * 2023 budget draft of its own section, the services by the lines that fund the two seed projects.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "budgetflow.demo-documents=true")
class ProcurementDemoDataTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    DemoProcurement2023 demo;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void the_2023_plans_add_up_to_the_published_397_wan_by_category() throws Exception {
        List<JsonNode> plans = plans();

        assertThat(plans).hasSize(3).allSatisfy(p -> assertThat(p.get("status").asText()).isEqualTo("APPROVED"));
        assertThat(sum(plans, "GOODS")).isEqualByComparingTo("150000.00");
        assertThat(sum(plans, "WORKS")).isEqualByComparingTo("0.00");
        assertThat(sum(plans, "SERVICES")).isEqualByComparingTo("3820000.00");
        assertThat(plans.stream().map(p -> new BigDecimal(p.get("totalAmount").asText())).reduce(BigDecimal.ZERO, BigDecimal::add))
            .isEqualByComparingTo("3970000.00");
    }

    @Test
    void every_item_is_funded_by_an_approved_2023_line_of_its_own_section_and_services_by_project_lines() throws Exception {
        for (JsonNode plan : plans()) {
            for (JsonNode item : plan.get("items")) {
                JsonNode line = item.get("fundingLine");
                assertThat(line).as(item.get("name").asText()).isNotNull();
                assertThat(new BigDecimal(item.get("amount").asText())).isLessThanOrEqualTo(new BigDecimal(line.get("amount").asText()));
                if (item.get("category").asText().equals("SERVICES")) {
                    assertThat(line.get("kind").asText()).isEqualTo("PROJECT");
                }
            }
        }
    }

    @Test
    void the_2023_budget_is_issued_as_indicators_and_each_plan_froze_its_total_on_them() throws Exception {
        int checked = new cn.nanchang.budgetflow.ledger.LedgerChecks(jdbc).assertYearAddsUp(YEAR_2023);
        assertThat(checked).as("2023 indicators issued from the 批复").isPositive();
        assertThat(jdbc.queryForList("select distinct ref from indicator where fiscal_year = 2023 and source_type = 'INITIAL'",
            String.class)).as("the budget year's 批复 文号").hasSize(1);
        // the demo's 2023 payments settle the plans' items through the year, which releases part of each freeze
        for (JsonNode plan : plans()) {
            long id = plan.get("id").asLong();
            BigDecimal froze = jdbc.queryForObject("select coalesce(sum(amount), 0) from ledger_entry where document_id = ?"
                + " and kind = 'FREEZE'", BigDecimal.class, id);
            BigDecimal stillFrozen = jdbc.queryForObject("select coalesce(sum(case when kind = 'FREEZE' then amount else -amount end), 0)"
                + " from ledger_entry where document_id = ? and kind in ('FREEZE', 'RELEASE')", BigDecimal.class, id);
            assertThat(froze).as(plan.get("number").asText()).isEqualByComparingTo(plan.get("totalAmount").asText());
            assertThat(stillFrozen).as(plan.get("number").asText()).isBetween(BigDecimal.ZERO, froze);
        }
    }

    private static final int YEAR_2023 = 2023;

    @Test
    void seeding_again_adds_nothing() throws Exception {
        demo.run(null);

        assertThat(plans()).hasSize(3);
    }

    private List<JsonNode> plans() throws Exception {
        JsonNode list = call("/api/v1/procurement-plans?fiscalYear=2023");
        List<JsonNode> plans = new ArrayList<>();
        for (JsonNode summary : list) {
            plans.add(call("/api/v1/procurement-plans/" + summary.get("id").asLong()));
        }
        return plans;
    }

    private static BigDecimal sum(List<JsonNode> plans, String category) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode plan : plans) {
            for (JsonNode item : plan.get("items")) {
                if (item.get("category").asText().equals(category)) {
                    total = total.add(new BigDecimal(item.get("amount").asText()));
                }
            }
        }
        return total;
    }

    private JsonNode call(String uri) throws Exception {
        String body = mvc.perform(get(uri).with(httpBasic("auditor", "demo123"))).andReturn().getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return json.readTree(body);
    }
}
