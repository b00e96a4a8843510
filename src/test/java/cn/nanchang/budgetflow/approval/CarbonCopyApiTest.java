package cn.nanchang.budgetflow.approval;

import static cn.nanchang.budgetflow.testsupport.ApiExpectations.error;
import static cn.nanchang.budgetflow.testsupport.ApiExpectations.rejectedFor;
import static cn.nanchang.budgetflow.testsupport.BudgetDrafts.DRAFTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import cn.nanchang.budgetflow.testsupport.DraftBodies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 抄送 over the API: who may copy people in, what a copy lets its recipient do (read the
 * document, even of another section, and nothing more), the read status, and the audit trail.
 */
@ApiTestContext
class CarbonCopyApiTest {

    private static final String DOCUMENTS = "/api/v1/documents";

    private final ApiClient api;

    CarbonCopyApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
    }

    @Test
    void a_colleague_of_another_section_copied_in_may_read_the_document_and_sees_it_unread_until_read() throws Exception {
        Draft draft = api.drafts().submitted("staff5");
        api.get("head4", DRAFTS + "/{id}", draft.id()).andExpect(error(404));

        api.post("staff5", DOCUMENTS + "/{id}/cc", Map.of("recipients", List.of("head4", "finance"), "note", "请知悉"),
            draft.id()).andExpect(status().isOk());

        api.get("head4", DRAFTS + "/{id}", draft.id()).andExpect(status().isOk());
        assertThat(api.body(api.get("head4", "/api/v1/notifications?limit=500").andExpect(status().isOk())).toString())
            .contains("COPIED", "budget-drafts/" + draft.id(), "请知悉");
        assertThat(received("head4", draft.id())).get().satisfies(c -> {
            assertThat(c.path("read").asBoolean()).isFalse();
            assertThat(c.path("note").asText()).isEqualTo("请知悉");
            assertThat(c.path("sentBy").asText()).isEqualTo("staff5");
        });
        assertThat(unread("head4")).isPositive();
        assertThat(recipientRead("staff5", draft.id(), "head4")).isFalse();

        long before = unread("head4");
        api.post("head4", DOCUMENTS + "/{id}/cc/read", null, draft.id()).andExpect(status().isOk());

        assertThat(received("head4", draft.id())).get().extracting(c -> c.path("read").asBoolean()).isEqualTo(true);
        assertThat(unread("head4")).isEqualTo(before - 1);
        assertThat(recipientRead("staff5", draft.id(), "head4")).isTrue();
        JsonNode history = api.history("staff5", draft.id());
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.path("action").asText()).isEqualTo("CC");
        assertThat(last.path("comment").asText()).isEqualTo("请知悉");
        assertThat(last.path("details").asText()).isEqualTo("抄送：吴海峰、杨秀英");
    }

    @Test
    void a_copy_lets_its_recipient_read_but_not_edit_or_act() throws Exception {
        Draft draft = api.drafts().create("staff5");
        api.post("staff5", DOCUMENTS + "/{id}/cc", Map.of("recipients", List.of("staff4")), draft.id()).andExpect(status().isOk());

        api.get("staff4", DRAFTS + "/{id}", draft.id()).andExpect(status().isOk());
        api.put("staff4", DRAFTS + "/{id}", DraftBodies.draftBody(draft.fiscalYear(), List.of(DraftBodies.officeSupplies())),
            draft.id()).andExpect(error(403));
        api.post("staff4", DRAFTS + "/{id}/submit", null, draft.id()).andExpect(error(403));
        api.post("staff4", DOCUMENTS + "/{id}/void", Map.of("reason", "x"), draft.id()).andExpect(error(403));
        api.post("staff4", DOCUMENTS + "/{id}/cc", Map.of("recipients", List.of("staff3")), draft.id()).andExpect(error(403));
        assertThat(api.drafts().statusOf("staff5", draft.id())).isEqualTo("DRAFT");
    }

    @Test
    void an_approver_holding_a_task_may_copy_people_in_and_nobody_else_who_is_uninvolved() throws Exception {
        Draft draft = api.drafts().submitted("staff5");
        Map<String, Object> body = Map.of("recipients", List.of("director"));

        api.post("head5", DOCUMENTS + "/{id}/cc", body, draft.id()).andExpect(status().isOk());
        api.post("finance", DOCUMENTS + "/{id}/cc", body, draft.id()).andExpect(error(403));
        api.post("auditor", DOCUMENTS + "/{id}/cc", body, draft.id()).andExpect(error(403));
        api.post("admin", DOCUMENTS + "/{id}/cc", body, draft.id()).andExpect(error(403));
        api.post("staff4", DOCUMENTS + "/{id}/cc", body, draft.id()).andExpect(error(404));
        api.approve("head5", draft.id());
        api.post("head5", DOCUMENTS + "/{id}/cc", Map.of("recipients", List.of("bureau")), draft.id()).andExpect(status().isOk());
    }

    @Test
    void bad_recipients_and_notes_are_refused_naming_the_field_and_nothing_is_sent() throws Exception {
        Draft draft = api.drafts().create("staff5");
        String uri = DOCUMENTS + "/{id}/cc";

        api.post("staff5", uri, Map.of("recipients", List.of()), draft.id()).andExpect(rejectedFor("recipients"));
        api.post("staff5", uri, Map.of("recipients", List.of("head4", "nobody")), draft.id()).andExpect(rejectedFor("recipients[1]"));
        api.post("staff5", uri, Map.of("recipients", List.of("staff5")), draft.id()).andExpect(rejectedFor("recipients[0]"));
        api.post("staff5", uri, Map.of("recipients", List.of("admin")), draft.id()).andExpect(rejectedFor("recipients[0]"));
        api.post("staff5", uri, Map.of("recipients", List.of("head4"), "note", "长".repeat(501)), draft.id())
            .andExpect(rejectedFor("note"));

        assertThat(api.body(api.get("staff5", uri, draft.id()).andExpect(status().isOk()))).isEmpty();
        api.get("head4", DRAFTS + "/{id}", draft.id()).andExpect(error(404));
    }

    private Optional<JsonNode> received(String user, long documentId) throws Exception {
        JsonNode list = api.body(api.get(user, "/api/v1/cc?limit=500").andExpect(status().isOk()));
        return StreamSupport.stream(list.spliterator(), false)
            .filter(c -> c.path("document").path("id").asLong() == documentId).findFirst();
    }

    private long unread(String user) throws Exception {
        return api.body(api.get(user, "/api/v1/cc/unread-count").andExpect(status().isOk())).path("unread").asLong();
    }

    private boolean recipientRead(String user, long documentId, String recipient) throws Exception {
        JsonNode list = api.body(api.get(user, DOCUMENTS + "/{id}/cc", documentId).andExpect(status().isOk()));
        return StreamSupport.stream(list.spliterator(), false)
            .filter(r -> r.path("username").asText().equals(recipient)).findFirst().orElseThrow().path("read").asBoolean();
    }
}
