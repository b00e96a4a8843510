package cn.nanchang.budgetflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo documents carry a few example attachments (issue 19 §3), marked 示例 by name and flag, added
 * through the attachment service so that each is audited and the chain's verification covers its bytes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "budgetflow.demo-documents=true")
class DemoAttachmentsTest {

    private final ApiClient api;
    private final DemoAttachments demo;

    DemoAttachmentsTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired DemoAttachments demo) {
        this.api = new ApiClient(mvc, json);
        this.demo = demo;
    }

    @Test
    void the_2023_projects_and_plans_and_one_draft_carry_example_files_flagged_and_named_as_examples() throws Exception {
        List<JsonNode> examples = examples();

        assertThat(examples).extracting(a -> a.path("name").asText())
            .contains("示例_可行性研究报告.pdf", "示例_市场调研报告.txt", "示例_测算说明.txt")
            .allMatch(name -> name.startsWith("示例_"));
        assertThat(examples).allSatisfy(a -> {
            assertThat(a.path("example").asBoolean()).isTrue();
            assertThat(a.path("sha256").asText()).hasSize(64);
            assertThat(a.path("removable").asBoolean()).isFalse();
        });
        assertThat(examples).filteredOn(a -> a.path("name").asText().endsWith(".pdf"))
            .allSatisfy(a -> assertThat(a.path("mediaType").asText()).isEqualTo("application/pdf"));
    }

    @Test
    void seeding_again_adds_nothing_and_the_audit_chain_with_the_files_stays_intact() throws Exception {
        int before = examples().size();

        demo.run(new DefaultApplicationArguments());

        assertThat(examples()).hasSize(before);
        JsonNode verification = api.answer(api.get("auditor", "/api/v1/audit/verify"), status().isOk());
        assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
    }

    /** Every attachment of the 2023 documents, as the auditor lists them. */
    private List<JsonNode> examples() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode document : api.answer(api.get("auditor", ApiClient.DOCUMENTS + "?fiscalYear=2023"), status().isOk())) {
            for (JsonNode a : api.answer(api.get("auditor", ApiClient.DOCUMENTS + "/{id}/attachments", document.path("id").asLong()),
                    status().isOk())) {
                out.add(a);
            }
        }
        return out;
    }
}
