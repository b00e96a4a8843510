package cn.nanchang.budgetflow.ledger;

import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.item;
import static cn.nanchang.budgetflow.testsupport.ProcurementPlans.planBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.AfterApprovalTestContext;
import cn.nanchang.budgetflow.testsupport.ProcurementPlans.Funding;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The ledger over HTTP: who sees which 指标, the figures after each movement (a plan's freeze at
 * submission, its release, a payment, a settlement, an import), the 409 and 400 refusals, and that
 * the ledger adds up after every one of them.
 */
@AfterApprovalTestContext
class LedgerApiTest {

    private static final String INDICATORS = "/api/v1/indicators";

    private final ApiClient api;
    private final LedgerChecks checks;
    private final JdbcTemplate jdbc;

    LedgerApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired JdbcTemplate jdbc) {
        this.api = new ApiClient(mvc, json);
        this.checks = new LedgerChecks(jdbc);
        this.jdbc = jdbc;
    }

    @Test
    void an_approved_budget_line_becomes_an_indicator_its_section_sees_and_other_sections_do_not() {
        Funding f = api.plans().fundedLine("staff1", "100000.00");

        JsonNode own = api.answer(api.get("staff1", INDICATORS + "?fiscalYear={y}", f.year()), status().isOk());
        assertThat(own).hasSize(1);
        JsonNode indicator = own.get(0);
        assertThat(indicator.path("section").asText()).isEqualTo("S01");
        assertThat(indicator.path("quota").asText()).isEqualTo("100000.00");
        assertThat(indicator.path("available").asText()).isEqualTo("100000.00");
        assertThat(indicator.path("sourceType").asText()).isEqualTo("INITIAL");
        assertThat(indicator.path("ref").asText()).as("legacy route: the draft's number").startsWith("YS-" + f.year());
        long id = indicator.path("id").asLong();

        assertThat(api.answer(api.get("staff2", INDICATORS + "?fiscalYear={y}", f.year()), status().isOk())).isEmpty();
        api.expect(api.get("staff2", INDICATORS + "/{id}", id), status().isForbidden());
        api.expect(api.get("head2", INDICATORS + "/{id}/entries", id), status().isForbidden());
        api.expect(api.get("bureau", INDICATORS + "/{id}", id), status().isForbidden());
        assertThat(api.answer(api.get("auditor", INDICATORS + "/{id}/entries", id), status().isOk())).hasSize(1);
        assertThat(api.answer(api.get("director", INDICATORS + "?fiscalYear={y}&section=S01", f.year()), status().isOk())).hasSize(1);
        api.expect(api.get("finance", INDICATORS + "/{id}", 987654321L), status().isNotFound());
    }

    @Test
    void only_finance_records_payments_and_the_auditor_reads_but_does_not_act() {
        Funding f = api.plans().fundedLine("staff1", "100000.00");
        long id = indicatorOf(f);

        api.expect(api.post("staff1", INDICATORS + "/{id}/payments", payment(f, "100.00"), id), status().isForbidden());
        api.expect(api.post("auditor", INDICATORS + "/{id}/payments", payment(f, "100.00"), id), status().isForbidden());
        api.expect(api.post("director", INDICATORS + "/{id}/payments", payment(f, "100.00"), id), status().isForbidden());
        api.expect(api.send("auditor", MockMvcRequestBuilders.multipart("/api/v1/payments/import")
            .file(new MockMultipartFile("file", "p.xlsx", null, workbook(new Object[][] {{id, "1.00", f.year() + "-03-01", "甲", "乙", "否", ""}})))),
            status().isForbidden());
        api.expect(api.get("auditor", "/api/v1/payments/import-template"), status().isForbidden());
        assertThat(api.answer(api.get("auditor", INDICATORS + "/{id}/payments", id), status().isOk())).isEmpty();
    }

    @Test
    void a_payment_is_used_money_with_its_entry_and_audit_and_never_more_than_available() {
        Funding f = api.plans().fundedLine("staff1", "100000.00");
        long id = indicatorOf(f);

        JsonNode paid = api.answer(api.post("finance", INDICATORS + "/{id}/payments", payment(f, "30000.00"), id), status().isCreated());
        assertThat(paid.path("amount").asText()).isEqualTo("30000.00");
        assertThat(paid.path("example").asBoolean()).isFalse();
        JsonNode indicator = api.answer(api.get("staff1", INDICATORS + "/{id}", id), status().isOk());
        assertThat(indicator.path("used").asText()).isEqualTo("30000.00");
        assertThat(indicator.path("available").asText()).isEqualTo("70000.00");
        JsonNode use = last(api.answer(api.get("staff1", INDICATORS + "/{id}/entries", id), status().isOk()));
        assertThat(use.path("kind").asText()).isEqualTo("USE");
        assertThat(use.path("actor").asText()).isEqualTo("finance");
        assertThat(use.path("auditEntryId").isNumber()).as("the entry keeps its audit entry").isTrue();
        assertThat(jdbc.queryForObject("select action from audit_entry where id = ?", String.class, use.path("auditEntryId").asLong()))
            .isEqualTo("PAYMENT_RECORDED");

        JsonNode refused = api.answer(api.post("finance", INDICATORS + "/{id}/payments", payment(f, "70000.01"), id),
            status().isBadRequest());
        assertThat(refused.path("errors").get(0).path("field").asText()).isEqualTo("amount");
        assertThat(refused.path("errors").get(0).path("message").asText()).contains("可用余额 70,000.00 元", "差额 0.01 元");
        checks.assertAddsUp(id);
    }

    @Test
    void a_plan_freezes_at_submission_a_payment_settling_its_item_moves_it_to_used_and_withdrawal_releases_the_rest() {
        Funding f = api.plans().fundedLine("staff1", "100000.00");
        long id = indicatorOf(f);
        long settled = submittedPlan(f, "40000.00");
        long withdrawn = submittedPlan(f, "10000.00");
        JsonNode indicator = api.answer(api.get("finance", INDICATORS + "/{id}", id), status().isOk());
        assertThat(indicator.path("frozen").asText()).isEqualTo("50000.00");
        assertThat(indicator.path("available").asText()).isEqualTo("50000.00");
        checks.assertAddsUp(id);

        long itemId = itemOf(id, settled);
        Map<String, Object> settling = payment(f, "38000.00");
        settling.put("procurementItemId", itemId);
        api.expect(api.post("finance", INDICATORS + "/{id}/payments", settling, id), status().isCreated());
        indicator = api.answer(api.get("finance", INDICATORS + "/{id}", id), status().isOk());
        assertThat(indicator.path("frozen").asText()).as("the item's 38,000 left 冻结; 2,000 of it stays").isEqualTo("12000.00");
        assertThat(indicator.path("used").asText()).isEqualTo("38000.00");
        assertThat(indicator.path("available").asText()).isEqualTo("50000.00");
        checks.assertAddsUp(id);

        api.expect(api.post("staff1", "/api/v1/procurement-plans/{id}/withdraw", null, withdrawn), status().isOk());
        indicator = api.answer(api.get("finance", INDICATORS + "/{id}", id), status().isOk());
        assertThat(indicator.path("frozen").asText()).isEqualTo("2000.00");
        JsonNode release = last(api.answer(api.get("finance", INDICATORS + "/{id}/entries", id), status().isOk()));
        assertThat(release.path("kind").asText()).isEqualTo("RELEASE");
        assertThat(release.path("documentId").asLong()).isEqualTo(withdrawn);
        assertThat(release.path("note").asText()).contains("撤回");
        checks.assertAddsUp(id);

        api.expect(api.post("staff1", "/api/v1/documents/{id}/void", Map.of("reason", "需求取消"), settled), status().isOk());
        indicator = api.answer(api.get("finance", INDICATORS + "/{id}", id), status().isOk());
        assertThat(indicator.path("frozen").asText()).isEqualTo("0.00");
        assertThat(indicator.path("available").asText()).isEqualTo("62000.00");
        checks.assertAddsUp(id);
    }

    @Test
    void an_import_with_one_bad_row_reports_each_rejected_row_and_stores_nothing_and_a_good_one_stores_every_row() throws Exception {
        Funding f = api.plans().fundedLine("staff1", "100000.00");
        long id = indicatorOf(f);
        byte[] template = api.expect(api.get("finance", "/api/v1/payments/import-template"), status().isOk())
            .andReturn().getResponse().getContentAsByteArray();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("指标编号");
        }
        String date = f.year() + "-06-30";
        Object[][] bad = {{id, "60000.00", date, "南昌市甲公司", "6月电费", "否", ""},
            {id, "50000.00", date, "南昌市乙公司", "6月物业费", "是", ""},
            {987654321L, "1.00", date, "丙", "丁", "否", ""},
            {id, "十元", "2001-01-01", "", "摘要", "否", ""}};
        long paymentsBefore = jdbc.queryForObject("select count(*) from payment", Long.class);

        JsonNode refused = api.answer(upload(workbook(bad)), status().isBadRequest());

        assertThat(refused.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("rows[3].amount",
            "rows[4].indicatorId", "rows[5].amount", "rows[5].paidOn", "rows[5].payee");
        assertThat(jdbc.queryForObject("select count(*) from payment", Long.class)).as("nothing of the file").isEqualTo(paymentsBefore);
        assertThat(api.answer(api.get("finance", INDICATORS + "/{id}", id), status().isOk()).path("used").asText()).isEqualTo("0.00");

        // the amount as a Chinese input method types it into a text cell: read as 40000.00, as the form and the API read it
        JsonNode imported = api.answer(upload(workbook(new Object[][] {bad[0], {id, "４０，０００．００", date, "南昌市乙公司", "6月物业费", "是", ""}})),
            status().isOk());
        assertThat(imported.path("imported").asInt()).isEqualTo(2);
        JsonNode indicator = api.answer(api.get("finance", INDICATORS + "/{id}", id), status().isOk());
        assertThat(indicator.path("used").asText()).isEqualTo("100000.00");
        assertThat(indicator.path("available").asText()).isEqualTo("0.00");
        assertThat(api.answer(api.get("staff1", INDICATORS + "/{id}/payments", id), status().isOk()))
            .extracting(p -> p.path("officialCard").asBoolean()).containsExactly(false, true);
        checks.assertAddsUp(id);
    }

    @Test
    void a_file_that_is_not_a_workbook_is_refused_on_the_file() {
        JsonNode refused = api.answer(api.send("finance", MockMvcRequestBuilders.multipart("/api/v1/payments/import")
            .file(new MockMultipartFile("file", "p.xlsx", null, "不是表格".getBytes(java.nio.charset.StandardCharsets.UTF_8)))),
            status().isBadRequest());
        assertThat(refused.path("errors").get(0).path("field").asText()).isEqualTo("file");
        api.expect(api.send("finance", MockMvcRequestBuilders.multipart("/api/v1/payments/import")), status().isBadRequest());
    }

    // --- helpers ---------------------------------------------------------------------------

    private org.springframework.test.web.servlet.ResultActions upload(byte[] file) {
        return api.send("finance", MockMvcRequestBuilders.multipart("/api/v1/payments/import")
            .file(new MockMultipartFile("file", "payments.xlsx", null, file)));
    }

    private long indicatorOf(Funding f) {
        JsonNode list = api.answer(api.get("finance", INDICATORS + "?fiscalYear={y}", f.year()), status().isOk());
        for (JsonNode i : list) {
            if (jdbc.queryForObject("select budget_line_id from indicator where id = ?", Long.class, i.path("id").asLong()) == f.lineId()) {
                return i.path("id").asLong();
            }
        }
        throw new AssertionError("no indicator for line " + f.lineId());
    }

    private long submittedPlan(Funding f, String amount) {
        long plan = api.plans().created("staff1", planBody(f.year(), item("GOODS", amount, "INQUIRY", f.lineId(), f.year() + "-05")))
            .path("id").asLong();
        api.plans().submit("staff1", plan);
        return plan;
    }

    /** The procurement item a plan froze on the indicator, from the freeze's item reference. */
    private long itemOf(long indicatorId, long planId) {
        for (JsonNode e : api.answer(api.get("finance", INDICATORS + "/{id}/entries", indicatorId), status().isOk())) {
            if (e.path("kind").asText().equals("FREEZE") && e.path("documentId").asLong() == planId) {
                return Long.parseLong(e.path("itemRef").asText().substring("procurement-item:".length()));
            }
        }
        throw new AssertionError("no freeze of plan " + planId);
    }

    private static Map<String, Object> payment(Funding f, String amount) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", amount);
        body.put("paidOn", f.year() + "-07-15");
        body.put("payee", "南昌市某办公用品有限公司");
        body.put("summary", "7月办公用品");
        body.put("officialCard", false);
        return body;
    }

    private static JsonNode last(JsonNode list) {
        return list.get(list.size() - 1);
    }

    static byte[] workbook(Object[][] rows) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("支付");
            Row header = sheet.createRow(0);
            List<String> headers = List.of("指标编号", "支付金额（元）", "支付日期", "收款人", "摘要", "公务卡（是/否）", "结算采购项目编号");
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(v));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
