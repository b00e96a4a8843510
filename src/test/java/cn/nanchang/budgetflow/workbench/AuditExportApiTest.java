package cn.nanchang.budgetflow.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditEntry;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import cn.nanchang.budgetflow.testsupport.DraftBodies;
import cn.nanchang.budgetflow.testsupport.ExportFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Exports read back: the .xlsx with Apache POI, the CSV as bytes (byte order mark first, then
 * UTF-8) and parsed; both hold the same rows as the JSON answers, Chinese intact, and each
 * export is itself in the audit log.
 */
@ApiTestContext
class AuditExportApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** A comment a spreadsheet would take for a formula, with a comma, quotes and a line break. */
    private static final String TRICKY = "=SUM(1,2) 测算依据不足，请补充\"说明\"\n第二行";

    private final ApiClient api;
    private final MockMvc mvc;
    private final AuditLog log;

    AuditExportApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired AuditLog log) {
        this.api = new ApiClient(mvc, json);
        this.mvc = mvc;
        this.log = log;
    }

    @Test
    void search_results_in_excel_hold_the_same_documents_as_the_search_with_chinese_labels_and_amounts_as_numbers() throws Exception {
        int year = twoDraftsOfOneYear();
        JsonNode found = search("fiscalYear=" + year + "&section=S04");
        int exportsBefore = exports().size();

        MockHttpServletResponse file = download("/api/v1/audit/documents.xlsx?type=BUDGET_DRAFT&fiscalYear=" + year + "&section=S04");

        assertThat(file.getContentType()).isEqualTo(XLSX);
        assertThat(file.getHeader("Content-Disposition")).startsWith("attachment").contains(".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.getContentAsByteArray()))) {
            Sheet sheet = book.getSheet("审计查询结果");
            assertThat(ExportFiles.texts(sheet.getRow(0))).startsWith("单据编号", "类型", "科室", "预算年度", "状态", "当前环节", "金额（元）");
            assertThat(found).hasSize(2);
            assertThat(sheet.getLastRowNum()).isEqualTo(found.size());
            for (int i = 0; i < found.size(); i++) {
                Row row = sheet.getRow(i + 1);
                JsonNode doc = found.get(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(doc.path("number").asText());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("预算草案");
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(doc.path("sectionName").asText());
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo(doc.path("statusName").asText());
                assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(BigDecimal.valueOf(row.getCell(6).getNumericCellValue()).setScale(2))
                    .isEqualByComparingTo(doc.path("totalAmount").asText());
                assertThat(DateUtil.isCellDateFormatted(row.getCell(10))).isTrue();
            }
            assertThat(book.getSheet("导出信息").getRow(1).getCell(1).getStringCellValue()).contains("朱明远");
            assertThat(book.getSheet("导出信息").getRow(3).getCell(0).getStringCellValue()).isEqualTo("范围");
            assertThat(book.getSheet("导出信息").getRow(3).getCell(1).getStringCellValue()).as("the conditions in the page's words")
                .isEqualTo("类型=预算草案；预算年度=" + year + "；科室=" + found.get(0).path("sectionName").asText());
        }
        List<AuditEntry> exports = exports();
        assertThat(exports).hasSize(exportsBefore + 1);
        assertThat(exports.get(0).getDetails()).startsWith("XLSX；审计查询结果；" + found.size() + "行").contains("年度=" + year);
        assertThat(exports.get(0).getActorRole()).isEqualTo("AUDITOR");
    }

    @Test
    void search_results_in_csv_start_with_a_byte_order_mark_and_hold_the_same_rows_in_utf8() throws Exception {
        int year = twoDraftsOfOneYear();
        JsonNode found = search("fiscalYear=" + year + "&section=S04");
        int exportsBefore = exports().size();

        byte[] bytes = download("/api/v1/audit/documents.csv?fiscalYear=" + year + "&section=S04").getContentAsByteArray();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = ExportFiles.csv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).startsWith("单据编号", "类型", "科室", "预算年度", "状态", "当前环节", "金额（元）", "金额（万元）", "经办人");
        assertThat(found).hasSize(2);
        assertThat(rows).hasSize(found.size() + 1);
        for (int i = 0; i < found.size(); i++) {
            JsonNode doc = found.get(i);
            assertThat(rows.get(i + 1)).startsWith(doc.path("number").asText(), "预算草案", doc.path("sectionName").asText(),
                String.valueOf(year), doc.path("statusName").asText());
            assertThat(rows.get(i + 1).get(6)).isEqualTo(doc.path("totalAmount").asText());
            assertThat(rows.get(i + 1).get(8)).isEqualTo(doc.path("drafterName").asText());
        }
        assertThat(exports()).hasSize(exportsBefore + 1);
        assertThat(exports().get(0).getDetails()).startsWith("CSV；审计查询结果；2行");
    }

    @Test
    void a_timeline_in_excel_has_every_event_and_every_task_and_the_export_is_recorded_on_the_document() throws Exception {
        Draft draft = returnedOnce();
        JsonNode timeline = timeline(draft.id());

        MockHttpServletResponse file = download("/api/v1/audit/documents/" + draft.id() + "/timeline.xlsx");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.getContentAsByteArray()))) {
            Sheet events = book.getSheet("时间线");
            assertThat(ExportFiles.texts(events.getRow(0))).startsWith("时间", "来源", "环节", "事件", "人员");
            assertThat(events.getLastRowNum()).isEqualTo(timeline.path("events").size());
            List<String> actions = new ArrayList<>();
            for (int r = 1; r <= events.getLastRowNum(); r++) {
                actions.add(events.getRow(r).getCell(3).getStringCellValue());
            }
            assertThat(actions).containsSubsequence("创建", "提交", "任务到达", "退回", "任务到达", "重新提交", "任务到达");
            Row returned = ExportFiles.findRow(events, 3, "退回");
            assertThat(returned.getCell(2).getStringCellValue()).isEqualTo("科长审核");
            assertThat(returned.getCell(4).getStringCellValue()).isEqualTo("刘国强");
            assertThat(returned.getCell(7).getStringCellValue()).isEqualTo(TRICKY);
            Sheet tasks = book.getSheet("任务办理");
            assertThat(tasks.getLastRowNum()).isEqualTo(timeline.path("tasks").size()).isEqualTo(3);
            assertThat(ExportFiles.texts(tasks.getRow(1))).startsWith("科长审核");
            assertThat(tasks.getRow(1).getCell(5).getStringCellValue()).isEqualTo("刘国强");
            assertThat(tasks.getRow(1).getCell(8).getStringCellValue()).isEqualTo("退回");
            assertThat(tasks.getRow(2).getCell(0).getStringCellValue()).isEqualTo("经办人修改后重新提交");
            assertThat(tasks.getRow(2).getCell(8).getStringCellValue()).isEqualTo("重新提交");
        }
        JsonNode after = timeline(draft.id()).path("events");
        JsonNode last = after.get(after.size() - 1);
        assertThat(last.path("action").asText()).isEqualTo("EXPORT");
        assertThat(last.path("actor").asText()).isEqualTo("auditor");
        assertThat(last.path("details").asText()).startsWith("XLSX；文档时间线；" + timeline.path("events").size() + "行");
    }

    @Test
    void the_approval_sheet_and_the_timeline_export_name_the_audit_entries_they_rest_on_and_the_checkpoint_that_covers_them()
            throws Exception {
        Draft draft = returnedOnce();
        JsonNode before = api.body(api.get("auditor", "/api/v1/audit/documents/{id}/approval-sheet", draft.id()));
        long lastSeq = before.path("auditSeq").asLong();
        assertThat(lastSeq).isPositive();
        assertThat(before.path("checkpointSeq").isNull()).isTrue();
        assertThat(before.path("auditAnchor").asText()).contains("第" + lastSeq + "条", "尚无覆盖这些记录的检查点");

        long checkpoint = api.body(api.post("auditor", "/api/v1/audit/checkpoints", null)).path("seq").asLong();

        JsonNode after = api.body(api.get("auditor", "/api/v1/audit/documents/{id}/approval-sheet", draft.id()));
        assertThat(after.path("auditSeq").asLong()).isEqualTo(lastSeq);
        assertThat(after.path("checkpointSeq").asLong()).isEqualTo(checkpoint).isGreaterThanOrEqualTo(lastSeq);
        assertThat(after.path("auditAnchor").asText()).contains("已由第" + checkpoint + "条检查点");
        MockHttpServletResponse file = download("/api/v1/audit/documents/" + draft.id() + "/timeline.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.getContentAsByteArray()))) {
            Row anchor = ExportFiles.findRow(book.getSheet("导出信息"), 0, "审计链");
            assertThat(anchor.getCell(1).getStringCellValue()).contains("已由第" + checkpoint + "条检查点");
        }
    }

    @Test
    void a_timeline_in_csv_keeps_chinese_commas_quotes_and_line_breaks_and_defuses_formulas() throws Exception {
        Draft draft = returnedOnce();
        JsonNode timeline = timeline(draft.id());

        byte[] bytes = download("/api/v1/audit/documents/" + draft.id() + "/timeline.csv").getContentAsByteArray();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = ExportFiles.csv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(timeline.path("events").size() + 1);
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(rows.get(0).size()));
        List<String> returned = rows.stream().filter(r -> r.get(3).equals("退回")).findFirst().orElseThrow();
        assertThat(returned.get(2)).isEqualTo("科长审核");
        assertThat(returned.get(4)).isEqualTo("刘国强");
        assertThat(returned.get(6)).isEqualTo("科长");
        assertThat(returned.get(7)).isEqualTo("'" + TRICKY);
        assertThat(rows.get(1).get(0)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    }

    // --- helpers ---------------------------------------------------------------------------

    /** Two drafts of section S04 in a year in which it had none: one approved, one new. */
    private int twoDraftsOfOneYear() {
        Draft first = api.drafts().submitted("staff4");
        api.approveAll(first.id(), "head4", "finance", "director", "bureau");
        api.drafts().create("staff4", first.fiscalYear(), List.of(DraftBodies.line("2010350", "30205", "BASIC_PUBLIC", "800.00", "水费")));
        return first.fiscalYear();
    }

    private Draft returnedOnce() {
        Draft draft = api.drafts().submitted("staff2");
        api.decide("head2", draft.id(), "RETURN", TRICKY);
        api.drafts().submit("staff2", draft.id());
        return draft;
    }

    private JsonNode search(String query) {
        return api.body(api.get("auditor", "/api/v1/audit/documents?" + query));
    }

    private JsonNode timeline(long id) {
        return api.body(api.get("auditor", "/api/v1/audit/documents/{id}/timeline", id));
    }

    private MockHttpServletResponse download(String uri) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(uri).with(httpBasic("auditor", ApiClient.PASSWORD)))
            .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response;
    }

    private List<AuditEntry> exports() {
        return log.byActor("auditor", AuditAction.EXPORT).stream().filter(e -> e.getDocumentId() == null).toList();
    }
}
