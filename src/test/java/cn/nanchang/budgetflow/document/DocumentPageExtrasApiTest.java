package cn.nanchang.budgetflow.document;

import static cn.nanchang.budgetflow.testsupport.ApiClient.TASKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditEntry;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import cn.nanchang.budgetflow.testsupport.ExportFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a document page offers every reader besides deciding (issue 18): the reason a document
 * came back to its drafter, from the latest return, with the drafter's notification saying the
 * same; and the document with its history as a workbook, for its readers only, each download
 * recorded as an export.
 */
@ApiTestContext
class DocumentPageExtrasApiTest {

    private static final String DOCUMENTS = "/api/v1/documents";

    private final ApiClient api;
    private final AuditLog log;

    DocumentPageExtrasApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired AuditLog log) {
        this.api = new ApiClient(mvc, json);
        this.log = log;
    }

    @Test
    void a_returned_draft_says_who_returned_it_from_which_step_when_and_why_and_so_does_the_drafters_notification()
            throws Exception {
        Draft draft = api.drafts().submitted("staff1");
        api.approve("head1", draft.id());
        api.decide("finance", draft.id(), "RETURN", "办公费超标准，请压减");
        JsonNode returnEntry = api.history("staff1", draft.id()).get(api.history("staff1", draft.id()).size() - 1);

        for (String reader : List.of("staff1", "finance", "auditor")) {
            JsonNode notice = api.body(api.get(reader, DOCUMENTS + "/{id}/latest-return", draft.id()).andExpect(status().isOk()));
            assertThat(notice.path("actor").asText()).isEqualTo("finance");
            assertThat(notice.path("actorName").asText()).isEqualTo(returnEntry.path("actorName").asText());
            assertThat(notice.path("roleName").asText()).isEqualTo("财务审核");
            assertThat(notice.path("step").asText()).isEqualTo("FINANCE_REVIEW");
            assertThat(notice.path("comment").asText()).isEqualTo("办公费超标准，请压减");
            assertThat(notice.path("at").asText()).isEqualTo(returnEntry.path("at").asText());
        }
        JsonNode notification = notificationsOf("staff1", draft.id()).stream()
            .filter(n -> n.path("kind").asText().equals("RETURNED")).findFirst().orElseThrow();
        assertThat(notification.path("body").asText()).contains("退回人：" + returnEntry.path("actorName").asText() + "（财务审核）",
            "退回环节：财务审核", "退回时间：", "退回意见：办公费超标准，请压减");

        api.drafts().submit("staff1", draft.id());
        api.get("staff1", DOCUMENTS + "/{id}/latest-return", draft.id()).andExpect(status().isNoContent());
    }

    @Test
    void a_return_to_an_earlier_review_step_is_no_return_to_the_drafter() throws Exception {
        Draft draft = api.drafts().submitted("staff3");
        api.approve("head3", draft.id());
        api.approve("finance", draft.id());
        api.post("director", TASKS + "/{t}/decision", Map.of("decision", "RETURN", "comment", "请核对会议费",
            "returnTo", "FINANCE_REVIEW"), api.taskId("director", draft.id())).andExpect(status().isOk());

        api.get("staff3", DOCUMENTS + "/{id}/latest-return", draft.id()).andExpect(status().isNoContent());
    }

    @Test
    void every_reader_exports_the_document_with_its_history_others_are_refused_and_each_export_is_audited()
            throws Exception {
        Draft draft = api.drafts().submitted("staff2");
        api.decide("head2", draft.id(), "RETURN", "请补充测算依据");
        int entries = api.history("staff2", draft.id()).size();

        MockHttpServletResponse file = api.get("staff2", DOCUMENTS + "/{id}/export.xlsx", draft.id()).andReturn().getResponse();

        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.getHeader("Content-Disposition")).startsWith("attachment").contains(".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.getContentAsByteArray()))) {
            assertThat(ExportFiles.texts(ExportFiles.findRow(book.getSheet("文档"), 0, "状态"))).containsExactly("状态", "已退回");
            assertThat(book.getSheet("预算明细")).as("the content, as the approval sheet shows it").isNotNull();
            Sheet history = book.getSheet("审批记录");
            assertThat(history.getLastRowNum()).isEqualTo(entries);
            assertThat(ExportFiles.texts(ExportFiles.findRow(history, 2, "退回"))).contains("科长审核", "请补充测算依据");
        }
        assertThat(exportsOf("staff2", draft.id())).singleElement()
            .satisfies(e -> assertThat(e.getDetails()).startsWith("XLSX；文档及审批记录；"));

        int refused = api.get("staff1", DOCUMENTS + "/{id}/export.xlsx", draft.id()).andReturn().getResponse().getStatus();
        assertThat(refused).as("another section's 科员 learns nothing of the document, as everywhere").isEqualTo(404);
        assertThat(exportsOf("staff1", draft.id())).isEmpty();
        for (String reader : List.of("head2", "finance", "auditor")) {
            assertThat(api.get(reader, DOCUMENTS + "/{id}/export.xlsx", draft.id()).andReturn().getResponse().getStatus())
                .as(reader).isEqualTo(200);
            assertThat(exportsOf(reader, draft.id())).as(reader).hasSize(1);
        }
    }

    private List<AuditEntry> exportsOf(String user, long documentId) {
        return log.byActor(user, AuditAction.EXPORT).stream().filter(e -> Long.valueOf(documentId).equals(e.getDocumentId()))
            .toList();
    }

    private List<JsonNode> notificationsOf(String user, long documentId) throws Exception {
        JsonNode list = api.body(api.get(user, "/api/v1/notifications?limit=500").andExpect(status().isOk()));
        return StreamSupport.stream(list.spliterator(), false)
            .filter(n -> n.path("link").asText().endsWith("/" + documentId)).toList();
    }
}
