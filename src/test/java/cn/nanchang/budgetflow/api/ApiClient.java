package cn.nanchang.budgetflow.api;

import static cn.nanchang.budgetflow.api.DraftBodies.draftBody;
import static cn.nanchang.budgetflow.api.DraftBodies.officeSupplies;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Calls /api/v1 as the demo users (HTTP Basic, password demo123) and walks drafts through
 * approval, so that tests say what happens rather than repeat JSON. Lower-level calls return
 * {@link ResultActions} for tests that check a refusal; the higher-level ones expect success.
 */
public final class ApiClient {

    public static final String PASSWORD = "demo123";
    public static final String DRAFTS = "/api/v1/budget-drafts";
    public static final String TASKS = "/api/v1/tasks";

    /** Next fiscal year to try per section: each test needs a (section, year) without an open draft. */
    private static final Map<String, AtomicInteger> NEXT_YEAR = new ConcurrentHashMap<>();
    private static final Map<String, String> SECTION_OF = new ConcurrentHashMap<>();

    private final MockMvc mvc;
    private final ObjectMapper json;

    public ApiClient(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
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

    // --- drafts ----------------------------------------------------------------------------

    /** A new one-line draft of the staff member's section, in a year where the section has no draft yet. */
    public Draft create(String staff) {
        return create(staff, freshYear(staff), List.of(officeSupplies()));
    }

    public Draft create(String staff, int fiscalYear, List<Map<String, Object>> lines) {
        return Draft.of(body(expect(post(staff, DRAFTS, draftBody(fiscalYear, lines)), status().isCreated())));
    }

    /** A new draft, submitted: waiting for its section head. */
    public Draft submitted(String staff) {
        Draft draft = create(staff);
        submit(staff, draft.id());
        return draft;
    }

    public JsonNode draft(String user, long id) {
        return body(expect(get(user, DRAFTS + "/{id}", id), status().isOk()));
    }

    public String statusOf(String user, long id) {
        return draft(user, id).path("status").asText();
    }

    public JsonNode edit(String staff, long id, Map<String, Object> body) {
        return body(expect(put(staff, DRAFTS + "/{id}", body, id), status().isOk()));
    }

    public JsonNode submit(String staff, long id) {
        return body(expect(post(staff, DRAFTS + "/{id}/submit", null, id), status().isOk()));
    }

    public JsonNode withdraw(String staff, long id) {
        return body(expect(post(staff, DRAFTS + "/{id}/withdraw", null, id), status().isOk()));
    }

    public JsonNode history(String user, long id) {
        return body(expect(get(user, "/api/v1/documents/{id}/history", id), status().isOk()));
    }

    /** Ids in a list answer of the drafts endpoint. */
    public List<Long> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.path("id").asLong()).toList();
    }

    /** A year in which the staff member's section has no draft, so the one-open-draft rule cannot interfere. */
    public int freshYear(String staff) {
        String section = SECTION_OF.computeIfAbsent(staff,
            u -> body(expect(get(u, "/api/v1/me"), status().isOk())).path("section").asText());
        AtomicInteger next = NEXT_YEAR.computeIfAbsent(section, s -> new AtomicInteger(2000));
        for (int year = next.getAndIncrement(); year <= 2099; year = next.getAndIncrement()) {
            JsonNode existing = body(expect(get(staff, DRAFTS + "?fiscalYear={year}", year), status().isOk()));
            if (existing.isEmpty()) {
                return year;
            }
        }
        throw new IllegalStateException("no fiscal year left without a draft for section " + section);
    }

    // --- tasks -----------------------------------------------------------------------------

    /** The user's inbox entry for a document, if any. */
    public Optional<JsonNode> task(String user, long documentId) {
        JsonNode inbox = body(expect(get(user, TASKS + "?limit=500"), status().isOk()));
        return StreamSupport.stream(inbox.spliterator(), false)
            .filter(t -> t.path("documentId").asLong() == documentId)
            .findFirst();
    }

    public String taskId(String user, long documentId) {
        return task(user, documentId)
            .orElseThrow(() -> new AssertionError(user + " has no task on document " + documentId))
            .path("taskId").asText();
    }

    public ResultActions decision(String user, String taskId, String decision, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        body.put("comment", comment);
        return post(user, TASKS + "/{taskId}/decision", body, taskId);
    }

    /** Decides the user's task on the document; returns the document's new status. */
    public String decide(String user, long documentId, String decision, String comment) {
        return body(expect(decision(user, taskId(user, documentId), decision, comment), status().isOk()))
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

    private static ResultActions expect(ResultActions result, ResultMatcher matcher) {
        try {
            return result.andExpect(matcher);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; response: " + responseOf(result), e);
        }
    }

    private static String responseOf(ResultActions result) {
        try {
            return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            return "(unreadable)";
        }
    }

    private ResultActions perform(MockHttpServletRequestBuilder request, String user) {
        try {
            return mvc.perform(request.with(httpBasic(user, PASSWORD)).accept(MediaType.APPLICATION_JSON));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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

    /** A draft as created: enough to refer to it later. */
    public record Draft(long id, int fiscalYear, long version, JsonNode json) {
        public static Draft of(JsonNode json) {
            return new Draft(json.path("id").asLong(), json.path("fiscalYear").asInt(), json.path("version").asLong(), json);
        }
    }
}
