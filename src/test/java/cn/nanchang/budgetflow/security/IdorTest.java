package cn.nanchang.budgetflow.security;

import static cn.nanchang.budgetflow.security.Fixtures.DRAFTS;
import static cn.nanchang.budgetflow.security.Fixtures.PLANS;
import static cn.nanchang.budgetflow.security.Fixtures.PROJECTS;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Insecure direct object references: people of 综合科 (S01) try every id-taking endpoint on the
 * documents of 基础设施与安全科 (S02), of all three types, and on S02's tasks; reviewers try tasks of
 * steps that are not theirs; and every id is also tried through the endpoints of the other
 * document types. Zero leaks: never a 2xx, never the document's number or content in an answer,
 * and nothing changed afterwards.
 */
@ApiTestContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdorTest {

    private static final List<String> OUTSIDERS = List.of("staff1", "head1");

    private final ApiClient api;
    private final Fixtures fixtures;
    /** S02's documents by the endpoint base of their type: one draft, one submitted (with a task). */
    private final Map<String, List<Long>> targets = new LinkedHashMap<>();

    IdorTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
        this.api = new ApiClient(mvc, json);
        this.fixtures = new Fixtures(api);
    }

    @BeforeAll
    void s02_files_documents_of_every_type_and_submits_one_of_each() {
        long draft = fixtures.draft("staff2");
        long submittedDraft = fixtures.draft("staff2");
        fixtures.submit("staff2", DRAFTS, submittedDraft);
        long project = fixtures.project("staff2");
        long submittedProject = fixtures.project("staff2");
        fixtures.submit("staff2", PROJECTS, submittedProject);
        long plan = fixtures.plan("staff2", "head2");
        long submittedPlan = fixtures.plan("staff2", "head2");
        fixtures.submit("staff2", PLANS, submittedPlan);
        targets.put(DRAFTS, List.of(draft, submittedDraft));
        targets.put(PROJECTS, List.of(project, submittedProject));
        targets.put(PLANS, List.of(plan, submittedPlan));
    }

    @Test
    void people_of_another_section_reach_no_document_of_any_type_through_any_endpoint() {
        List<String> leaks = new ArrayList<>();
        Map<String, String> before = snapshot();
        for (String outsider : OUTSIDERS) {
            targets.forEach((base, ids) -> ids.forEach(id -> {
                String number = numberOf(base, id);
                for (Attempt attempt : attemptsOn(id)) {
                    MvcResult result = attempt.run(api, outsider).andReturn();
                    String body = text(result);
                    if (result.getResponse().getStatus() < 400 || body.contains(number)) {
                        leaks.add(outsider + " " + attempt + " -> " + result.getResponse().getStatus() + " " + body);
                    }
                }
            }));
        }
        assertThat(leaks).as("answers that revealed or changed another section's document").isEmpty();
        assertThat(snapshot()).as("versions and statuses afterwards").isEqualTo(before);
    }

    @Test
    void lists_and_searches_of_another_section_come_back_empty() {
        for (String outsider : OUTSIDERS) {
            for (String base : List.of(DRAFTS, PROJECTS, PLANS, "/api/v1/documents")) {
                JsonNode list = api.body(api.get(outsider, base + "?section=S02&limit=500"));
                assertThat(list.findValuesAsText("section")).as(outsider + " " + base).isEmpty();
            }
        }
    }

    @Test
    void tasks_of_another_group_can_be_neither_seen_claimed_released_nor_decided() {
        List<String> leaks = new ArrayList<>();
        for (long id : List.of(targets.get(DRAFTS).get(1), targets.get(PROJECTS).get(1), targets.get(PLANS).get(1))) {
            String taskId = api.taskId("head2", id);
            for (String other : List.of("head1", "head3", "finance", "director", "bureau")) {
                assertThat(api.task(other, id)).as(other + " sees the task of S02's section head").isEmpty();
                for (String action : List.of("claim", "unclaim")) {
                    expectRefused(leaks, other + " " + action, api.post(other, ApiClient.TASKS + "/{t}/" + action, null, taskId));
                }
                expectRefused(leaks, other + " decision", api.decision(other, taskId, "APPROVE", "同意"));
            }
            for (String nonReviewer : List.of("staff1", "staff2", "auditor", "admin")) {
                expectRefused(leaks, nonReviewer + " decision", api.decision(nonReviewer, taskId, "RETURN", "越权退回"));
            }
            assertThat(api.taskId("head2", id)).isEqualTo(taskId);
            assertThat(api.task("head2", id).orElseThrow().path("assignee").isNull()).isTrue();
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void an_id_of_one_document_type_is_not_found_through_the_endpoints_of_another_even_by_its_drafter() {
        List<String> leaks = new ArrayList<>();
        targets.forEach((base, ids) -> {
            for (String other : List.of(DRAFTS, PROJECTS, PLANS)) {
                if (!other.equals(base)) {
                    for (long id : ids) {
                        expectStatus(leaks, "staff2 GET " + other + "/" + id, api.get("staff2", other + "/{id}", id), 404);
                        expectStatus(leaks, "staff2 submit " + other + "/" + id,
                            api.post("staff2", other + "/{id}/submit", null, id), 404);
                    }
                }
            }
        });
        assertThat(leaks).isEmpty();
    }

    /** Every endpoint that takes a document id, for each type; writes carry a valid body. */
    private List<Attempt> attemptsOn(long id) {
        List<Attempt> attempts = new ArrayList<>();
        for (String base : List.of(DRAFTS, PROJECTS, PLANS)) {
            attempts.add(new Attempt("GET", base + "/{id}", null, id));
            attempts.add(new Attempt("POST", base + "/{id}/submit", null, id));
            attempts.add(new Attempt("POST", base + "/{id}/withdraw", null, id));
        }
        attempts.add(new Attempt("PUT", DRAFTS + "/{id}", Fixtures.draftBody(2097), id));
        attempts.add(new Attempt("PUT", PROJECTS + "/{id}", Fixtures.projectBody(2097), id));
        attempts.add(new Attempt("PUT", PLANS + "/{id}", Fixtures.planBody(2097, 1L), id));
        attempts.add(new Attempt("GET", PLANS + "/{id}/intentions", null, id));
        attempts.add(new Attempt("GET", "/api/v1/documents/{id}/history", null, id));
        attempts.add(new Attempt("GET", "/api/v1/documents/{id}/latest-return", null, id));
        attempts.add(new Attempt("GET", "/api/v1/documents/{id}/export.xlsx", null, id));
        attempts.add(new Attempt("GET", "/api/v1/documents/{id}/attachments", null, id));
        attempts.add(new Attempt("POST", "/api/v1/documents/{id}/attachments", null, id));
        for (String audit : List.of("timeline", "timeline.csv", "timeline.xlsx", "diagram", "approval-sheet")) {
            attempts.add(new Attempt("GET", "/api/v1/audit/documents/{id}/" + audit, null, id));
        }
        return attempts;
    }

    private String numberOf(String base, long id) {
        return api.body(api.get("finance", base + "/{id}", id)).path("number").asText();
    }

    private Map<String, String> snapshot() {
        Map<String, String> state = new LinkedHashMap<>();
        targets.forEach((base, ids) -> ids.forEach(id -> {
            JsonNode doc = api.body(api.get("finance", base + "/{id}", id));
            state.put(base + "/" + id, doc.path("status").asText() + " v" + doc.path("version").asText());
        }));
        return state;
    }

    private void expectRefused(List<String> leaks, String what, ResultActions result) {
        int status = result.andReturn().getResponse().getStatus();
        if (status != 403 && status != 404) {
            leaks.add(what + " -> " + status + " " + text(result.andReturn()));
        }
    }

    private void expectStatus(List<String> leaks, String what, ResultActions result, int expected) {
        int status = result.andReturn().getResponse().getStatus();
        if (status != expected) {
            leaks.add(what + " -> " + status + " " + text(result.andReturn()));
        }
    }

    private static String text(MvcResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (Exception e) {
            return "";
        }
    }

    private record Attempt(String method, String uri, Object body, long id) {
        ResultActions run(ApiClient api, String user) {
            return switch (method) {
                case "GET" -> api.get(user, uri, id);
                case "PUT" -> api.put(user, uri, body, id);
                default -> api.post(user, uri, body, id);
            };
        }

        @Override
        public String toString() {
            return method + " " + uri.replace("{id}", String.valueOf(id));
        }
    }
}
