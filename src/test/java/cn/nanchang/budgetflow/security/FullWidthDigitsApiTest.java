package cn.nanchang.budgetflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts;
import cn.nanchang.budgetflow.testsupport.DraftBodies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12 §5: full-width digits (２０２４, １２３.４５, as a Chinese input method types them) follow one rule:
 * read as the number, in a year as in an amount, in a JSON body, a query, a path and a UI address alike.
 */
@ApiTestContext
class FullWidthDigitsApiTest {

    private final ApiClient api;

    FullWidthDigitsApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
    }

    @Test
    void a_full_width_year_and_amount_in_a_body_are_read_as_their_numbers() {
        int year = api.drafts().freshYear("staff2");
        Map<String, Object> line = new java.util.LinkedHashMap<>(DraftBodies.officeSupplies());
        line.put("amount", fullWidth("123.45"));
        Map<String, Object> body = new java.util.LinkedHashMap<>(DraftBodies.draftBody(year, List.of(line)));
        body.put("fiscalYear", fullWidth(String.valueOf(year)));

        JsonNode created = api.answer(api.post("staff2", BudgetDrafts.DRAFTS, body), status().isCreated());

        assertThat(created.path("fiscalYear").asInt()).isEqualTo(year);
        assertThat(created.path("lines").get(0).path("amount").asText()).isEqualTo("123.45");
        JsonNode found = api.answer(api.get("staff2", BudgetDrafts.DRAFTS + "?fiscalYear=" + fullWidth(String.valueOf(year))),
            status().isOk());
        assertThat(api.ids(found)).contains(created.path("id").asLong());
    }

    @Test
    void full_width_separators_and_minus_in_an_amount_are_read_as_a_chinese_input_method_means_them() {
        int year = api.drafts().freshYear("staff2");
        Map<String, Object> line = new java.util.LinkedHashMap<>(DraftBodies.officeSupplies());
        line.put("amount", "１２，０００．５０");

        JsonNode created = api.answer(api.post("staff2", BudgetDrafts.DRAFTS, DraftBodies.draftBody(year, List.of(line))),
            status().isCreated());
        assertThat(created.path("lines").get(0).path("amount").asText()).isEqualTo("12000.50");

        line.put("amount", "－3500.50");
        JsonNode refused = api.answer(api.post("staff2", BudgetDrafts.DRAFTS, DraftBodies.draftBody(year + 1, List.of(line))),
            status().isBadRequest());
        assertThat(refused.toString()).contains("lines[0].amount").contains("金额必须大于0");
    }

    @Test
    void a_full_width_year_in_a_path_is_the_same_year() {
        JsonNode ascii = api.answer(api.get("finance", "/api/v1/execution/2023"), status().isOk());
        JsonNode wide = api.answer(api.get("finance", "/api/v1/execution/" + fullWidth("2023")), status().isOk());
        assertThat(wide).isEqualTo(ascii);
    }

    @Test
    void a_ui_address_reads_a_full_width_year_as_the_api_does_and_nothing_else() {
        assertThat(InputChecks.yearDigits("２０２４")).isEqualTo(2024);
        assertThat(InputChecks.yearDigits("2024")).isEqualTo(2024);
        assertThat(List.of("二〇二四", "202", "20245", "2024.5", "", " ", "-202")).allSatisfy(t -> assertThat(InputChecks.yearDigits(t)).isNull());
        assertThat(InputChecks.yearDigits(null)).isNull();
    }

    /** The digits of the text as a full-width input method types them. */
    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c == '.' ? '.' : (char) c));
        return out.toString();
    }
}
