package cn.nanchang.budgetflow.testsupport;

import static cn.nanchang.budgetflow.testsupport.DraftBodies.draftBody;
import static cn.nanchang.budgetflow.testsupport.DraftBodies.officeSupplies;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

/** Budget drafts over the API, by {@link ApiClient#drafts()}: filed, edited, submitted, withdrawn, read back. */
public final class BudgetDrafts {

    public static final String DRAFTS = "/api/v1/budget-drafts";

    private static final Map<String, String> SECTION_OF = new ConcurrentHashMap<>();

    /** Statuses of a draft that no longer holds its section's year (its open key is released). */
    static final Set<String> CLOSED = Set.of("APPROVED", "VOIDED");

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
     * A year in which the staff member's section has no open draft, so the one-open-draft rule cannot
     * interfere, and which is not prepared as a budget year (a new draft there would be a section's
     * request of a round, or be refused outside one). Years without any draft of the section come
     * first; only when those are used up does a year whose drafts of the section are all closed
     * (approved or voided, e.g. the funding budgets of procurement tests) serve: a busy section uses
     * more than the hundred fiscal years 2000–2099 in one test context otherwise.
     */
    public int freshYear(String staff) {
        String section = SECTION_OF.computeIfAbsent(staff,
            u -> api.answer(api.get(u, "/api/v1/me"), status().isOk()).path("section").asText());
        Integer year = nextYear(staff, TestYears.counter(api, "drafts-" + section, 2000), false);
        if (year == null) {
            year = nextYear(staff, TestYears.counter(api, "drafts-closed-" + section, 2000), true);
        }
        if (year == null) {
            throw new IllegalStateException("no fiscal year left without an open draft for section " + section);
        }
        return year;
    }

    private Integer nextYear(String staff, AtomicInteger next, boolean closedDraftsWillDo) {
        for (int year = next.getAndIncrement(); year <= 2099; year = next.getAndIncrement()) {
            JsonNode existing = api.answer(api.get(staff, DRAFTS + "?fiscalYear={year}", year), status().isOk());
            boolean free = closedDraftsWillDo
                ? StreamSupport.stream(existing.spliterator(), false).allMatch(d -> CLOSED.contains(d.path("status").asText()))
                : existing.isEmpty();
            if (free && !isBudgetYear(api, staff, year)) {
                return year;
            }
        }
        return null;
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
