package cn.nanchang.budgetflow.security;

import static cn.nanchang.budgetflow.testsupport.DraftBodies.draftBody;
import static cn.nanchang.budgetflow.testsupport.DraftBodies.officeSupplies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Auditors read everything and act on nothing: every endpoint of the API that changes something
 * (found from the application's own mappings, so that a new one is covered without editing this
 * test) answers the auditor 403 and changes nothing. The auditors' own endpoints answer everyone
 * else 403.
 */
@ApiTestContext
class AuditorActsOnNothingApiTest {

    private static final Set<RequestMethod> READING = Set.of(RequestMethod.GET, RequestMethod.HEAD, RequestMethod.OPTIONS);
    /**
     * The auditors' own POSTs, which act on no document: signing a checkpoint of the audit chain and
     * verifying the chain against uploaded checkpoints (ApiAuthorizationMatrixTest refuses them to
     * everyone but auditors and the administrator); and getting or revoking one's own API token, which
     * signs in rather than acts (an auditor's script reads with a token like anyone's; ApiTokenApiTest).
     */
    private static final Set<String> AUDITORS_OWN = Set.of("/api/v1/audit/checkpoints", "/api/v1/audit/checkpoints/verify",
        "/api/v1/auth/token");

    private final ApiClient api;
    private final MockMvc mvc;
    private final ObjectMapper json;
    private final RequestMappingHandlerMapping mappings;

    AuditorActsOnNothingApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json,
            @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.api = new ApiClient(mvc, json);
        this.mvc = mvc;
        this.json = json;
        this.mappings = mappings;
    }

    @Test
    void every_acting_endpoint_answers_the_auditor_403_and_leaves_document_task_and_record_as_they_were() throws Exception {
        Draft draft = api.drafts().submitted("staff3");
        String task = api.taskId("head3", draft.id());
        int trailBefore = trail(draft.id()).size();

        List<String> refused = new ArrayList<>();
        for (Endpoint endpoint : actingEndpoints()) {
            String uri = endpoint.path().replace("{id}", String.valueOf(draft.id())).replace("{taskId}", task)
                .replaceAll("\\{[^}]+}", "1");
            MvcResult result = mvc.perform(MockMvcRequestBuilders.request(endpoint.method().asHttpMethod(), uri)
                    .with(httpBasic("auditor", ApiClient.PASSWORD)).accept(MediaType.APPLICATION_JSON)
                    .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(bodyFor(endpoint, draft))))
                .andReturn();
            assertThat(result.getResponse().getStatus())
                .as("%s %s as auditor: %s", endpoint.method(), uri, result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(403);
            refused.add(endpoint.method() + " " + endpoint.path());
        }

        assertThat(refused).contains("POST /api/v1/budget-drafts", "PUT /api/v1/budget-drafts/{id}",
            "POST /api/v1/budget-drafts/{id}/submit", "POST /api/v1/budget-drafts/{id}/withdraw",
            "POST /api/v1/tasks/{taskId}/claim", "POST /api/v1/tasks/{taskId}/unclaim",
            "POST /api/v1/tasks/{taskId}/decision");
        assertThat(api.drafts().statusOf("auditor", draft.id())).isEqualTo("IN_REVIEW");
        assertThat(api.taskId("head3", draft.id())).isEqualTo(task);
        assertThat(api.task("head3", draft.id()).orElseThrow().path("assignee").isNull()).isTrue();
        assertThat(trail(draft.id())).hasSize(trailBefore)
            .allSatisfy(e -> assertThat(e.path("actor").asText()).isNotEqualTo("auditor"));
    }

    @Test
    void the_auditor_has_no_inbox() {
        assertThat(api.get("auditor", ApiClient.TASKS).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff3", "head3", "finance", "director", "bureau", "admin"})
    void the_auditors_search_timeline_diagram_and_exports_answer_everyone_else_403(String user) {
        Draft draft = api.drafts().submitted("staff3");
        for (String uri : List.of("/api/v1/audit/documents", "/api/v1/audit/documents.xlsx", "/api/v1/audit/documents.csv",
                "/api/v1/audit/documents/{id}/timeline", "/api/v1/audit/documents/{id}/timeline.xlsx",
                "/api/v1/audit/documents/{id}/timeline.csv", "/api/v1/audit/documents/{id}/diagram")) {
            assertThat(api.get(user, uri, draft.id()).andReturn().getResponse().getStatus()).as(uri).isEqualTo(403);
        }
    }

    @Test
    void the_approval_sheet_is_for_whoever_may_read_the_document() {
        Draft draft = api.drafts().submitted("staff3");
        String sheet = "/api/v1/audit/documents/{id}/approval-sheet";
        for (String reader : List.of("staff3", "head3", "finance", "auditor")) {
            assertThat(api.get(reader, sheet, draft.id()).andReturn().getResponse().getStatus()).as(reader).isEqualTo(200);
        }
        assertThat(api.get("staff4", sheet, draft.id()).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(api.get("admin", sheet, draft.id()).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private List<Endpoint> actingEndpoints() {
        Set<Endpoint> found = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String path : info.getPatternValues()) {
                if (!path.startsWith("/api/") || AUDITORS_OWN.contains(path)) {
                    continue;
                }
                // a mapping without methods answers every method, so it may act
                Set<RequestMethod> acting = methods.isEmpty() ? Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.DELETE)
                    : methods;
                acting.stream().filter(m -> !READING.contains(m)).forEach(m -> found.add(new Endpoint(m, path)));
            }
        }
        return List.copyOf(found);
    }

    /** A body that would be accepted from someone allowed, so that only the auditor's role can be the reason for a refusal. */
    private static Object bodyFor(Endpoint endpoint, Draft draft) {
        if (endpoint.path().endsWith("/decision")) {
            return Map.of("decision", "APPROVE", "comment", "审计不应能审批");
        }
        if (endpoint.path().startsWith("/api/v1/budget-drafts")) {
            return draftBody(endpoint.method() == RequestMethod.POST ? draft.fiscalYear() + 1 : draft.fiscalYear(),
                List.of(officeSupplies()));
        }
        return Map.of();
    }

    private List<JsonNode> trail(long documentId) {
        JsonNode history = api.history("auditor", documentId);
        List<JsonNode> entries = new ArrayList<>();
        history.forEach(entries::add);
        return entries;
    }

    private record Endpoint(RequestMethod method, String path) implements Comparable<Endpoint> {
        @Override
        public int compareTo(Endpoint other) {
            return (path + method).compareTo(other.path + other.method);
        }
    }
}
