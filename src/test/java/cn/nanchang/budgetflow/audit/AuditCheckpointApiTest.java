package cn.nanchang.budgetflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** An auditor signs a checkpoint, keeps its file, uploads it later to verify, and fetches proofs against it. */
@ApiTestContext
class AuditCheckpointApiTest {

    private final ApiClient api;

    AuditCheckpointApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
    }

    @Test
    void an_auditor_signs_a_checkpoint_uploads_it_to_verify_and_gets_proofs_against_it() throws Exception {
        JsonNode checkpoint = api.answer(api.post("auditor", "/api/v1/audit/checkpoints", null), status().isOk());
        long seq = checkpoint.path("seq").asLong();
        assertThat(seq).isPositive();
        assertThat(checkpoint.path("format").asText()).isEqualTo(AuditCheckpoint.FORMAT);
        assertThat(checkpoint.path("signature").asText()).isNotBlank();

        byte[] file = checkpoint.toString().getBytes(StandardCharsets.UTF_8);
        JsonNode verified = api.answer(api.send("admin", MockMvcRequestBuilders.multipart("/api/v1/audit/checkpoints/verify")
            .file(new MockMultipartFile("file", "audit-checkpoint.json", "application/json", file))), status().isOk());
        assertThat(verified.path("intact").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.path("newestCheckpointSeq").asLong()).isEqualTo(seq);
        assertThat(verified.path("findings")).isEmpty();

        JsonNode inclusion = api.answer(api.get("auditor", "/api/v1/audit/proofs/inclusion?seq=1&treeSize={n}", seq), status().isOk());
        assertThat(inclusion.path("root").asText()).isEqualTo(checkpoint.path("merkleRoot").asText());
        JsonNode consistency = api.answer(api.get("auditor", "/api/v1/audit/proofs/consistency?first=1&second={n}", seq), status().isOk());
        assertThat(consistency.path("secondRoot").asText()).isEqualTo(checkpoint.path("merkleRoot").asText());
    }

    @Test
    void a_checkpoint_file_whose_sequence_was_edited_is_reported_as_a_bad_signature() throws Exception {
        JsonNode checkpoint = api.answer(api.post("auditor", "/api/v1/audit/checkpoints", null), status().isOk());
        String edited = checkpoint.toString().replace("\"seq\":" + checkpoint.path("seq").asLong(),
            "\"seq\":" + (checkpoint.path("seq").asLong() - 1));

        JsonNode verified = api.answer(api.send("auditor", MockMvcRequestBuilders.multipart("/api/v1/audit/checkpoints/verify")
            .file(new MockMultipartFile("file", "edited.json", "application/json", edited.getBytes(StandardCharsets.UTF_8)))),
            status().isOk());

        assertThat(verified.path("intact").asBoolean()).isFalse();
        assertThat(verified.path("findings").get(0).path("problem").asText()).isEqualTo("SIGNATURE");
    }
}
