package cn.nanchang.budgetflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A document's audit trail as the auditor reads it from the merged timeline, for the tests that
 * check that every path of every process leaves exactly the expected entries. An entry is
 * compared as one line (action | actor | role | step | status before | status after), so that
 * a mismatch shows the whole sequence side by side.
 */
public final class AuditTrail {

    private final MockMvc mvc;
    private final ObjectMapper json;

    public AuditTrail(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    public static String entry(String action, String actor, String role, String step, String before, String after) {
        return String.join(" | ", action, actor, role, String.valueOf(step), String.valueOf(before), String.valueOf(after));
    }

    /** The audit entries of the document, oldest first, as lines. */
    public List<String> entries(long documentId) {
        return StreamSupport.stream(timeline(documentId).path("events").spliterator(), false)
            .filter(e -> e.path("source").asText().equals("AUDIT"))
            .map(e -> entry(e.path("action").asText(), e.path("actor").asText(), e.path("role").asText(),
                text(e.path("step")), text(e.path("statusBefore")), text(e.path("statusAfter"))))
            .toList();
    }

    public List<JsonNode> events(long documentId, String action) {
        return StreamSupport.stream(timeline(documentId).path("events").spliterator(), false)
            .filter(e -> e.path("action").asText().equals(action)).toList();
    }

    public List<JsonNode> tasks(long documentId) {
        return StreamSupport.stream(timeline(documentId).path("tasks").spliterator(), false).toList();
    }

    /** Each completed review task of the engine has exactly one decision entry carrying its task id. */
    public void assertEveryCompletedReviewTaskHasOneDecision(long documentId) {
        List<JsonNode> decisions = StreamSupport.stream(timeline(documentId).path("events").spliterator(), false)
            .filter(e -> List.of("APPROVE", "RETURN", "COLLECTIVE_DECISION").contains(e.path("action").asText())).toList();
        List<JsonNode> reviews = tasks(documentId).stream()
            .filter(t -> t.path("state").asText().equals("COMPLETED") && !t.path("step").asText().equals("REVISE")).toList();
        assertThat(decisions).hasSameSizeAs(reviews);
        for (JsonNode task : reviews) {
            assertThat(decisions).filteredOn(d -> d.path("taskId").asText().equals(task.path("taskId").asText())).hasSize(1);
            assertThat(task.path("outcome").asText()).isIn("APPROVE", "RETURN", "COLLECTIVE_DECISION");
        }
    }

    public JsonNode timeline(long documentId) {
        try {
            MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders
                    .get("/api/v1/audit/documents/{id}/timeline", documentId).with(httpBasic("auditor", ApiClient.PASSWORD)))
                .andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? "null" : node.asText();
    }
}
