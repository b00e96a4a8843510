package cn.nanchang.budgetflow.security;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.DraftBodies;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Valid documents of the three types, made over the API as a section's 科员, for tests that
 * attack them: request bodies that pass every rule (so that one spoiled field is the only
 * problem) and documents in each state that matters (draft, waiting for review, approved).
 */
final class Fixtures {

    static final String DRAFTS = "/api/v1/budget-drafts";
    static final String PROJECTS = "/api/v1/project-applications";
    static final String PLANS = "/api/v1/procurement-plans";

    private final ApiClient api;

    Fixtures(ApiClient api) {
        this.api = api;
    }

    // --- bodies ----------------------------------------------------------------------------

    static Map<String, Object> draftBody(int year) {
        return DraftBodies.draftBody(year, List.of(DraftBodies.officeSupplies()));
    }

    static Map<String, Object> projectBody(int year) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fiscalYear", year);
        body.put("name", "安全测试运维项目");
        body.put("category", "OPERATION_MAINTENANCE");
        body.put("overview", "保障平台正常、稳定、安全运行。");
        body.put("legalBasis", "洪编发[2021]118号");
        body.put("implementingBody", "南昌市数字科学研究中心");
        body.put("periodStart", year + "-01");
        body.put("periodEnd", year + "-12");
        body.put("annualBudget", "100000.00");
        body.put("costLines", new ArrayList<>(List.of(new LinkedHashMap<>(Map.of(
            "functionCode", "2010350", "economicCode", "30213", "amount", "100000.00", "note", "运维费")))));
        body.put("indicators", new ArrayList<>(List.of(
            indicator("QUANTITY", "运维站点个数", "GE", "10", "个"),
            indicator("QUALITY", "平台正常运行率", "GE", "99", "%"),
            indicator("TIMELINESS", "故障恢复时限", "LE", "4", "小时"),
            indicator("COST", "运维成本", "LE", "10", "万元"),
            indicator("SOCIAL_BENEFIT", "政务公开水平", "QUALITATIVE", "稳步提升", null),
            indicator("BENEFICIARY_SATISFACTION", "服务对象满意度", "GE", "90", "%"))));
        return body;
    }

    private static Map<String, Object> indicator(String category, String name, String direction, String target, String unit) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("category", category);
        row.put("name", name);
        row.put("direction", direction);
        row.put("targetValue", target);
        row.put("unit", unit);
        row.put("weight", null);
        row.put("note", "示例值");
        return row;
    }

    static Map<String, Object> planBody(int year, long fundingLineId) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("category", "GOODS");
        item.put("name", "台式计算机");
        item.put("quantity", "10");
        item.put("unit", "台");
        item.put("amount", "50000.00");
        item.put("method", "INQUIRY");
        item.put("organisationForm", "DECENTRALIZED");
        item.put("inCatalogue", true);
        item.put("fundingLineId", fundingLineId);
        item.put("startMonth", year + "-06");
        item.put("demandOverview", "办公用台式计算机10台");
        item.put("methodChangeJustification", null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fiscalYear", year);
        body.put("items", new ArrayList<>(List.of(item)));
        return body;
    }

    // --- documents -------------------------------------------------------------------------

    long draft(String staff) {
        return api.drafts().create(staff).id();
    }

    long project(String staff) {
        return created(api.post(staff, PROJECTS, projectBody(2098)));
    }

    /** A plan funded by a line of a budget approved for it (section head, finance, director, bureau). */
    long plan(String staff, String head) {
        Funding funding = approvedLine(staff, head);
        return created(api.post(staff, PLANS, planBody(funding.year(), funding.lineId())));
    }

    Funding approvedLine(String staff, String head) {
        int year = api.drafts().freshYear(staff);
        long draftId = api.drafts().create(staff, year, List.of(DraftBodies.line("2010350", "30201", "BASIC_PUBLIC", "900000.00", "采购资金"))).id();
        api.drafts().submit(staff, draftId);
        api.approveAll(draftId, head, "finance", "director", "bureau");
        JsonNode lines = api.body(api.get(staff, "/api/v1/budget-lines/approved?fiscalYear={y}", year));
        long lineId = StreamSupport.stream(lines.spliterator(), false)
            .filter(l -> l.path("draftId").asLong() == draftId).findFirst().orElseThrow().path("id").asLong();
        return new Funding(year, lineId);
    }

    void submit(String staff, String base, long id) {
        ok(api.post(staff, base + "/{id}/submit", null, id));
    }

    private long created(ResultActions result) {
        try {
            result.andExpect(status().isCreated());
        } catch (Throwable e) {
            throw new AssertionError("not created: " + api.body(result), e);
        }
        return api.body(result).path("id").asLong();
    }

    private void ok(ResultActions result) {
        try {
            result.andExpect(status().isOk());
        } catch (Throwable e) {
            throw new AssertionError("refused: " + api.body(result), e);
        }
    }

    record Funding(int year, long lineId) {
    }
}
