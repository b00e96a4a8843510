package cn.nanchang.budgetflow.testsupport;

import static cn.nanchang.budgetflow.testsupport.DraftBodies.draftBody;
import static cn.nanchang.budgetflow.testsupport.DraftBodies.officeSupplies;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Budget drafts over the API, by {@link ApiClient#drafts()}: filed, edited, submitted, withdrawn, read back. */
public final class BudgetDrafts {

    public static final String DRAFTS = "/api/v1/budget-drafts";

    /** Next fiscal year to try per section: each test needs a (section, year) without an open draft. */
    private static final Map<String, AtomicInteger> NEXT_YEAR = new ConcurrentHashMap<>();
    private static final Map<String, String> SECTION_OF = new ConcurrentHashMap<>();

    private final ApiClient api;

    BudgetDrafts(ApiClient api) {
        this.api = api;
    }

    /** A new one-line draft of the staff member's section, in a year where the section has no draft yet. */
    public Draft create(String staff) {
        return create(staff, freshYear(staff), List.of(officeSupplies()));
    }

    public Draft create(String staff, int fiscalYear, List<Map<String, Object>> lines) {
        return Draft.of(api.answer(api.post(staff, DRAFTS, draftBody(fiscalYear, lines)), status().isCreated()));
    }

    /** A new draft, submitted: waiting for its section head. */
    public Draft submitted(String staff) {
        Draft draft = create(staff);
        submit(staff, draft.id());
        return draft;
    }

    public JsonNode draft(String user, long id) {
        return api.answer(api.get(user, DRAFTS + "/{id}", id), status().isOk());
    }

    public String statusOf(String user, long id) {
        return draft(user, id).path("status").asText();
    }

    public JsonNode edit(String staff, long id, Map<String, Object> body) {
        return api.answer(api.put(staff, DRAFTS + "/{id}", body, id), status().isOk());
    }

    public JsonNode submit(String staff, long id) {
        return api.answer(api.post(staff, DRAFTS + "/{id}/submit", null, id), status().isOk());
    }

    public JsonNode withdraw(String staff, long id) {
        return api.answer(api.post(staff, DRAFTS + "/{id}/withdraw", null, id), status().isOk());
    }

    /**
     * A year in which the staff member's section has no draft, so the one-open-draft rule cannot
     * interfere, and which is not prepared as a budget year (a new draft there would be a section's
     * request of a round, or be refused outside one).
     */
    public int freshYear(String staff) {
        String section = SECTION_OF.computeIfAbsent(staff,
            u -> api.answer(api.get(u, "/api/v1/me"), status().isOk()).path("section").asText());
        AtomicInteger next = NEXT_YEAR.computeIfAbsent(section, s -> new AtomicInteger(2000));
        for (int year = next.getAndIncrement(); year <= 2099; year = next.getAndIncrement()) {
            JsonNode existing = api.answer(api.get(staff, DRAFTS + "?fiscalYear={year}", year), status().isOk());
            if (existing.isEmpty() && !isBudgetYear(api, staff, year)) {
                return year;
            }
        }
        throw new IllegalStateException("no fiscal year left without a draft for section " + section);
    }

    /** Whether the fiscal year is prepared as a budget year (二上二下): GET /api/v1/budget-years/{year} answers 200. */
    public static boolean isBudgetYear(ApiClient api, String user, int year) {
        try {
            return api.get(user, BudgetYearsApi.YEARS + "/{year}", year).andReturn().getResponse().getStatus() == 200;
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
