package cn.nanchang.budgetflow.procurement;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Calls /api/v1 as the demo users (password demo123): approves budgets to fund plans, files
 * plans and walks them through their route, so that tests read as what happens. Raw calls
 * return {@link ResultActions} for tests that check a refusal; the others expect success.
 */
final class ProcurementApi {

    static final String PLANS = "/api/v1/procurement-plans";
    static final String DRAFTS = "/api/v1/budget-drafts";
    static final String TASKS = "/api/v1/tasks";

    /** Years handed out to tests, well away from the demo and seed years; shared by every test class in the run. */
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2040);

    private final MockMvc mvc;
    private final ObjectMapper json;

    ProcurementApi(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    // --- budgets that fund plans ---------------------------------------------------------

    /** A year in which no section has an open budget draft, so that a new draft can be approved there. */
    int freshYear() {
        for (int year = NEXT_YEAR.getAndIncrement(); year <= 2099; year = NEXT_YEAR.getAndIncrement()) {
            JsonNode drafts = body(expect(get("finance", DRAFTS + "?fiscalYear={y}", year), status().isOk()));
            if (drafts.isEmpty()) {
                return year;
            }
        }
        throw new IllegalStateException("no fiscal year left without budget drafts");
    }

    /**
     * A budget of the staff member's section for the year, approved by the section head, finance,
     * the director and the bureau; its lines (basic public expenditure, 办公费) have these amounts
     * in yuan. Returns the approved lines' ids in order.
     */
    List<Long> approvedBudget(String staff, int year, String... amounts) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String amount : amounts) {
            lines.add(Map.of("functionCode", "2010350", "economicCode", "30201", "kind", "BASIC_PUBLIC",
                "amount", amount, "note", "采购资金"));
        }
        long draftId = body(expect(post(staff, DRAFTS, Map.of("fiscalYear", year, "lines", lines)), status().isCreated()))
            .path("id").asLong();
        expect(post(staff, DRAFTS + "/{id}/submit", null, draftId), status().isOk());
        for (String reviewer : List.of(headOf(staff), "finance", "director", "bureau")) {
            approve(reviewer, draftId);
        }
        JsonNode approved = body(expect(get(staff, "/api/v1/budget-lines/approved?fiscalYear={y}", year), status().isOk()));
        return StreamSupport.stream(approved.spliterator(), false)
            .filter(l -> l.path("draftId").asLong() == draftId)
            .map(l -> l.path("id").asLong()).toList();
    }

    /** One approved line of this amount, in a fresh year; the year is the line's. */
    Funding fundedLine(String staff, String amount) {
        int year = freshYear();
        return new Funding(year, approvedBudget(staff, year, amount).get(0));
    }

    /** A budget draft of the year, submitted but not yet decided: its lines are not approved. Returns the draft's id. */
    long submittedDraft(String staff, int year) {
        Map<String, Object> line = Map.of("functionCode", "2010350", "economicCode", "30201", "kind", "BASIC_PUBLIC",
            "amount", "100000.00", "note", "未批复");
        long draftId = body(expect(post(staff, DRAFTS, Map.of("fiscalYear", year, "lines", List.of(line))),
            status().isCreated())).path("id").asLong();
        expect(post(staff, DRAFTS + "/{id}/submit", null, draftId), status().isOk());
        return draftId;
    }

    static String headOf(String staff) {
        return staff.replace("staff", "head");
    }

    // --- plans -----------------------------------------------------------------------------

    /**
     * An item that passes every rule given a line of enough money: goods in the catalogue
     * (so it needs a procedure and gets an intention notice), 询价, decentralised.
     */
    static Map<String, Object> item(String category, String amount, String method, long fundingLineId, String startMonth) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("category", category);
        item.put("name", "办公设备采购");
        item.put("quantity", "10");
        item.put("unit", "台");
        item.put("amount", amount);
        item.put("method", method);
        item.put("organisationForm", "DECENTRALIZED");
        item.put("inCatalogue", true);
        item.put("fundingLineId", fundingLineId);
        item.put("startMonth", startMonth);
        item.put("demandOverview", "采购台式计算机，满足日常办公需要");
        item.put("methodChangeJustification", null);
        return item;
    }

    static Map<String, Object> with(Map<String, Object> item, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(item);
        copy.put(field, value);
        return copy;
    }

    @SafeVarargs
    static Map<String, Object> planBody(Object fiscalYear, Map<String, Object>... items) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fiscalYear", fiscalYear);
        body.put("items", List.of(items));
        return body;
    }

    ResultActions createPlan(String staff, Map<String, Object> body) {
        return post(staff, PLANS, body);
    }

    JsonNode created(String staff, Map<String, Object> body) {
        return body(expect(createPlan(staff, body), status().isCreated()));
    }

    JsonNode plan(String user, long id) {
        return body(expect(get(user, PLANS + "/{id}", id), status().isOk()));
    }

    JsonNode submit(String staff, long id) {
        return body(expect(post(staff, PLANS + "/{id}/submit", null, id), status().isOk()));
    }

    /** Plans of the caller's view in one year, as the list endpoint answers. */
    JsonNode plansOfYear(String user, int year) {
        return body(expect(get(user, PLANS + "?fiscalYear={y}", year), status().isOk()));
    }

    // --- tasks -----------------------------------------------------------------------------

    Optional<JsonNode> task(String user, long documentId) {
        JsonNode inbox = body(expect(get(user, TASKS + "?limit=500"), status().isOk()));
        return StreamSupport.stream(inbox.spliterator(), false)
            .filter(t -> t.path("documentId").asLong() == documentId).findFirst();
    }

    /** The step the user's task on the document is at, or empty when the user has none. */
    Optional<String> stepFor(String user, long documentId) {
        return task(user, documentId).map(t -> t.path("step").asText());
    }

    String approve(String user, long documentId) {
        return decide(user, documentId, Map.of("decision", "APPROVE", "comment", "同意"));
    }

    /** Records a 主任办公会 that passed (or not) the document. */
    String collective(long documentId, boolean passed) {
        Map<String, Object> meeting = Map.of("meetingDate", "2024-03-01", "attendees", "徐振东、杨秀英、王建华",
            "minutesRef", "主任办公会纪要〔2024〕3号");
        return decide("director", documentId, Map.of("decision", passed ? "APPROVE" : "RETURN",
            "comment", passed ? "会议通过" : "会议未通过", "meeting", meeting));
    }

    /** Approves the document at this step (a passing meeting at 主任办公会); returns the document's status afterwards. */
    String approveStep(String user, String step, long documentId) {
        return step.equals("COLLECTIVE_DECISION") ? collective(documentId, true) : approve(user, documentId);
    }

    /** Returns the document at this step (a meeting that does not pass at 主任办公会) with a comment. */
    String returnStep(String user, String step, long documentId) {
        return step.equals("COLLECTIVE_DECISION") ? collective(documentId, false)
            : decide(user, documentId, Map.of("decision", "RETURN", "comment", "请补充测算依据"));
    }

    private String decide(String user, long documentId, Map<String, Object> body) {
        String taskId = task(user, documentId).orElseThrow(() -> new AssertionError(user + " has no task on " + documentId))
            .path("taskId").asText();
        return body(expect(post(user, TASKS + "/{t}/decision", body, taskId), status().isOk())).path("documentStatus").asText();
    }

    // --- plumbing --------------------------------------------------------------------------

    ResultActions get(String user, String uri, Object... vars) {
        return perform(MockMvcRequestBuilders.get(uri, vars), user);
    }

    ResultActions post(String user, String uri, Object body, Object... vars) {
        return perform(withBody(MockMvcRequestBuilders.post(uri, vars), body), user);
    }

    ResultActions put(String user, String uri, Object body, Object... vars) {
        return perform(withBody(MockMvcRequestBuilders.put(uri, vars), body), user);
    }

    JsonNode body(ResultActions result) {
        try {
            return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    ResultActions expect(ResultActions result, ResultMatcher matcher) {
        try {
            return result.andExpect(matcher);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; response: " + body(result), e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ResultActions perform(MockHttpServletRequestBuilder request, String user) {
        try {
            return mvc.perform(request.with(httpBasic(user, "demo123")).accept(MediaType.APPLICATION_JSON));
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

    /** An approved budget line and its year. */
    record Funding(int year, long lineId) {
    }
}
