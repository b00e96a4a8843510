package cn.nanchang.budgetflow.testsupport;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Budget adjustments (预算调剂) over the API, by {@link ApiClient#adjustments()}: an approved budget
 * whose lines the ledger issues as 指标, the 指标 as /api/v1/indicators answers them, adjustment
 * bodies, and the route from 科长 to wherever the routing table sends it.
 */
public final class Adjustments {

    public static final String ADJUSTMENTS = "/api/v1/budget-adjustments";
    public static final String INDICATORS = "/api/v1/indicators";

    private final ApiClient api;

    Adjustments(ApiClient api) {
        this.api = api;
    }

    // --- an approved budget and its 指标 ------------------------------------------------------

    /** A budget line of the draft body: function 2010350, the kind and economic code given. */
    public static Map<String, Object> line(String kind, String economicCode, String amount, Long projectId) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("functionCode", "2010350");
        line.put("economicCode", economicCode);
        line.put("kind", kind);
        line.put("amount", amount);
        line.put("note", "调剂测试");
        line.put("projectId", projectId);
        return line;
    }

    /** A fresh year in which the staff member's section gets these lines approved (legacy route), so the ledger issues them. */
    @SafeVarargs
    public final int approvedYear(String staff, Map<String, Object>... lines) {
        int year = api.plans().freshYear(staff);
        approvedBudget(staff, year, lines);
        return year;
    }

    @SafeVarargs
    public final void approvedBudget(String staff, int year, Map<String, Object>... lines) {
        long draftId = api.answer(api.post(staff, BudgetDrafts.DRAFTS, Map.of("fiscalYear", year, "lines", List.of(lines))),
            status().isCreated()).path("id").asLong();
        api.expect(api.post(staff, BudgetDrafts.DRAFTS + "/{id}/submit", null, draftId), status().isOk());
        api.approveAll(draftId, ProcurementPlans.headOf(staff), "finance", "director", "bureau");
    }

    /** An approved project of the staff member's section (one cost line, 30213), for project lines. */
    public long approvedProject(String staff, int year, String annualBudget) {
        return api.projects().approvedProject(staff, ProcurementPlans.headOf(staff),
            ProjectApplications.applicationOf(year, annualBudget)).path("id").asLong();
    }

    public JsonNode indicators(String user, int year) {
        return api.answer(api.get(user, INDICATORS + "?fiscalYear={y}", year), status().isOk());
    }

    /** The id of the 指标 of the year with this economic code (and project, when given). */
    public long indicator(String user, int year, String economicCode) {
        return find(user, year, economicCode).orElseThrow(() -> new AssertionError("no 指标 " + economicCode + " in " + year))
            .path("id").asLong();
    }

    public Optional<JsonNode> find(String user, int year, String economicCode) {
        return StreamSupport.stream(indicators(user, year).spliterator(), false)
            .filter(i -> economicCode.equals(i.path("economicCode").asText())).findFirst();
    }

    /** The quota of the 指标 with this economic code, in yuan. */
    public BigDecimal quota(String user, int year, String economicCode) {
        return new BigDecimal(find(user, year, economicCode).orElseThrow().path("quota").asText());
    }

    public JsonNode entries(String user, long indicatorId) {
        return api.answer(api.get(user, INDICATORS + "/{id}/entries", indicatorId), status().isOk());
    }

    // --- bodies ---------------------------------------------------------------------------------

    public static Map<String, Object> decrease(long indicatorId, String amount) {
        return row("DECREASE", indicatorId, null, null, null, amount);
    }

    public static Map<String, Object> increase(long indicatorId, String amount) {
        return row("INCREASE", indicatorId, null, null, null, amount);
    }

    /** A 调增 of a new line of function 2010350. */
    public static Map<String, Object> newLine(String kind, String economicCode, Long projectId, String amount) {
        return row("INCREASE", null, kind, economicCode, projectId, amount);
    }

    private static Map<String, Object> row(String direction, Long indicatorId, String kind, String economicCode,
            Long projectId, String amount) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("direction", direction);
        row.put("indicatorId", indicatorId);
        row.put("kind", kind);
        row.put("functionCode", kind == null ? null : "2010350");
        row.put("economicCode", economicCode);
        row.put("projectId", projectId);
        row.put("amount", amount);
        return row;
    }

    /** A body that passes the field checks: reason and basis given, no source and no performance change. */
    @SafeVarargs
    public static Map<String, Object> body(int year, String kind, Map<String, Object>... rows) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fiscalYear", year);
        body.put("adjustmentKind", kind);
        body.put("reason", "下半年工作任务调整，需调剂资金");
        body.put("basis", "按实际需求测算");
        body.put("performanceChange", null);
        body.put("fundingSource", null);
        body.put("rows", new ArrayList<>(List.of(rows)));
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    // --- the life cycle ---------------------------------------------------------------------------

    public ResultActions create(String staff, Map<String, Object> body) {
        return api.post(staff, ADJUSTMENTS, body);
    }

    public JsonNode created(String staff, Map<String, Object> body) {
        return api.answer(create(staff, body), status().isCreated());
    }

    public JsonNode adjustment(String user, long id) {
        return api.answer(api.get(user, ADJUSTMENTS + "/{id}", id), status().isOk());
    }

    public JsonNode submit(String staff, long id) {
        return api.answer(api.post(staff, ADJUSTMENTS + "/{id}/submit", null, id), status().isOk());
    }

    /**
     * Approves along the route as far as it goes: 科长, 财务, 中心主任, then 主任办公会 and 数据局 where
     * the routing table sends it. Returns the steps taken, e.g. [SECTION_HEAD_REVIEW, FINANCE_REVIEW, …].
     */
    public List<String> approveAlong(String staff, long id) {
        List<String> steps = new ArrayList<>();
        for (String reviewer : List.of(ProcurementPlans.headOf(staff), "finance", "director", "director", "bureau")) {
            Optional<String> step = api.stepFor(reviewer, id);
            if (step.isPresent()) {
                steps.add(step.get());
                api.plans().approveStep(reviewer, step.get(), id);
            }
        }
        return steps;
    }
}
