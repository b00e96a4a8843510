package cn.nanchang.budgetflow.attachment;

import static cn.nanchang.budgetflow.attachment.AttachmentFiles.upload;
import static cn.nanchang.budgetflow.testsupport.ApiExpectations.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.base.Sha256;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Attachments over the API (issue 19 §3): upload, list, download, remove, and who may do each. */
@ApiTestContext
class AttachmentApiTest {

    private static final String ATTACHMENTS = "/api/v1/attachments/{id}";

    private final ApiClient api;

    AttachmentApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
    }

    @Test
    void the_drafter_uploads_a_file_that_is_listed_and_served_back_byte_for_byte_under_its_exact_name() throws Exception {
        Draft draft = api.drafts().create("staff1");
        String name = "示例 测算说明（2027）.pdf";

        JsonNode added = api.answer(upload(api, "staff1", draft.id(), name, AttachmentFiles.PDF), status().isCreated());
        assertThat(added.path("name").asText()).isEqualTo(name);
        assertThat(added.path("size").asLong()).isEqualTo(AttachmentFiles.PDF.length);
        assertThat(added.path("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(added.path("uploadedBy").asText()).isEqualTo("staff1");
        assertThat(added.path("sha256").asText()).isEqualTo(sha256(AttachmentFiles.PDF));

        JsonNode listed = api.answer(api.get("finance", ApiClient.DOCUMENTS + "/{id}/attachments", draft.id()), status().isOk());
        assertThat(listed.findValuesAsText("name")).containsExactly(name);

        ResultActions download = api.send("auditor", MockMvcRequestBuilders.get(ATTACHMENTS, added.path("id").asLong()))
            .andExpect(status().isOk())
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(header().string("Content-Type", "application/pdf"));
        String disposition = download.andReturn().getResponse().getHeader("Content-Disposition");
        assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''%E7%A4%BA%E4%BE%8B%20");
        assertThat(download.andReturn().getResponse().getContentAsByteArray()).isEqualTo(AttachmentFiles.PDF);
    }

    @Test
    void only_pdf_and_pictures_are_served_inline_when_asked_text_is_always_a_download() throws Exception {
        Draft draft = api.drafts().create("staff1");
        long pdf = id(upload(api, "staff1", draft.id(), "报价单.pdf", AttachmentFiles.PDF));
        long text = id(upload(api, "staff1", draft.id(), "说明.txt", AttachmentFiles.TEXT));

        assertThat(disposition(pdf + "?inline=true")).startsWith("inline;");
        assertThat(disposition(text + "?inline=true")).startsWith("attachment;");
    }

    @Test
    void a_file_named_pdf_whose_bytes_are_a_program_is_refused_and_nothing_is_stored() throws Exception {
        Draft draft = api.drafts().create("staff1");

        api.expect(upload(api, "staff1", draft.id(), "可行性研究报告.pdf", AttachmentFiles.EXE), error(400))
            .andExpect(jsonPath("$.errors[0].field").value("file"));

        assertThat(list("staff1", draft.id())).isEmpty();
        assertThat(api.history("staff1", draft.id()).findValuesAsText("action")).doesNotContain("ATTACHMENT_ADD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "svg", "zip"})
    void pages_drawings_that_run_script_and_archives_are_refused_whatever_their_name(String kind) throws Exception {
        Draft draft = api.drafts().create("staff1");
        byte[] bytes = switch (kind) {
            case "html" -> AttachmentFiles.HTML;
            case "svg" -> AttachmentFiles.SVG;
            default -> AttachmentFiles.plainZip();
        };

        api.expect(upload(api, "staff1", draft.id(), "市场调研.docx", bytes), error(400))
            .andExpect(jsonPath("$.errors[0].field").value("file"))
            .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("不支持的文件类型")));
    }

    @Test
    void an_office_document_is_accepted_and_typed_by_its_container_and_name() throws Exception {
        Draft draft = api.drafts().create("staff1");

        api.expect(upload(api, "staff1", draft.id(), "可行性研究.docx", AttachmentFiles.docx()), status().isCreated())
            .andExpect(jsonPath("$.mediaType").value("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }

    @Test
    void a_document_takes_at_most_twenty_files() throws Exception {
        Draft draft = api.drafts().create("staff1");
        for (int i = 1; i <= 20; i++) {
            api.expect(upload(api, "staff1", draft.id(), "第" + i + "份.txt", AttachmentFiles.TEXT), status().isCreated());
        }

        api.expect(upload(api, "staff1", draft.id(), "第21份.txt", AttachmentFiles.TEXT), error(400))
            .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("最多 20 个附件")));
        assertThat(list("staff1", draft.id())).hasSize(20);
    }

    @Test
    void another_sections_staff_and_head_get_not_found_for_the_file_its_list_and_its_removal() throws Exception {
        Draft draft = api.drafts().create("staff1");
        long file = id(upload(api, "staff1", draft.id(), "测算说明.txt", AttachmentFiles.TEXT));

        for (String outsider : new String[] {"staff2", "head2"}) {
            api.get(outsider, ATTACHMENTS, file).andExpect(error(404));
            api.get(outsider, ApiClient.DOCUMENTS + "/{id}/attachments", draft.id()).andExpect(error(404));
            api.send(outsider, MockMvcRequestBuilders.delete(ATTACHMENTS, file)).andExpect(error(404));
            upload(api, outsider, draft.id(), "插入.txt", AttachmentFiles.TEXT).andExpect(error(404));
        }
        assertThat(list("staff1", draft.id())).hasSize(1);
    }

    @Test
    void another_documents_list_never_shows_a_file_and_a_file_id_never_reads_another_file() throws Exception {
        Draft first = api.drafts().create("staff1");
        Draft second = api.drafts().create("staff1");
        long file = id(upload(api, "staff1", first.id(), "一.txt", AttachmentFiles.TEXT));

        assertThat(list("staff1", second.id())).isEmpty();
        api.get("staff1", ATTACHMENTS, file + 1_000_000).andExpect(error(404));
        api.get("staff1", ATTACHMENTS, file).andExpect(status().isOk());
    }

    @Test
    void once_submitted_the_drafter_can_neither_add_nor_remove_but_the_reviewer_holding_the_task_adds_evidence() throws Exception {
        Draft draft = api.drafts().create("staff1");
        long own = id(upload(api, "staff1", draft.id(), "测算说明.txt", AttachmentFiles.TEXT));
        api.drafts().submit("staff1", draft.id());

        upload(api, "staff1", draft.id(), "补充.txt", AttachmentFiles.TEXT).andExpect(error(403));
        api.send("staff1", MockMvcRequestBuilders.delete(ATTACHMENTS, own)).andExpect(error(403));
        upload(api, "auditor", draft.id(), "审计.txt", AttachmentFiles.TEXT).andExpect(error(403));
        upload(api, "finance", draft.id(), "未到财务.txt", AttachmentFiles.TEXT).andExpect(error(403));

        long evidence = id(upload(api, "head1", draft.id(), "核实记录.pdf", AttachmentFiles.PDF));
        api.send("head1", MockMvcRequestBuilders.delete(ATTACHMENTS, own)).andExpect(error(403));
        assertThat(list("staff1", draft.id()).findValuesAsText("uploadedBy")).containsExactly("staff1", "head1");
        assertThat(list("head1", draft.id()).findValuesAsText("removable")).containsExactly("false", "true");

        api.send("head1", MockMvcRequestBuilders.delete(ATTACHMENTS, evidence)).andExpect(status().isNoContent());
    }

    @Test
    void removing_a_file_is_recorded_and_the_adding_entry_holds_its_digest() throws Exception {
        Draft draft = api.drafts().create("staff1");
        long file = id(upload(api, "staff1", draft.id(), "旧报价.txt", AttachmentFiles.TEXT));

        api.send("staff1", MockMvcRequestBuilders.delete(ATTACHMENTS, file)).andExpect(status().isNoContent());

        assertThat(list("staff1", draft.id())).isEmpty();
        api.get("staff1", ATTACHMENTS, file).andExpect(error(404));
        JsonNode history = api.history("staff1", draft.id());
        assertThat(history.findValuesAsText("action")).contains("ATTACHMENT_ADD", "ATTACHMENT_REMOVE");
        String digest = sha256(AttachmentFiles.TEXT);
        assertThat(history.findValuesAsText("details")).anyMatch(d -> d.contains("旧报价.txt") && d.contains(digest));
    }

    private JsonNode list(String user, long documentId) {
        return api.answer(api.get(user, ApiClient.DOCUMENTS + "/{id}/attachments", documentId), status().isOk());
    }

    private long id(ResultActions upload) {
        return api.answer(upload, status().isCreated()).path("id").asLong();
    }

    private String disposition(String idAndQuery) throws Exception {
        return api.send("staff1", MockMvcRequestBuilders.get("/api/v1/attachments/" + idAndQuery))
            .andExpect(status().isOk()).andReturn().getResponse().getHeader("Content-Disposition");
    }

    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
