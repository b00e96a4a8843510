package cn.nanchang.budgetflow.project;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Calls /api/v1 as the demo users (HTTP Basic, password demo123) and walks applications
 * through approval, so that tests say what happens rather than repeat JSON. Raw calls return
 * {@link ResultActions} for tests that check a refusal; the higher-level ones expect success.
 */
final class ProjectApi {

    static final String PASSWORD = "demo123";
    static final String APPLICATIONS = "/api/v1/project-applications";
    static final String PROJECTS = "/api/v1/projects";
    static final String DRAFTS = "/api/v1/budget-drafts";
    static final String TASKS = "/api/v1/tasks";

    /**
     * Tests that need a year of their own (a budget draft per section and year, a list of one year)
     * take the next one; the years 2000-2099 are few, so tests that do not need one use a fixed year.
     */
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2040);

    private final MockMvc mvc;
    private final ObjectMapper json;

    ProjectApi(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    static int freshYear() {
        return NEXT_YEAR.getAndIncrement();
    }

    // --- raw calls -------------------------------------------------------------------------

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

    JsonNode expect(ResultActions result, ResultMatcher matcher) {
        try {
            result.andExpect(matcher);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; body: " + body(result), e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return body(result);
    }

    // --- request bodies --------------------------------------------------------------------

    /**
     * A mutable application body that passes every rule: annual budget 100,000.00 yuan in two
     * cost lines, and one indicator under each required category, without weights.
     */
    static Map<String, Object> validApplication(int fiscalYear) {
        return application(fiscalYear, "100000.00", List.of(costLine("2010350", "30213", "60000.00"),
            costLine("2010350", "30227", "40000.00")));
    }

    /** A valid application whose annual budget is one cost line of the given amount. */
    static Map<String, Object> applicationOf(int fiscalYear, String annualBudget) {
        return application(fiscalYear, annualBudget, List.of(costLine("2010350", "30213", annualBudget)));
    }

    private static Map<String, Object> application(int fiscalYear, String annualBudget, List<Map<String, Object>> lines) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fiscalYear", fiscalYear);
        body.put("name", "测试运维项目" + fiscalYear);
        body.put("category", "OPERATION_MAINTENANCE");
        body.put("overview", "保障平台正常、稳定、安全运行。");
        body.put("legalBasis", "洪编发[2021]118号");
        body.put("implementingBody", "南昌市数字科学研究中心");
        body.put("periodStart", fiscalYear + "-01");
        body.put("periodEnd", fiscalYear + "-12");
        body.put("annualBudget", annualBudget);
        body.put("costLines", new ArrayList<>(lines));
        body.put("indicators", new ArrayList<>(List.of(
            indicator("QUANTITY", "运维站点个数", "GE", "10", "个", null),
            indicator("QUALITY", "平台正常运行率", "GE", "99", "%", null),
            indicator("TIMELINESS", "故障恢复时限", "LE", "4", "小时", null),
            indicator("COST", "运维成本", "LE", "10", "万元", null),
            indicator("SOCIAL_BENEFIT", "政务公开水平", "QUALITATIVE", "稳步提升", null, null),
            indicator("BENEFICIARY_SATISFACTION", "服务对象满意度", "GE", "90", "%", null))));
        return body;
    }

    static Map<String, Object> costLine(String functionCode, String economicCode, String amount) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("functionCode", functionCode);
        line.put("economicCode", economicCode);
        line.put("amount", amount);
        line.put("note", null);
        return line;
    }

    static Map<String, Object> indicator(String category, String name, String direction, String target, String unit,
            String weight) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("category", category);
        row.put("name", name);
        row.put("direction", direction);
        row.put("targetValue", target);
        row.put("unit", unit);
        row.put("weight", weight);
        row.put("note", "示例值");
        return row;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> indicators(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("indicators");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> costLines(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("costLines");
    }

    // --- applications ----------------------------------------------------------------------

    JsonNode create(String staff, Map<String, Object> body) {
        return expect(post(staff, APPLICATIONS, body), status().isCreated());
    }

    JsonNode application(String user, long id) {
        return expect(get(user, APPLICATIONS + "/{id}", id), status().isOk());
    }

    JsonNode submit(String staff, long id) {
        return expect(post(staff, APPLICATIONS + "/{id}/submit", null, id), status().isOk());
    }

    /** Ids of the applications a user sees for a year. */
    List<Long> listed(String user, int fiscalYear) {
        return ids(expect(get(user, APPLICATIONS + "?fiscalYear={y}", fiscalYear), status().isOk()));
    }

    List<Long> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.path("id").asLong()).toList();
    }

    // --- tasks -----------------------------------------------------------------------------

    /** The user's open task on the document, as the inbox shows it; fails if there is none. */
    JsonNode taskOn(String user, long documentId) {
        JsonNode inbox = expect(get(user, TASKS + "?limit=500"), status().isOk());
        return StreamSupport.stream(inbox.spliterator(), false)
            .filter(t -> t.path("documentId").asLong() == documentId)
            .findFirst()
            .orElseThrow(() -> new AssertionError(user + " has no task on document " + documentId + ": " + inbox));
    }

    boolean hasTaskOn(String user, long documentId) {
        JsonNode inbox = expect(get(user, TASKS + "?limit=500"), status().isOk());
        return StreamSupport.stream(inbox.spliterator(), false).anyMatch(t -> t.path("documentId").asLong() == documentId);
    }

    ResultActions decide(String user, String taskId, String decision, String comment, Map<String, Object> meeting) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        body.put("comment", comment);
        if (meeting != null) {
            body.put("meeting", meeting);
        }
        return post(user, TASKS + "/{taskId}/decision", body, taskId);
    }

    /** Approves the user's open task on the document; returns the document's status afterwards. */
    String approve(String user, long documentId) {
        JsonNode task = taskOn(user, documentId);
        return expect(decide(user, task.path("taskId").asText(), "APPROVE", null, null), status().isOk())
            .path("documentStatus").asText();
    }

    /** Approves at this step (a passing meeting at 主任办公会); returns the document's status afterwards. */
    String approveStep(String user, String step, long documentId) {
        return decideStep(user, step, documentId, "APPROVE", null);
    }

    /** Returns at this step with a comment (a meeting that does not pass at 主任办公会). */
    String returnStep(String user, String step, long documentId) {
        return decideStep(user, step, documentId, "RETURN", "请补充绩效目标的测算依据");
    }

    private String decideStep(String user, String step, long documentId, String decision, String comment) {
        JsonNode task = taskOn(user, documentId);
        if (!task.path("step").asText().equals(step)) {
            throw new AssertionError(user + " is at " + task.path("step").asText() + ", not " + step);
        }
        return expect(decide(user, task.path("taskId").asText(), decision, comment,
            step.equals("COLLECTIVE_DECISION") ? meeting() : null), status().isOk()).path("documentStatus").asText();
    }

    static Map<String, Object> meeting() {
        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("meetingDate", "2040-01-15");
        meeting.put("attendees", "徐振东、各科室负责人");
        meeting.put("minutesRef", "主任办公会纪要〔2040〕1号");
        return meeting;
    }

    /**
     * Files and approves a project below the collective-decision threshold: section head,
     * finance, director, bureau. Returns the approved application.
     */
    JsonNode approvedProject(String staff, String head, Map<String, Object> body) {
        long id = create(staff, body).path("id").asLong();
        submit(staff, id);
        for (String reviewer : List.of(head, "finance", "director")) {
            approve(reviewer, id);
        }
        if (hasTaskOn("director", id)) {
            JsonNode task = taskOn("director", id);
            expect(decide("director", task.path("taskId").asText(), "APPROVE", null, meeting()), status().isOk());
        }
        approve("bureau", id);
        return application(staff, id);
    }

    // --- budget drafts ---------------------------------------------------------------------

    static Map<String, Object> draftLine(String kind, String amount, Long projectId) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("functionCode", "2010350");
        line.put("economicCode", "30213");
        line.put("kind", kind);
        line.put("amount", amount);
        line.put("note", null);
        line.put("projectId", projectId);
        return line;
    }

    static Map<String, Object> draft(int fiscalYear, List<Map<String, Object>> lines) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fiscalYear", fiscalYear);
        body.put("lines", new ArrayList<>(lines));
        return body;
    }

    /** Approves a submitted budget draft through its four reviewers. */
    void approveDraft(String head, long draftId) {
        for (String reviewer : List.of(head, "finance", "director", "bureau")) {
            approve(reviewer, draftId);
        }
    }

    private ResultActions perform(MockHttpServletRequestBuilder request, String user) {
        try {
            return mvc.perform(request.with(httpBasic(user, PASSWORD)));
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
}
