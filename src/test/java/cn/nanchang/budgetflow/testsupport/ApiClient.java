package cn.nanchang.budgetflow.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The one HTTP client of the API tests: calls /api/v1 through MockMvc as the demo users (HTTP
 * Basic, password demo123), finds and decides their tasks, and hands out a typed helper per
 * document type ({@link #drafts()}, {@link #projects()}, {@link #plans()}, {@link #disclosures()})
 * for what only that type has: its request bodies, its years, its route. Raw calls return
 * {@link ResultActions} for tests that check a refusal; the higher-level ones expect success.
 */
public final class ApiClient {

    public static final String PASSWORD = "demo123";
    public static final String TASKS = "/api/v1/tasks";
    public static final String DOCUMENTS = "/api/v1/documents";
    /** The header a script sends so that its body-less POST is not taken for a cross-site form (issue 12 §3). */
    public static final String SCRIPT_HEADER = "X-Requested-With";

    private final MockMvc mvc;
    private final ObjectMapper json;

    public ApiClient(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    /** The application context the calls go to; each has its own database (see {@link TestYears}). */
    Object context() {
        return mvc.getDispatcherServlet().getWebApplicationContext();
    }

    public BudgetDrafts drafts() {
        return new BudgetDrafts(this);
    }

    public ProjectApplications projects() {
        return new ProjectApplications(this);
    }

    public ProcurementPlans plans() {
        return new ProcurementPlans(this);
    }

    public Disclosures disclosures() {
        return new Disclosures(this);
    }

    public BudgetYearsApi years() {
        return new BudgetYearsApi(this);
    }

    public Adjustments adjustments() {
        return new Adjustments(this);
    }

    // --- raw calls -------------------------------------------------------------------------

    public ResultActions get(String user, String uri, Object... vars) {
        return perform(MockMvcRequestBuilders.get(uri, vars), user);
    }

    public ResultActions post(String user, String uri, Object body, Object... vars) {
        return perform(withBody(MockMvcRequestBuilders.post(uri, vars), body), user);
    }

    public ResultActions put(String user, String uri, Object body, Object... vars) {
        return perform(withBody(MockMvcRequestBuilders.put(uri, vars), body), user);
    }

    /**
     * A request as built by the test, signed in as the user but without an Accept header, e.g. for a file.
     * Like any script it says so ({@value #SCRIPT_HEADER}), which a body-less POST needs to pass the API's
     * cross-site guard; it sends its credentials unasked, as the API never asks for them.
     */
    public ResultActions send(String user, MockHttpServletRequestBuilder request) {
        return anonymous(request.with(httpBasic(user, PASSWORD)).header(SCRIPT_HEADER, "XMLHttpRequest"));
    }

    /** A request without credentials. */
    public ResultActions anonymous(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public JsonNode body(ResultActions result) {
        try {
            return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The result, checked; a mismatch fails with the answer's body in the message. */
    public ResultActions expect(ResultActions result, ResultMatcher matcher) {
        try {
            return result.andExpect(matcher);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; response: " + responseOf(result), e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answer's body as JSON, once the result is checked. */
    public JsonNode answer(ResultActions result, ResultMatcher matcher) {
        return body(expect(result, matcher));
    }

    /** Ids in a list answer. */
    public List<Long> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.path("id").asLong()).toList();
    }

    public JsonNode history(String user, long id) {
        return answer(get(user, DOCUMENTS + "/{id}/history", id), status().isOk());
    }

    // --- tasks -----------------------------------------------------------------------------

    /** The user's inbox entry for a document, if any. */
    public Optional<JsonNode> task(String user, long documentId) {
        JsonNode inbox = answer(get(user, TASKS + "?limit=500"), status().isOk());
        return StreamSupport.stream(inbox.spliterator(), false)
            .filter(t -> t.path("documentId").asLong() == documentId)
            .findFirst();
    }

    /** The user's open task on the document, as the inbox shows it; fails if there is none. */
    public JsonNode taskOn(String user, long documentId) {
        return task(user, documentId)
            .orElseThrow(() -> new AssertionError(user + " has no task on document " + documentId));
    }

    public String taskId(String user, long documentId) {
        return taskOn(user, documentId).path("taskId").asText();
    }

    public boolean hasTaskOn(String user, long documentId) {
        return task(user, documentId).isPresent();
    }

    /** The step the user's task on the document is at, or empty when the user has none. */
    public Optional<String> stepFor(String user, long documentId) {
        return task(user, documentId).map(t -> t.path("step").asText());
    }

    public ResultActions decision(String user, String taskId, String decision, String comment) {
        return decision(user, taskId, decision, comment, null);
    }

    /** A decision with a 主任办公会 record, or without one when {@code meeting} is null. */
    public ResultActions decision(String user, String taskId, String decision, String comment, Map<String, Object> meeting) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        body.put("comment", comment);
        if (meeting != null) {
            body.put("meeting", meeting);
        }
        return post(user, TASKS + "/{taskId}/decision", body, taskId);
    }

    /** Decides the user's task on the document; returns the document's new status. */
    public String decide(String user, long documentId, String decision, String comment) {
        return decide(user, documentId, decision, comment, null);
    }

    public String decide(String user, long documentId, String decision, String comment, Map<String, Object> meeting) {
        return answer(decision(user, taskId(user, documentId), decision, comment, meeting), status().isOk())
            .path("documentStatus").asText();
    }

    public String approve(String user, long documentId) {
        return decide(user, documentId, "APPROVE", "同意");
    }

    /** Approves at each step in turn, e.g. head1, finance, director, bureau. */
    public String approveAll(long documentId, String... reviewers) {
        String documentStatus = null;
        for (String reviewer : reviewers) {
            documentStatus = approve(reviewer, documentId);
        }
        return documentStatus;
    }

    // --- plumbing --------------------------------------------------------------------------

    private static String responseOf(ResultActions result) {
        try {
            return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            return "(unreadable)";
        }
    }

    private ResultActions perform(MockHttpServletRequestBuilder request, String user) {
        return send(user, request.accept(MediaType.APPLICATION_JSON));
    }

    private MockHttpServletRequestBuilder withBody(MockHttpServletRequestBuilder request, Object body) {
        if (body == null) {
            return request;
        }
        try {
            return request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
