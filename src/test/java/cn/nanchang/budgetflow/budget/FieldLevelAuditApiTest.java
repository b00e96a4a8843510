package cn.nanchang.budgetflow.budget;

import static cn.nanchang.budgetflow.testsupport.DraftBodies.draftBody;
import static cn.nanchang.budgetflow.testsupport.DraftBodies.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.AuditTrail;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import cn.nanchang.budgetflow.testsupport.ExportFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An edit of a budget draft is recorded value by value, before and after, in the hash-chained
 * audit log: the auditor's timeline, the drafter's history and the timeline export all show it,
 * and the chain still verifies.
 */
@ApiTestContext
class FieldLevelAuditApiTest {

    private final ApiClient api;
    private final AuditTrail trail;

    FieldLevelAuditApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
        this.trail = new AuditTrail(mvc, json);
    }

    private Draft editedDraft() {
        int year = api.drafts().freshYear("staff3");
        Draft draft = api.drafts().create("staff3", year, List.of(
            line("2010350", "30201", "BASIC_PUBLIC", "1000.00", "办公用品"),
            line("2010350", "30211", "BASIC_PUBLIC", "2000.00", "差旅"),
            line("2010350", "30215", "BASIC_PUBLIC", "3000.00", "会议")));
        api.drafts().edit("staff3", draft.id(), draftBody(year, List.of(
            line("2010350", "30201", "BASIC_PUBLIC", "1000.00", "办公用品"),
            line("2010350", "30211", "BASIC_PUBLIC", "1200.00", "差旅（压减）"),
            line("2010350", "30216", "BASIC_PUBLIC", "500.00", "培训"))));
        return draft;
    }

    private static List<String> texts(JsonNode changes) {
        return StreamSupport.stream(changes.spliterator(), false).map(c -> c.path("text").asText()).toList();
    }

    @Test
    void an_edit_records_each_changed_value_with_its_line_and_values_before_and_after() {
        Draft draft = editedDraft();

        JsonNode edit = trail.events(draft.id(), "EDIT").get(0);
        assertThat(edit.path("details").asText()).isEqualTo("明细3条，合计6,000.00元 → 明细3条，合计2,700.00元");
        assertThat(texts(edit.path("changes"))).containsExactly(
            "预算明细第2行 金额（元）：2,000.00 → 1,200.00",
            "预算明细第2行 备注：差旅 → 差旅（压减）",
            "预算明细第3行 经济分类科目（款）：30215 会议费 → 30216 培训费",
            "预算明细第3行 金额（元）：3,000.00 → 500.00",
            "预算明细第3行 备注：会议 → 培训");
        JsonNode amount = edit.path("changes").get(0);
        assertThat(amount.path("table").asText()).isEqualTo("预算明细");
        assertThat(amount.path("row").asInt()).isEqualTo(2);
        assertThat(amount.path("formerRow").asInt()).isEqualTo(2);
        assertThat(amount.path("field").asText()).isEqualTo("金额（元）");
        assertThat(amount.path("before").asText()).isEqualTo("2,000.00");
        assertThat(amount.path("after").asText()).isEqualTo("1,200.00");
    }

    @Test
    void removing_a_line_and_adding_one_are_recorded_as_such_and_creation_records_the_first_values() {
        int year = api.drafts().freshYear("staff3");
        Draft draft = api.drafts().create("staff3", year, List.of(
            line("2010350", "30201", "BASIC_PUBLIC", "1000.00", "办公用品"),
            line("2010350", "30211", "BASIC_PUBLIC", "2000.00", "差旅")));
        api.drafts().edit("staff3", draft.id(), draftBody(year, List.of(
            line("2010350", "30211", "BASIC_PUBLIC", "2000.00", "差旅"),
            line("2080505", "30108", "BASIC_PERSONNEL", "8000.00", null))));

        assertThat(texts(trail.events(draft.id(), "CREATE").get(0).path("changes"))).startsWith(
            "预算明细第1行（新增） 功能分类科目（项）：（空） → 2010350 事业运行",
            "预算明细第1行（新增） 经济分类科目（款）：（空） → 30201 办公费");
        List<String> edit = texts(trail.events(draft.id(), "EDIT").get(0).path("changes"));
        assertThat(edit).contains(
            "预算明细原第1行（删除） 金额（元）：1,000.00 → （空）",
            "预算明细原第1行（删除） 备注：办公用品 → （空）",
            "预算明细第2行（新增） 功能分类科目（项）：（空） → 2080505 机关事业单位基本养老保险缴费支出",
            "预算明细第2行（新增） 金额（元）：（空） → 8,000.00");
        assertThat(edit).noneMatch(t -> t.contains("差旅"));
    }

    @Test
    void the_drafters_history_shows_the_changes_and_the_chain_still_verifies() throws Exception {
        Draft draft = editedDraft();

        JsonNode history = api.history("staff3", draft.id());
        JsonNode edit = StreamSupport.stream(history.spliterator(), false)
            .filter(e -> e.path("action").asText().equals("EDIT")).findFirst().orElseThrow();
        assertThat(StreamSupport.stream(edit.path("changes").spliterator(), false).map(c -> c.path("text").asText()))
            .contains("预算明细第2行 金额（元）：2,000.00 → 1,200.00");
        JsonNode verify = api.body(api.get("auditor", "/api/v1/audit/verify").andExpect(status().isOk()));
        assertThat(verify.path("intact").asBoolean()).as(verify.toString()).isTrue();
    }

    @Test
    void the_timeline_export_has_a_sheet_of_every_changed_value_and_the_changes_beside_each_event() throws Exception {
        Draft draft = editedDraft();

        byte[] file = api.get("auditor", "/api/v1/audit/documents/{id}/timeline.xlsx", draft.id())
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet changes = book.getSheet("字段变更");
            assertThat(ExportFiles.texts(changes.getRow(0)))
                .containsExactly("时间", "事件", "人员", "账号", "明细表", "行号", "原行号", "字段", "修改前", "修改后");
            List<List<String>> edits = new ArrayList<>();
            for (Row row : changes) {
                if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals("修改")) {
                    edits.add(ExportFiles.texts(row).subList(2, 10));
                }
            }
            assertThat(edits).hasSize(5);
            assertThat(edits.get(0)).containsExactly("赵雅婷", "staff3", "预算明细", "2.0", "2.0", "金额（元）", "2,000.00", "1,200.00");
            Sheet events = book.getSheet("时间线");
            assertThat(events.getRow(0).getCell(9).getStringCellValue()).isEqualTo("字段变更");
            Row edit = ExportFiles.findRow(events, 3, "修改");
            assertThat(edit.getCell(9).getStringCellValue().split("\n")).hasSize(5)
                .contains("预算明细第3行 金额（元）：3,000.00 → 500.00");
        }
    }
}
