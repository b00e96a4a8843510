package cn.nanchang.budgetflow.base.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.OpenApiContract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * docs/openapi.json is what the running API publishes at /v3/api-docs (issue 21 §5). The test rewrites
 * the file whenever the two differ and then fails, so a changed API shows up as a diff to commit, and a
 * build never passes with a stale contract (the generated client and the contract checks read the file).
 */
@ApiTestContext
class OpenApiDocumentTest {

    @Autowired
    MockMvc mvc;

    @Test
    void the_committed_document_is_the_one_the_api_publishes() throws Exception {
        String published = OpenApiContract.pretty(
            mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        String committed = Files.exists(OpenApiContract.FILE) ? Files.readString(OpenApiContract.FILE) : "";
        if (!committed.equals(published)) {
            Files.writeString(OpenApiContract.FILE, published);
        }
        assertThat(committed).as("docs/openapi.json was stale and has been rewritten: review and commit it")
            .isEqualTo(published);
    }
}
