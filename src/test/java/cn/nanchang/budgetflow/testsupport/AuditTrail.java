package cn.nanchang.budgetflow.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.StreamSupport;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A document's audit trail as the auditor reads it from the merged timeline, for the tests that
 * check that every path of every process leaves exactly the expected entries. An entry is
 * compared as one line (action | actor | role | step | status before | status after), so that
 * a mismatch shows the whole sequence side by side.
 */
public final class AuditTrail {

    private final ApiClient api;

    public AuditTrail(MockMvc mvc, ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
    }

    public static String entry(String action, String actor, String role, String step, String before, String after) {
        return String.join(" | ", action, actor, role, String.valueOf(step), String.valueOf(before), String.valueOf(after));
    }

    /**
     * The route of a routed process through the 主任办公会, as {reviewer, role, step}: 科长 (of the
     * drafter's section), finance, the director, the director's meeting, the bureau.
     */
    public static String[][] collectiveRoute(String sectionHead) {
        return new String[][] {{sectionHead, "SECTION_HEAD", "SECTION_HEAD_REVIEW"}, {"finance", "FINANCE", "FINANCE_REVIEW"},
            {"director", "DIRECTOR", "DIRECTOR_REVIEW"}, {"director", "DIRECTOR", "COLLECTIVE_DECISION"},
            {"bureau", "BUREAU", "BUREAU_REVIEW"}};
    }

    /** The same route without the meeting. */
    public static String[][] plainRoute(String sectionHead) {
        String[][] route = collectiveRoute(sectionHead);
        return new String[][] {route[0], route[1], route[2], route[4]};
    }

    /** The entries of a document's creation and first submission by its drafter. */
    public static List<String> createdAndSubmitted(String staff) {
        return new java.util.ArrayList<>(List.of(entry("CREATE", staff, "STAFF", null, null, "DRAFT"),
            entry("SUBMIT", staff, "STAFF", null, "DRAFT", "IN_REVIEW")));
    }

    /** The action a decision at this step is recorded as: the meeting's outcome is a collective decision either way. */
    public static String decisionAction(String step, String decision) {
        return step.equals("COLLECTIVE_DECISION") ? "COLLECTIVE_DECISION" : decision;
    }

    /**
     * Approves steps from..to-1 of the route with {@code approveStep(reviewer, step)}, which answers
     * the document's status afterwards, and returns their entries; a whole route must end approved.
     */
    public static List<String> approvals(String[][] route, int from, int to,
            java.util.function.BinaryOperator<String> approveStep) {
        List<String> entries = new java.util.ArrayList<>();
        for (int i = from; i < to; i++) {
            String[] step = route[i];
            String after = approveStep.apply(step[0], step[2]);
            entries.add(entry(decisionAction(step[2], "APPROVE"), step[0], step[1], step[2], "IN_REVIEW", after));
        }
        if (to == route.length) {
            assertThat(entries.get(entries.size() - 1)).endsWith("APPROVED");
        }
        return entries;
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
        ResultActions result = api.send("auditor", MockMvcRequestBuilders.get("/api/v1/audit/documents/{id}/timeline", documentId));
        assertThat(result.andReturn().getResponse().getStatus()).isEqualTo(200);
        return api.body(result);
    }

    private static String text(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? "null" : node.asText();
    }
}
