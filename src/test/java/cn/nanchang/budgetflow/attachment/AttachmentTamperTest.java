package cn.nanchang.budgetflow.attachment;

import static cn.nanchang.budgetflow.attachment.AttachmentFiles.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.base.Sha256;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Someone with access to the disk alters a stored attachment: the audit chain's verification finds it, by the
 * digest the adding entry recorded, and names the file. Even with the attachment table's digest rewritten to
 * match, the chain's digest still tells. Each test puts the bytes back, so the chain is whole for the next one.
 */
@ApiTestContext
class AttachmentTamperTest {

    private final ApiClient api;
    private final JdbcTemplate jdbc;

    AttachmentTamperTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired JdbcTemplate jdbc) {
        this.api = new ApiClient(mvc, json);
        this.jdbc = jdbc;
    }

    @Test
    void a_stored_file_changed_on_disk_is_named_by_the_verification_and_whole_again_once_restored() throws IOException {
        Draft draft = api.drafts().create("staff1");
        long id = api.answer(upload(api, "staff1", draft.id(), "篡改检测-测算说明.txt", AttachmentFiles.TEXT), status().isCreated())
            .path("id").asLong();
        assertThat(verify().path("intact").asBoolean()).isTrue();
        Path stored = storedFile(id);
        byte[] original = Files.readAllBytes(stored);

        Files.write(stored, "测算说明：办公用品 99 项".getBytes(StandardCharsets.UTF_8));
        jdbc.update("UPDATE attachment SET sha256 = ? WHERE id = ?", Sha256.hex(Files.readAllBytes(stored)), id);
        try {
            JsonNode result = verify();

            assertThat(result.path("intact").asBoolean()).isFalse();
            assertThat(result.path("problem").asText()).isEqualTo("FILE_ALTERED");
            assertThat(result.path("message").asText()).contains("篡改检测-测算说明.txt");
            long addedAt = jdbc.queryForObject("SELECT added_seq FROM attachment WHERE id = ?", Long.class, id);
            assertThat(result.path("firstBrokenEntry").asLong()).isEqualTo(addedAt);
        } finally {
            Files.write(stored, original);
            jdbc.update("UPDATE attachment SET sha256 = ? WHERE id = ?", Sha256.hex(original), id);
        }
        assertThat(verify().path("intact").asBoolean()).isTrue();
    }

    @Test
    void a_stored_file_that_is_gone_is_named_too() throws IOException {
        Draft draft = api.drafts().create("staff1");
        long id = api.answer(upload(api, "staff1", draft.id(), "将被删除.pdf", AttachmentFiles.PDF), status().isCreated())
            .path("id").asLong();
        Path stored = storedFile(id);
        Path aside = stored.resolveSibling("moved-aside");

        Files.move(stored, aside);
        try {
            JsonNode result = verify();

            assertThat(result.path("problem").asText()).isEqualTo("FILE_ALTERED");
            assertThat(result.path("message").asText()).contains("将被删除.pdf");
        } finally {
            Files.move(aside, stored);
        }
        assertThat(verify().path("intact").asBoolean()).isTrue();
    }

    private JsonNode verify() {
        return api.answer(api.get("auditor", "/api/v1/audit/verify"), status().isOk());
    }

    /** The file under the test context's attachment directory (a random folder under the temporary directory). */
    private Path storedFile(long id) throws IOException {
        String key = jdbc.queryForObject("SELECT storage_key FROM attachment WHERE id = ?", String.class, id);
        Path root = Path.of(System.getProperty("java.io.tmpdir"), "budgetflow-test-attachments");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().equals(key)).findFirst().orElseThrow();
        }
    }
}
