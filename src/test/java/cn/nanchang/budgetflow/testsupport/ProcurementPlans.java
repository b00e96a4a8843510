package cn.nanchang.budgetflow.testsupport;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Procurement plans over the API, by {@link ApiClient#plans()}: approves budgets to fund plans, files
 * plans and walks them through their route, so that tests read as what happens.
 */
public final class ProcurementPlans {

    public static final String PLANS = "/api/v1/procurement-plans";

    /** Plans' years start here, well away from the demo and seed years; shared within one context (see {@link TestYears}). */
    private static final int FIRST_YEAR = 2040;

    private final ApiClient api;

    ProcurementPlans(ApiClient api) {
        this.api = api;
    }

    // --- budgets that fund plans ---------------------------------------------------------

    /**
     * A year in which no section has an open budget draft and that is not prepared as a budget year,
     * so that a new draft can be approved there the way it was before budget years.
     */
    public int freshYear() {
        AtomicInteger next = TestYears.counter(api, "plans", FIRST_YEAR);
        for (int year = next.getAndIncrement(); year <= 2099; year = next.getAndIncrement()) {
            JsonNode drafts = api.answer(api.get("finance", BudgetDrafts.DRAFTS + "?fiscalYear={y}", year), status().isOk());
            if (drafts.isEmpty() && !BudgetDrafts.isBudgetYear(api, "finance", year)) {
                return year;
            }
        }
        // the years without any draft are used up in this context: one whose drafts are all closed
        // (approved or voided) holds no section's year, so a new draft can still be approved there
        AtomicInteger closed = TestYears.counter(api, "plans-closed", FIRST_YEAR);
        for (int year = closed.getAndIncrement(); year <= 2099; year = closed.getAndIncrement()) {
            JsonNode drafts = api.answer(api.get("finance", BudgetDrafts.DRAFTS + "?fiscalYear={y}", year), status().isOk());
            if (StreamSupport.stream(drafts.spliterator(), false).allMatch(d -> BudgetDrafts.CLOSED.contains(d.path("status").asText()))
                    && !BudgetDrafts.isBudgetYear(api, "finance", year)) {
                return year;
            }
        }
        throw new IllegalStateException("no fiscal year left without open budget drafts");
    }

    /**
     * A year for a budget of the staff member's section: one without any draft if there is still
     * one, else one where that section has no draft (its approved lines are then still the test's
     * own alone among the section's), as the years without any draft run out in a busy context.
     */
    public int freshYear(String staff) {
        AtomicInteger next = TestYears.counter(api, "plans", FIRST_YEAR);
        if (next.get() <= 2099) {
            try {
                return freshYear();
            } catch (IllegalStateException usedUp) {
                // fall through to the section's own years
            }
        }
        AtomicInteger ofSection = TestYears.counter(api, "plans-" + staff, FIRST_YEAR);
        for (int year = ofSection.getAndIncrement(); year <= 2099; year = ofSection.getAndIncrement()) {
            JsonNode drafts = api.answer(api.get(staff, BudgetDrafts.DRAFTS + "?fiscalYear={y}", year), status().isOk());
            if (drafts.isEmpty() && !BudgetDrafts.isBudgetYear(api, staff, year)) {
                return year;
            }
        }
        throw new IllegalStateException("no fiscal year left without a budget draft of " + staff + "'s section");
    }

    /**
     * A budget of the staff member's section for the year, approved by the section head, finance,
     * the director and the bureau; its lines (basic public expenditure, 办公费) have these amounts
     * in yuan. Returns the approved lines' ids in order.
     */
    public List<Long> approvedBudget(String staff, int year, String... amounts) {
        return approvedBudgetOf(staff, year, "30201", "BASIC_PUBLIC", amounts);
    }

    /** As {@link #approvedBudget}, with lines of this economic code and kind (e.g. 30101 基本工资, BASIC_PERSONNEL). */
    public List<Long> approvedBudgetOf(String staff, int year, String economicCode, String kind, String... amounts) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String amount : amounts) {
            lines.add(Map.of("functionCode", "2010350", "economicCode", economicCode, "kind", kind,
                "amount", amount, "note", "采购资金"));
        }
        long draftId = api.answer(api.post(staff, BudgetDrafts.DRAFTS, Map.of("fiscalYear", year, "lines", lines)), status().isCreated())
            .path("id").asLong();
        api.expect(api.post(staff, BudgetDrafts.DRAFTS + "/{id}/submit", null, draftId), status().isOk());
        for (String reviewer : List.of(headOf(staff), "finance", "director", "bureau")) {
            approve(reviewer, draftId);
        }
        JsonNode approved = api.answer(api.get(staff, "/api/v1/budget-lines/approved?fiscalYear={y}", year), status().isOk());
        return StreamSupport.stream(approved.spliterator(), false)
            .filter(l -> l.path("draftId").asLong() == draftId)
            .map(l -> l.path("id").asLong()).toList();
    }

    /** One approved line of this amount, in a fresh year; the year is the line's. */
    public Funding fundedLine(String staff, String amount) {
        int year = freshYear(staff);
        return new Funding(year, approvedBudget(staff, year, amount).get(0));
    }

    /** A budget draft of the year, submitted but not yet decided: its lines are not approved. Returns the draft's id. */
    public long submittedDraft(String staff, int year) {
        Map<String, Object> line = Map.of("functionCode", "2010350", "economicCode", "30201", "kind", "BASIC_PUBLIC",
            "amount", "100000.00", "note", "未批复");
        long draftId = api.answer(api.post(staff, BudgetDrafts.DRAFTS, Map.of("fiscalYear", year, "lines", List.of(line))),
            status().isCreated()).path("id").asLong();
        api.expect(api.post(staff, BudgetDrafts.DRAFTS + "/{id}/submit", null, draftId), status().isOk());
        return draftId;
    }

    public static String headOf(String staff) {
        return staff.replace("staff", "head");
    }

    // --- plans -----------------------------------------------------------------------------

    /**
     * An item that passes every rule given a line of enough money: goods in the catalogue
     * (so it needs a procedure and gets an intention notice), 询价, decentralised.
     */
    public static Map<String, Object> item(String category, String amount, String method, long fundingLineId, String startMonth) {
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

    public static Map<String, Object> with(Map<String, Object> item, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(item);
        copy.put(field, value);
        return copy;
    }

    @SafeVarargs
    public static Map<String, Object> planBody(Object fiscalYear, Map<String, Object>... items) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fiscalYear", fiscalYear);
        body.put("items", List.of(items));
        return body;
    }

    public ResultActions createPlan(String staff, Map<String, Object> body) {
        return api.post(staff, PLANS, body);
    }

    public JsonNode created(String staff, Map<String, Object> body) {
        return api.answer(createPlan(staff, body), status().isCreated());
    }

    public JsonNode plan(String user, long id) {
        return api.answer(api.get(user, PLANS + "/{id}", id), status().isOk());
    }

    public JsonNode submit(String staff, long id) {
        return api.answer(api.post(staff, PLANS + "/{id}/submit", null, id), status().isOk());
    }

    /** Plans of the caller's view in one year, as the list endpoint answers. */
    public JsonNode plansOfYear(String user, int year) {
        return api.answer(api.get(user, PLANS + "?fiscalYear={y}", year), status().isOk());
    }

    // --- the route -------------------------------------------------------------------------

    public String approve(String user, long documentId) {
        return api.approve(user, documentId);
    }

    /** Records a 主任办公会 that passed (or not) the document. */
    public String collective(long documentId, boolean passed) {
        Map<String, Object> meeting = Map.of("meetingDate", "2024-03-01", "attendees", "徐振东、杨秀英、王建华",
            "minutesRef", "主任办公会纪要〔2024〕3号");
        return api.decide("director", documentId, passed ? "APPROVE" : "RETURN", passed ? "会议通过" : "会议未通过", meeting);
    }

    /** Approves the document at this step (a passing meeting at 主任办公会); returns the document's status afterwards. */
    public String approveStep(String user, String step, long documentId) {
        return step.equals("COLLECTIVE_DECISION") ? collective(documentId, true) : approve(user, documentId);
    }

    /** Returns the document at this step (a meeting that does not pass at 主任办公会) with a comment. */
    public String returnStep(String user, String step, long documentId) {
        return step.equals("COLLECTIVE_DECISION") ? collective(documentId, false)
            : api.decide(user, documentId, "RETURN", "请补充测算依据");
    }

    /** An approved budget line and its year. */
    public record Funding(int year, long lineId) {
    }
}
