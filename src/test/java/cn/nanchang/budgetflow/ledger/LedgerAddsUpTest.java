package cn.nanchang.budgetflow.ledger;

import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.item;
import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.planBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.AfterApprovalTestContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "The ledger adds up" (issue 15, Done when): across every operation — issue, a plan's freeze at
 * submission, its re-freeze after a return, withdrawal, 作废, a payment, a settling payment, an
 * import, 调增 and 调减, and refused moves — after each one, for every 指标 of the year, available ==
 * quota − frozen − used as the API shows it, never below zero, and the entries sum to the totals.
 */
@AfterApprovalTestContext
class LedgerAddsUpTest {

    private final ApiClient api;
    private final LedgerChecks checks;
    private final LedgerMoves moves;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private int year;

    LedgerAddsUpTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired JdbcTemplate jdbc,
            @Autowired LedgerMoves moves, @Autowired PlatformTransactionManager transactions) {
        this.api = new ApiClient(mvc, json);
        this.checks = new LedgerChecks(jdbc);
        this.moves = moves;
        this.tx = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    @Test
    void every_indicator_adds_up_after_every_operation() throws Exception {
        year = api.plans().freshYear();
        List<Long> lines = api.plans().approvedBudget("staff1", year, "100000.00", "50000.00");
        addsUp("issued", 2);
        long a = indicatorOf(lines.get(0));
        long b = indicatorOf(lines.get(1));

        long plan = plan(lines.get(0), "30000.00");
        api.plans().submit("staff1", plan);
        addsUp("frozen at submission", 2);
        api.decide("head1", plan, "RETURN", "请压减金额");
        addsUp("returned: the freeze stays", 2);
        assertThat(figure(a, "frozen")).isEqualTo("30000.00");
        JsonNode returned = api.plans().plan("staff1", plan);
        api.expect(api.put("staff1", "/api/v1/procurement-plans/{id}", Map.of("version", returned.path("version").asLong(),
            "fiscalYear", year, "items", List.of(item("GOODS", "25000.00", "INQUIRY", lines.get(0), year + "-05"))), plan), status().isOk());
        api.plans().submit("staff1", plan);
        addsUp("resubmitted: re-frozen", 2);
        assertThat(figure(a, "frozen")).isEqualTo("25000.00");

        long other = plan(lines.get(0), "74000.00");
        api.expect(api.post("finance", "/api/v1/indicators/{id}/payments", payment("5000.00", null), a), status().isCreated());
        addsUp("paid while a plan was a draft", 2);
        api.expect(api.post("staff1", "/api/v1/procurement-plans/{id}/submit", null, other), status().isConflict());
        addsUp("a refused freeze", 2);

        long withdrawn = plan(lines.get(1), "10000.00");
        api.plans().submit("staff1", withdrawn);
        api.expect(api.post("staff1", "/api/v1/procurement-plans/{id}/withdraw", null, withdrawn), status().isOk());
        addsUp("withdrawn", 2);

        long voided = plan(lines.get(1), "20000.00");
        api.plans().submit("staff1", voided);
        api.expect(api.post("staff1", "/api/v1/documents/{id}/void", Map.of("reason", "需求取消"), voided), status().isOk());
        addsUp("voided", 2);

        api.expect(api.post("finance", "/api/v1/indicators/{id}/payments", payment("5000.00", null), b), status().isCreated());
        addsUp("paid", 2);
        long item = itemOf(a, plan);
        api.expect(api.post("finance", "/api/v1/indicators/{id}/payments", payment("26000.00", item), a), status().isCreated());
        addsUp("settled: the item's 25,000 released, 1,000 more from 可用", 2);
        assertThat(figure(a, "frozen")).isEqualTo("0.00");
        assertThat(figure(a, "used")).isEqualTo("31000.00");
        api.expect(api.post("finance", "/api/v1/indicators/{id}/payments", payment("45000.01", null), b), status().isBadRequest());
        addsUp("a refused payment", 2);
        api.expect(api.send("finance", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .multipart("/api/v1/payments/import").file(new org.springframework.mock.web.MockMultipartFile("file", "p.xlsx", null,
                LedgerApiTest.workbook(new Object[][] {{b, "1000.00", year + "-08-31", "南昌市甲公司", "8月电费", "否", ""}})))),
            status().isOk());
        addsUp("imported", 2);

        String number = "TJ-" + year + "-0001";
        tx.executeWithoutResult(s -> moves.adjust(new DocumentRef(987_000_000L + year, number), List.of(
            new LedgerMoves.Move(a, EntryKind.DECREASE, Money.yuan("10000.00"), null, null, null, null, null, null),
            new LedgerMoves.Move(b, EntryKind.INCREASE, Money.yuan("4000.00"), null, null, null, null, null, null),
            new LedgerMoves.Move(null, EntryKind.INCREASE, Money.yuan("6000.00"), SourceType.TRANSFER, "S01",
                ExpenditureKind.BASIC_PUBLIC, "2010350", "30202", null)), "finance"));
        addsUp("adjusted: 调减, 调增 and a new 指标", 3);
        assertThat(figure(a, "quota")).isEqualTo("90000.00");
        assertThat(figure(b, "quota")).isEqualTo("54000.00");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> moves.adjust(new DocumentRef(988_000_000L + year, number), List.of(
                new LedgerMoves.Move(a, EntryKind.DECREASE, Money.yuan("59000.01"), null, null, null, null, null, null)), "finance")))
            .isInstanceOfSatisfying(InsufficientFundsException.class, e -> assertThat(e.shortfall()).isEqualTo(Money.yuan("0.01")));
        addsUp("a refused 调减", 3);
    }

    /** Every 指标 of the year adds up in the tables and as the API shows it. */
    private void addsUp(String after, int expected) {
        assertThat(checks.assertYearAddsUp(year)).as(after).isEqualTo(expected);
        for (JsonNode i : api.answer(api.get("finance", "/api/v1/indicators?fiscalYear={y}", year), status().isOk())) {
            BigDecimal quota = new BigDecimal(i.path("quota").asText());
            BigDecimal frozen = new BigDecimal(i.path("frozen").asText());
            BigDecimal used = new BigDecimal(i.path("used").asText());
            BigDecimal available = new BigDecimal(i.path("available").asText());
            assertThat(available).as(after + ": available of " + i.path("id")).isEqualByComparingTo(quota.subtract(frozen).subtract(used));
            assertThat(available.signum()).as(after).isGreaterThanOrEqualTo(0);
        }
    }

    private String figure(long indicator, String name) {
        return api.answer(api.get("finance", "/api/v1/indicators/{id}", indicator), status().isOk()).path(name).asText();
    }

    private long plan(long line, String amount) {
        return api.plans().created("staff1", planBody(year, item("GOODS", amount, "INQUIRY", line, year + "-05"))).path("id").asLong();
    }

    private long indicatorOf(long line) {
        for (JsonNode i : api.answer(api.get("finance", "/api/v1/indicators?fiscalYear={y}", year), status().isOk())) {
            long id = i.path("id").asLong();
            if (api.answer(api.get("finance", "/api/v1/indicators/{id}/entries", id), status().isOk()).get(0)
                    .path("documentNumber").asText().startsWith("YS-") && lineOf(id) == line) {
                return id;
            }
        }
        throw new AssertionError("no indicator for line " + line);
    }

    private long lineOf(long indicator) {
        return jdbc.queryForObject("select budget_line_id from indicator where id = ?", Long.class, indicator);
    }

    private long itemOf(long indicator, long planId) {
        JsonNode entries = api.answer(api.get("finance", "/api/v1/indicators/{id}/entries", indicator), status().isOk());
        long item = -1;
        for (JsonNode e : entries) {
            if (e.path("kind").asText().equals("FREEZE") && e.path("documentId").asLong() == planId) {
                item = Long.parseLong(e.path("itemRef").asText().substring("procurement-item:".length()));
            }
        }
        return item;
    }

    private Map<String, Object> payment(String amount, Long item) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("amount", amount);
        body.put("paidOn", year + "-07-15");
        body.put("payee", "南昌市某办公用品有限公司");
        body.put("summary", "办公用品");
        body.put("officialCard", true);
        body.put("procurementItemId", item);
        return body;
    }
}
