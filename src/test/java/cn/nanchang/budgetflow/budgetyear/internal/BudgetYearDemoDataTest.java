package cn.nanchang.budgetflow.budgetyear.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo budget years (demo/budget-years.json): 2023 walked through both rounds to 批复, its
 * approved version equal to the disclosure's total (the seed's 1282.2万 in yuan), 一上 above the
 * ceilings; 2027 open in 一上 with requests in several states.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "budgetflow.demo-documents=true")
class BudgetYearDemoDataTest {

    /** The 2023 unit budget of the seed, in yuan: 770.058 + 53.524 + 361 + 97.62 万元. */
    private static final String SEED_TOTAL_2023 = "12822020.00";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    DemoBudgetYears demo;

    @Test
    void year_2023_is_approved_and_its_approved_version_is_the_disclosure_total() throws Exception {
        JsonNode year = call("/api/v1/budget-years/2023");

        assertThat(year.path("round").asText()).isEqualTo("APPROVED");
        Map<String, BigDecimal> totals = versionTotals(year);
        assertThat(totals.get("APPROVED")).isEqualByComparingTo(SEED_TOTAL_2023);
        assertThat(totals.get("TWO_UP")).isEqualByComparingTo(SEED_TOTAL_2023);
        assertThat(totals.get("CEILINGS")).isEqualByComparingTo(SEED_TOTAL_2023);
        assertThat(totals.get("SPLIT")).isEqualByComparingTo(SEED_TOTAL_2023);
        assertThat(totals.get("ONE_UP")).as("一上 asked more than the ceilings gave").isGreaterThan(totals.get("CEILINGS"));

        JsonNode disclosure = call("/api/v1/reports/2023/disclosure");
        assertThat(disclosure.toString()).as("the disclosure still shows the seed's total").contains("收入预算总额为1282.2万元");
    }

    @Test
    void year_2027_is_open_in_the_first_round_with_requests_in_several_states() throws Exception {
        JsonNode year = call("/api/v1/budget-years/2027");

        assertThat(year.path("round").asText()).isEqualTo("ONE_UP");
        Map<String, String> statusBySection = new HashMap<>();
        for (JsonNode section : year.path("sections")) {
            statusBySection.put(section.path("sectionCode").asText(), section.path("status").asText(""));
        }
        assertThat(statusBySection).containsEntry("S01", "ACCEPTED").containsEntry("S04", "IN_REVIEW")
            .containsEntry("S02", "DRAFT");
        assertThat(statusBySection.get("S03")).isIn("", "null");
    }

    @Test
    void seeding_again_adds_nothing() throws Exception {
        demo.run(null);

        assertThat(call("/api/v1/budget-years")).hasSize(2);
    }

    private static Map<String, BigDecimal> versionTotals(JsonNode year) {
        Map<String, BigDecimal> totals = new HashMap<>();
        for (JsonNode version : year.path("versions")) {
            totals.put(version.path("version").asText(), new BigDecimal(version.path("total").asText()));
        }
        return totals;
    }

    private JsonNode call(String uri) throws Exception {
        String body = mvc.perform(get(uri).with(httpBasic("auditor", "demo123"))).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }
}
