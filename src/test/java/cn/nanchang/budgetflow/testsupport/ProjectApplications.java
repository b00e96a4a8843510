package cn.nanchang.budgetflow.testsupport;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Project applications over the API, by {@link ApiClient#projects()}: their request bodies, filed,
 * submitted and walked through their route (with a 主任办公会 where the route has one), and approved
 * projects funding budget drafts.
 */
public final class ProjectApplications {

    public static final String APPLICATIONS = "/api/v1/project-applications";
    public static final String PROJECTS = "/api/v1/projects";

    /**
     * Tests that need a year of their own (a budget draft per section and year, a list of one year)
     * take the next one; the years 2000-2099 are few, so tests that do not need one use a fixed year.
     */
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2040);

    private final ApiClient api;

    ProjectApplications(ApiClient api) {
        this.api = api;
    }

    public static int freshYear() {
        return NEXT_YEAR.getAndIncrement();
    }

    // --- request bodies --------------------------------------------------------------------

    /**
     * A mutable application body that passes every rule: annual budget 100,000.00 yuan in two
     * cost lines, and one indicator under each required category, without weights.
     */
    public static Map<String, Object> validApplication(int fiscalYear) {
        return application(fiscalYear, "100000.00", List.of(costLine("2010350", "30213", "60000.00"),
            costLine("2010350", "30227", "40000.00")));
    }

    /** A valid application whose annual budget is one cost line of the given amount. */
    public static Map<String, Object> applicationOf(int fiscalYear, String annualBudget) {
        return application(fiscalYear, annualBudget, List.of(costLine("2010350", "30213", annualBudget)));
    }

    private static Map<String, Object> application(int fiscalYear, String annualBudget, List<Map<String, Object>> lines) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fiscalYear", fiscalYear);
        body.put("name", "测试运维项目" + fiscalYear);
        body.put("category", "OPERATION_MAINTENANCE");
        body.put("purpose", "为平台稳定运行提供运维保障。");
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

    public static Map<String, Object> costLine(String functionCode, String economicCode, String amount) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("functionCode", functionCode);
        line.put("economicCode", economicCode);
        line.put("amount", amount);
        line.put("note", null);
        return line;
    }

    public static Map<String, Object> indicator(String category, String name, String direction, String target, String unit,
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
    public static List<Map<String, Object>> indicators(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("indicators");
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> costLines(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("costLines");
    }

    // --- applications ----------------------------------------------------------------------

    public JsonNode create(String staff, Map<String, Object> body) {
        return api.answer(api.post(staff, APPLICATIONS, body), status().isCreated());
    }

    public JsonNode application(String user, long id) {
        return api.answer(api.get(user, APPLICATIONS + "/{id}", id), status().isOk());
    }

    public JsonNode submit(String staff, long id) {
        return api.answer(api.post(staff, APPLICATIONS + "/{id}/submit", null, id), status().isOk());
    }

    /** Ids of the applications a user sees for a year. */
    public List<Long> listed(String user, int fiscalYear) {
        return api.ids(api.answer(api.get(user, APPLICATIONS + "?fiscalYear={y}", fiscalYear), status().isOk()));
    }

    // --- the route -------------------------------------------------------------------------

    /** Approves the user's open task on the document; returns the document's status afterwards. */
    public String approve(String user, long documentId) {
        return api.decide(user, documentId, "APPROVE", null);
    }

    /** Approves at this step (a passing meeting at 主任办公会); returns the document's status afterwards. */
    public String approveStep(String user, String step, long documentId) {
        return decideStep(user, step, documentId, "APPROVE", null);
    }

    /** Returns at this step with a comment (a meeting that does not pass at 主任办公会). */
    public String returnStep(String user, String step, long documentId) {
        return decideStep(user, step, documentId, "RETURN", "请补充绩效目标的测算依据");
    }

    private String decideStep(String user, String step, long documentId, String decision, String comment) {
        JsonNode task = api.taskOn(user, documentId);
        if (!task.path("step").asText().equals(step)) {
            throw new AssertionError(user + " is at " + task.path("step").asText() + ", not " + step);
        }
        return api.answer(api.decision(user, task.path("taskId").asText(), decision, comment,
            step.equals("COLLECTIVE_DECISION") ? meeting() : null), status().isOk()).path("documentStatus").asText();
    }

    public static Map<String, Object> meeting() {
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
    public JsonNode approvedProject(String staff, String head, Map<String, Object> body) {
        long id = create(staff, body).path("id").asLong();
        submit(staff, id);
        for (String reviewer : List.of(head, "finance", "director")) {
            approve(reviewer, id);
        }
        if (api.hasTaskOn("director", id)) {
            api.decide("director", id, "APPROVE", null, meeting());
        }
        approve("bureau", id);
        return application(staff, id);
    }

    // --- budget drafts ---------------------------------------------------------------------

    public static Map<String, Object> draftLine(String kind, String amount, Long projectId) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("functionCode", "2010350");
        line.put("economicCode", "30213");
        line.put("kind", kind);
        line.put("amount", amount);
        line.put("note", null);
        line.put("projectId", projectId);
        return line;
    }

    public static Map<String, Object> draft(int fiscalYear, List<Map<String, Object>> lines) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fiscalYear", fiscalYear);
        body.put("lines", new ArrayList<>(lines));
        return body;
    }

    /** Approves a submitted budget draft through its four reviewers. */
    public void approveDraft(String head, long draftId) {
        for (String reviewer : List.of(head, "finance", "director", "bureau")) {
            approve(reviewer, draftId);
        }
    }
}
