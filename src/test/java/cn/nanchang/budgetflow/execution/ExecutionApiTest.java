package cn.nanchang.budgetflow.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.ledger.LedgerMoves;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.AfterApprovalTestContext;
import cn.nanchang.budgetflow.testsupport.ExportFiles;
import cn.nanchang.budgetflow.testsupport.ProcurementPlans.Funding;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * GET /api/v1/execution/{year}: the figures of an approved year's 指标 as each role may see them,
 * the bad years and sections it refuses, and the workbooks (the progress, and the adjusted budget
 * in the disclosure's layout).
 */
@AfterApprovalTestContext
class ExecutionApiTest {

    static final String EXECUTION = "/api/v1/execution/{year}";

    private final ApiClient api;
    private final LedgerMoves moves;
    private final TransactionTemplate tx;

    ExecutionApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired LedgerMoves moves,
            @Autowired PlatformTransactionManager transactions) {
        this.api = new ApiClient(mvc, json);
        this.moves = moves;
        this.tx = new TransactionTemplate(transactions);
    }

    /** A fresh year with one approved line of staff1's section (S01), issued as a 指标. */
    private Funding issuedYear() {
        Funding f = api.plans().fundedLine("staff1", "120000.00");
        tx.executeWithoutResult(s -> moves.issueApproved(f.year(), "洪数字〔" + f.year() + "〕1号", "finance"));
        return f;
    }

    @Test
    void finance_reads_each_section_kind_and_project_with_its_quota_rate_and_schedule() {
        Funding f = issuedYear();

        JsonNode progress = api.answer(api.get("finance", EXECUTION, f.year()), status().isOk());

        assertThat(progress.path("fiscalYear").asInt()).isEqualTo(f.year());
        JsonNode row = progress.path("rows").get(0);
        assertThat(row.path("sectionCode").asText()).isEqualTo("S01");
        assertThat(row.path("kind").asText()).isEqualTo("BASIC_PUBLIC");
        assertThat(row.path("quota").asText()).isEqualTo("120000.00");
        assertThat(row.path("used").asText()).isEqualTo("0.00");
        assertThat(row.path("ratePercent").asText()).isEqualTo("0.00");
        boolean thresholdInForce = !progress.path("thresholdPercent").asText().equals("0.00");
        assertThat(row.path("below").asBoolean()).as("nothing spent is behind once a checkpoint is over").isEqualTo(thresholdInForce);
        assertThat(row.path("cumulativeUsed")).hasSize(progress.path("monthsElapsed").asInt());
        assertThat(progress.path("checkpoints").path("4").asText()).isEqualTo("25.00");
        assertThat(progress.path("checkpoints").path("10").asText()).isEqualTo("80.00");
        assertThat(progress.path("bySection").get(0).path("sectionName").asText()).isNotBlank();
        assertThat(progress.path("total").path("quota").asText()).isEqualTo("120000.00");
    }

    @Test
    void a_section_reads_its_own_section_and_is_refused_another_and_the_bureau_is_refused() {
        Funding f = issuedYear();

        JsonNode own = api.answer(api.get("staff1", EXECUTION, f.year()), status().isOk());
        assertThat(own.path("section").asText()).isEqualTo("S01");
        assertThat(own.path("rows").findValuesAsText("sectionCode")).containsOnly("S01");
        assertThat(api.answer(api.get("staff2", EXECUTION, f.year()), status().isOk()).path("rows")).isEmpty();

        api.expect(api.get("staff1", EXECUTION + "?section=S02", f.year()), status().isForbidden());
        api.expect(api.get("head1", EXECUTION + "?section=S03", f.year()), status().isForbidden());
        api.expect(api.get("bureau", EXECUTION, f.year()), status().isForbidden());
        api.expect(api.get("admin", EXECUTION, f.year()), status().isForbidden());
        api.expect(api.get("director", EXECUTION + "?section=S01", f.year()), status().isOk());
        api.expect(api.get("auditor", EXECUTION, f.year()), status().isOk());
    }

    @Test
    void the_workbook_has_the_rows_with_chinese_headers_and_one_column_per_month_over() throws Exception {
        Funding f = issuedYear();
        JsonNode progress = api.answer(api.get("finance", EXECUTION, f.year()), status().isOk());

        byte[] file = api.expect(api.get("finance", EXECUTION + ".xlsx", f.year()), status().isOk()).andReturn()
            .getResponse().getContentAsByteArray();

        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("明细");
            Sheet rows = book.getSheetAt(0);
            assertThat(ExportFiles.texts(rows.getRow(1))).startsWith("科室", "支出类型", "项目", "额度（元）", "已支出（元）",
                "支出进度（%）", "序时进度（%）", "预警线（%）", "是否低于预警线");
            assertThat(rows.getRow(1).getLastCellNum()).isEqualTo((short) (9 + progress.path("monthsElapsed").asInt()));
            assertThat(rows.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(120000.00);
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("按科室");
        }
        api.expect(api.get("staff1", EXECUTION + ".xlsx?section=S02", f.year()), status().isForbidden());
    }

    @Test
    void the_adjusted_budget_follows_the_quotas_after_an_adjustment() throws Exception {
        Funding f = issuedYear();
        JsonNode indicators = api.answer(api.get("finance", "/api/v1/indicators?fiscalYear={y}", f.year()), status().isOk());
        long indicator = (indicators.isArray() ? indicators : indicators.path("items")).get(0).path("id").asLong();
        tx.executeWithoutResult(s -> moves.adjust(new cn.nanchang.budgetflow.ledger.DocumentRef(990_000_000L + f.year(), "TJ-TEST"),
            java.util.List.of(new LedgerMoves.Move(indicator, cn.nanchang.budgetflow.ledger.EntryKind.INCREASE,
                cn.nanchang.budgetflow.base.Money.yuan("30000.00"), null, null, null, null, null, null)), "finance"));

        byte[] file = api.expect(api.get("finance", "/api/v1/reports/{year}/adjusted.xlsx", f.year()), status().isOk())
            .andReturn().getResponse().getContentAsByteArray();

        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            java.util.List<Double> amounts = new java.util.ArrayList<>();
            book.getSheetAt(2).forEach(r -> r.forEach(c -> {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    amounts.add(c.getNumericCellValue());
                }
            }));
            assertThat(amounts).as("表三 in 万元: 12 + 3 adjusted").contains(15.0).doesNotContain(12.0);
        }
    }

    @Test
    void the_adjusted_budget_is_the_nine_tables_titled_adjusted_for_finance_director_and_auditors() throws Exception {
        Funding f = issuedYear();

        byte[] file = api.expect(api.get("finance", "/api/v1/reports/{year}/adjusted.xlsx", f.year()), status().isOk())
            .andReturn().getResponse().getContentAsByteArray();

        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("一 调整后收支预算总表");
            assertThat(book.getNumberOfSheets()).isEqualTo(10);
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains(f.year() + "年调整后收支预算总表");
        }
        api.expect(api.get("director", "/api/v1/reports/{year}/adjusted.xlsx", f.year()), status().isOk());
        api.expect(api.get("auditor", "/api/v1/reports/{year}/adjusted.xlsx", f.year()), status().isOk());
        api.expect(api.get("staff1", "/api/v1/reports/{year}/adjusted.xlsx", f.year()), status().isForbidden());
        api.expect(api.get("bureau", "/api/v1/reports/{year}/adjusted.xlsx", f.year()), status().isForbidden());
        api.expect(api.get("finance", "/api/v1/reports/{year}/adjusted.xlsx", 1850), status().isBadRequest());
    }
}
