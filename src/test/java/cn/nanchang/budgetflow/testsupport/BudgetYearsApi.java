package cn.nanchang.budgetflow.testsupport;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.web.servlet.ResultActions;

/** Budget years (二上二下) over the API, by {@link ApiClient#years()}: opened, read and walked step by step. */
public final class BudgetYearsApi {

    public static final String YEARS = "/api/v1/budget-years";

    /**
     * Budget-year tests take their years from the top down, away from the drafts' (from 2000 up) and
     * the plans' (from 2040 up); every test class of one context shares them (see {@link TestYears}).
     */
    private static final int FIRST_YEAR = 2099;

    private final ApiClient api;

    BudgetYearsApi(ApiClient api) {
        this.api = api;
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /**
     * A fiscal year without a budget year, for an opening that goes no further (an input test's accepted
     * value). It may hold other tests' drafts, which keep their own route: the fiscal years 2000–2099 are
     * shared by every test in the context, and insisting on empty ones ran out in the whole suite.
     */
    public int unopenedYear() {
        AtomicInteger next = TestYears.counter(api, "unopened", FIRST_YEAR);
        for (int year = next.getAndDecrement(); year >= 2000; year = next.getAndDecrement()) {
            if (!BudgetDrafts.isBudgetYear(api, "finance", year)) {
                return year;
            }
        }
        throw new IllegalStateException("no fiscal year left without a budget year");
    }

    /** A fiscal year without a budget year and without any budget draft, so that a year can be opened there. */
    public int freshYear() {
        AtomicInteger next = TestYears.counter(api, "budget-years", FIRST_YEAR);
        for (int year = next.getAndDecrement(); year >= 2000; year = next.getAndDecrement()) {
            JsonNode drafts = api.answer(api.get("finance", BudgetDrafts.DRAFTS + "?fiscalYear={y}", year), status().isOk());
            if (drafts.isEmpty() && !BudgetDrafts.isBudgetYear(api, "finance", year)) {
                return year;
            }
        }
        throw new IllegalStateException("no fiscal year left for a budget year");
    }

    public static Map<String, Object> openBody(Object fiscalYear, LocalDate oneUp, LocalDate twoUp) {
        Map<String, Object> deadlines = new LinkedHashMap<>();
        deadlines.put("ONE_UP", oneUp == null ? null : oneUp.toString());
        deadlines.put("TWO_UP", twoUp == null ? null : twoUp.toString());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fiscalYear", fiscalYear);
        body.put("deadlines", deadlines);
        body.put("instructions", "按照零基预算要求编制，严控一般性支出。");
        return body;
    }

    /** Opens a fresh year whose deadlines have passed (so that 财务 may proceed without late sections); answers the year. */
    public JsonNode openPastDeadlines() {
        int year = freshYear();
        return api.answer(api.post("finance", YEARS, openBody(year, today().minusDays(10), today().minusDays(1))),
            status().isCreated());
    }

    public JsonNode year(String user, int year) {
        return api.answer(api.get(user, YEARS + "/{y}", year), status().isOk());
    }

    public ResultActions step(String user, int year, String step, Object body) {
        return api.post(user, YEARS + "/{y}/" + step, body, year);
    }

    public JsonNode excuse(int year, String section) {
        return api.answer(api.post("finance", YEARS + "/{y}/sections/{s}/excuse", Map.of("reason", "逾期未报，按上年执行数编制"),
            year, section), status().isOk());
    }

    /** 财务 proceeds without every section still awaited in the current round. */
    public JsonNode excuseAllWaiting(int year) {
        JsonNode current = year("finance", year);
        String round = List.of("ONE_UP", "CEILINGS").contains(current.path("round").asText()) ? "ONE_UP" : "TWO_UP";
        for (JsonNode section : current.path("sections")) {
            boolean in = "ACCEPTED".equals(section.path("status").asText()) && round.equals(section.path("round").asText());
            if (!in && !section.path("excused").asBoolean()) {
                current = excuse(year, section.path("sectionCode").asText());
            }
        }
        return current;
    }

    public static Map<String, Object> ceilingsBody(String personnel, String publicAmount, String project,
            List<Map<String, Object>> projects) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ref", "洪数字〔" + today().getYear() + "〕12号");
        body.put("date", today().toString());
        body.put("personnel", personnel);
        body.put("public", publicAmount);
        body.put("project", project);
        body.put("projects", projects);
        return body;
    }

    public static Map<String, Object> sectionSplit(String section, String personnel, String publicAmount, String project) {
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("sectionCode", section);
        split.put("personnel", personnel);
        split.put("public", publicAmount);
        split.put("project", project);
        return split;
    }
}
