package cn.nanchang.budgetflow.procurement;

import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.PLANS;
import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.item;
import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.planBody;
import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ProcurementPlans.Funding;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * Every rule of a plan, through the API: each bad plan is refused with a 400 that names the
 * field, and nothing of it is stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProcurementPlanValidationApiTest {

    private final ApiClient api;
    private final JdbcTemplate jdbc;

    ProcurementPlanValidationApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired JdbcTemplate jdbc) {
        this.api = new ApiClient(mvc, json);
        this.jdbc = jdbc;
    }

    /** A 400 whose errors name exactly these fields, each with a message. */
    static ResultMatcher rejectedFor(String... fields) {
        return ResultMatcher.matchAll(status().isBadRequest(), jsonPath("$.status").value(400),
            jsonPath("$.errors[*].field").value(containsInAnyOrder((Object[]) fields)),
            jsonPath("$.errors[0].message").isNotEmpty());
    }

    private void refusedAndNothingStored(String staff, int year, Map<String, Object> body, String... fields) throws Exception {
        api.plans().createPlan(staff, body).andExpect(rejectedFor(fields));
        assertThat(api.plans().plansOfYear(staff, year)).isEmpty();
    }

    @Test
    void a_plan_funded_by_a_line_of_its_own_approved_budget_is_stored_with_its_total() throws Exception {
        Funding f = api.plans().fundedLine("staff1", "500000.00");

        JsonNode plan = api.plans().created("staff1", planBody(f.year(),
            item("GOODS", "150000.00", "INQUIRY", f.lineId(), f.year() + "-05"),
            item("SERVICES", "50000.50", "INQUIRY", f.lineId(), f.year() + "-06")));

        assertThat(plan.path("status").asText()).isEqualTo("DRAFT");
        assertThat(plan.path("number").asText()).startsWith("CG-" + f.year() + "-");
        assertThat(plan.path("totalAmount").asText()).isEqualTo("200000.50");
        assertThat(plan.path("totalsByCategory").path("GOODS").asText()).isEqualTo("150000.00");
        assertThat(plan.path("totalsByCategory").path("SERVICES").asText()).isEqualTo("50000.50");
        assertThat(plan.path("totalsByCategory").path("WORKS").asText()).isEqualTo("0.00");
        assertThat(plan.path("items").get(0).path("fundingLine").path("id").asLong()).isEqualTo(f.lineId());
        assertThat(api.plans().plansOfYear("staff1", f.year())).hasSize(1);
    }

    @Test
    void a_salary_line_cannot_fund_goods_works_or_services_and_the_message_names_the_classes_that_can() throws Exception {
        int year = api.plans().freshYear("staff1");
        long salary = api.plans().approvedBudgetOf("staff1", year, "30101", "BASIC_PERSONNEL", "500000.00").get(0);

        for (String category : List.of("GOODS", "WORKS", "SERVICES")) {
            api.plans().createPlan("staff1", planBody(year, item(category, "10000.00", "INQUIRY", salary, year + "-05")))
                .andExpect(rejectedFor("items[0].fundingLineId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("30101 基本工资")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("302 商品和服务支出、310 资本性支出")));
        }
        assertThat(api.plans().plansOfYear("staff1", year)).isEmpty();
    }

    @Test
    void a_line_of_a_budget_still_in_review_cannot_fund_an_item() throws Exception {
        int year = api.plans().freshYear();
        long draftId = api.plans().submittedDraft("staff1", year);
        long lineId = jdbc.queryForObject("SELECT id FROM budget_line WHERE draft_id = ?", Long.class, draftId);

        refusedAndNothingStored("staff1", year, planBody(year, item("GOODS", "10000.00", "INQUIRY", lineId, year + "-03")),
            "items[0].fundingLineId");
    }

    @Test
    void a_line_of_another_sections_budget_cannot_fund_an_item() throws Exception {
        Funding other = api.plans().fundedLine("staff2", "500000.00");

        refusedAndNothingStored("staff1", other.year(),
            planBody(other.year(), item("GOODS", "10000.00", "INQUIRY", other.lineId(), other.year() + "-03")),
            "items[0].fundingLineId");
    }

    @Test
    void a_line_of_another_year_cannot_fund_an_item() throws Exception {
        Funding f = api.plans().fundedLine("staff1", "500000.00");
        int otherYear = api.plans().freshYear();

        refusedAndNothingStored("staff1", otherYear,
            planBody(otherYear, item("GOODS", "10000.00", "INQUIRY", f.lineId(), otherYear + "-03")),
            "items[0].fundingLineId");
    }

    @Test
    void a_line_that_does_not_exist_cannot_fund_an_item() throws Exception {
        int year = api.plans().freshYear();

        refusedAndNothingStored("staff1", year, planBody(year, item("GOODS", "10000.00", "INQUIRY", 987654321L, year + "-03")),
            "items[0].fundingLineId");
    }

    @Test
    void items_of_one_plan_may_not_together_exceed_their_line() throws Exception {
        Funding f = api.plans().fundedLine("staff1", "100000.00");
        var fits = item("GOODS", "60000.00", "INQUIRY", f.lineId(), f.year() + "-03");
        var tooMuch = item("SERVICES", "40000.01", "INQUIRY", f.lineId(), f.year() + "-04");

        api.plans().createPlan("staff1", planBody(f.year(), fits, tooMuch))
            .andExpect(rejectedFor("items[0].amount", "items[1].amount"))
            .andExpect(jsonPath("$.errors[0].message", containsString("超出 0.01 元")));
        assertThat(api.plans().plansOfYear("staff1", f.year())).isEmpty();

        api.expect(api.plans().createPlan("staff1", planBody(f.year(), fits, with(tooMuch, "amount", "40000.00"))),
            status().isCreated());
    }

    @Test
    void a_submitted_plan_reserves_its_line_and_a_draft_or_withdrawn_one_does_not() throws Exception {
        Funding f = api.plans().fundedLine("staff1", "100000.00");
        var seventy = item("GOODS", "70000.00", "INQUIRY", f.lineId(), f.year() + "-03");
        var forty = item("SERVICES", "40000.00", "INQUIRY", f.lineId(), f.year() + "-04");
        long first = api.plans().created("staff1", planBody(f.year(), seventy)).path("id").asLong();

        long second = api.plans().created("staff1", planBody(f.year(), forty)).path("id").asLong();
        api.plans().submit("staff1", first);
        // submission freezes the money on the 指标: what the first plan froze is gone, so a 409 with the shortfall
        api.post("staff1", PLANS + "/{id}/submit", null, second).andExpect(status().isConflict())
            .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("差额 10,000.00 元")));
        assertThat(api.plans().plan("staff1", second).path("status").asText()).isEqualTo("DRAFT");
        refusedAndNothingStoredBeyond(f, forty, 2);

        api.expect(api.post("staff1", PLANS + "/{id}/withdraw", null, first), status().isOk());
        assertThat(api.plans().submit("staff1", second).path("status").asText()).isEqualTo("IN_REVIEW");
    }

    private void refusedAndNothingStoredBeyond(Funding f, Map<String, Object> item, int plansBefore) throws Exception {
        api.plans().createPlan("staff1", planBody(f.year(), item)).andExpect(rejectedFor("items[0].amount"));
        assertThat(api.plans().plansOfYear("staff1", f.year())).hasSize(plansBefore);
    }

    @Test
    void goods_and_services_from_the_public_tender_threshold_use_public_tender_unless_the_change_is_justified() throws Exception {
        Funding f = api.plans().fundedLine("staff1", "9000000.00");
        String month = f.year() + "-06";

        refusedAndNothingStored("staff1", f.year(), planBody(f.year(), item("GOODS", "2000000.00", "INQUIRY", f.lineId(), month)),
            "items[0].methodChangeJustification");
        refusedAndNothingStored("staff1", f.year(),
            planBody(f.year(), item("SERVICES", "2500000.00", "COMPETITIVE_CONSULTATION", f.lineId(), month)),
            "items[0].methodChangeJustification");

        JsonNode justified = api.plans().created("staff1", planBody(f.year(), with(
            item("SERVICES", "2500000.00", "COMPETITIVE_CONSULTATION", f.lineId(), month),
            "methodChangeJustification", "技术复杂、性质特殊，不能确定详细规格，拟采用竞争性磋商")));
        assertThat(justified.path("methodChanged").asBoolean()).isTrue();
        api.expect(api.plans().createPlan("staff1", planBody(f.year(), item("GOODS", "1999999.99", "INQUIRY", f.lineId(), month))),
            status().isCreated());
        api.expect(api.plans().createPlan("staff1", planBody(f.year(), item("WORKS", "2500000.00", "INQUIRY", f.lineId(), month))),
            status().isCreated());
        api.expect(api.plans().createPlan("staff1", planBody(f.year(), item("GOODS", "2000000.00", "PUBLIC_TENDER", f.lineId(), month))),
            status().isCreated());
    }

    @Test
    void a_justification_where_no_method_was_changed_is_refused() throws Exception {
        Funding f = api.plans().fundedLine("staff1", "500000.00");

        refusedAndNothingStored("staff1", f.year(), planBody(f.year(), with(
            item("GOODS", "100000.00", "INQUIRY", f.lineId(), f.year() + "-03"), "methodChangeJustification", "无需变更")),
            "items[0].methodChangeJustification");
    }

    @Test
    void amounts_must_be_positive_with_at_most_two_decimals() throws Exception {
        Funding f = api.plans().fundedLine("staff1", "500000.00");
        var base = item("GOODS", "1.00", "INQUIRY", f.lineId(), f.year() + "-03");

        refusedAndNothingStored("staff1", f.year(), planBody(f.year(), with(base, "amount", "0"), with(base, "amount", "-5.00"),
            with(base, "amount", "12.345"), with(base, "amount", "十万"), with(base, "amount", null)),
            "items[0].amount", "items[1].amount", "items[2].amount", "items[3].amount", "items[4].amount");
    }

    @Test
    void every_required_field_of_an_item_is_named_when_missing() throws Exception {
        Funding f = api.plans().fundedLine("staff1", "500000.00");
        var base = item("GOODS", "100000.00", "INQUIRY", f.lineId(), f.year() + "-03");
        List<String> fields = List.of("category", "name", "quantity", "unit", "method", "organisationForm", "inCatalogue",
            "fundingLineId", "startMonth", "demandOverview");

        for (String field : fields) {
            refusedAndNothingStored("staff1", f.year(), planBody(f.year(), with(base, field, null)), "items[0]." + field);
        }
        refusedAndNothingStored("staff1", f.year(), planBody(f.year(), with(base, "method", "招标")), "items[0].method");
        refusedAndNothingStored("staff1", f.year(), planBody(f.year(), with(base, "quantity", "0")), "items[0].quantity");
        refusedAndNothingStored("staff1", f.year(), planBody(f.year(), with(base, "name", "名".repeat(201))), "items[0].name");
        refusedAndNothingStored("staff1", f.year(), planBody(f.year(), with(with(base, "amount", "2500000.00"),
            "methodChangeJustification", "理".repeat(2001))), "items[0].methodChangeJustification");
        refusedAndNothingStored("staff1", f.year(), planBody(null, base), "fiscalYear");
        api.plans().createPlan("staff1", Map.of("fiscalYear", f.year(), "items", List.of())).andExpect(rejectedFor("items"));
        assertThat(api.plans().plansOfYear("staff1", f.year())).isEmpty();
    }

    @Test
    void the_start_month_lies_within_the_plans_fiscal_year() throws Exception {
        Funding f = api.plans().fundedLine("staff1", "500000.00");
        var base = item("GOODS", "100000.00", "INQUIRY", f.lineId(), f.year() + "-03");

        refusedAndNothingStored("staff1", f.year(), planBody(f.year(), with(base, "startMonth", (f.year() + 1) + "-01"),
            with(base, "startMonth", (f.year() - 1) + "-12"), with(base, "startMonth", f.year() + "-13"),
            with(base, "startMonth", "明年三月")),
            "items[0].startMonth", "items[1].startMonth", "items[2].startMonth", "items[3].startMonth");
        api.expect(api.plans().createPlan("staff1", planBody(f.year(), with(base, "startMonth", f.year() + "-12"))), status().isCreated());
    }

    @Test
    void items_under_the_decentralised_limit_and_outside_the_catalogue_are_flagged_not_refused() throws Exception {
        Funding f = api.plans().fundedLine("staff1", "9000000.00");
        String month = f.year() + "-09";
        var goodsUnder = with(item("GOODS", "499999.99", "INQUIRY", f.lineId(), month), "inCatalogue", false);
        var goodsAt = with(item("GOODS", "500000.00", "INQUIRY", f.lineId(), month), "inCatalogue", false);
        var worksUnder = with(item("WORKS", "599999.99", "INQUIRY", f.lineId(), month), "inCatalogue", false);
        var worksAt = with(item("WORKS", "600000.00", "INQUIRY", f.lineId(), month), "inCatalogue", false);
        var smallInCatalogue = item("SERVICES", "10000.00", "INQUIRY", f.lineId(), month);
        var noOverview = with(with(item("SERVICES", "20000.00", "INQUIRY", f.lineId(), month), "inCatalogue", false),
            "demandOverview", null);

        JsonNode plan = api.plans().created("staff1", planBody(f.year(), goodsUnder, goodsAt, worksUnder, worksAt, smallInCatalogue,
            noOverview));

        JsonNode items = plan.path("items");
        assertThat(List.of(0, 1, 2, 3, 4, 5)).map(i -> items.get(i).path("outsideGovernmentProcurement").asBoolean())
            .containsExactly(true, false, true, false, false, true);
        assertThat(items.get(0).path("flag").asText()).isEqualTo("不属于政府采购");
        assertThat(items.get(1).path("flag").isNull()).isTrue();
        assertThat(plan.path("intentions").findValuesAsText("itemNo")).containsExactly("2", "4", "5");
    }
}
