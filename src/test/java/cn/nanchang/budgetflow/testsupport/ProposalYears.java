package cn.nanchang.budgetflow.testsupport;

import static cn.nanchang.budgetflow.testsupport.DraftBodies.draftBody;
import static cn.nanchang.budgetflow.testsupport.DraftBodies.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Budget years for the unit proposal's API tests, walked through the real services and processes:
 * 财务 opens a year no test has touched, each section's 科员 files a request of two lines (办公费,
 * and 公务接待费 for one section), its 科长 and 财务 accept it, and the year waits for 一上's proposal.
 */
public final class ProposalYears {

    public static final String YEARS = BudgetYearsApi.YEARS;
    public static final String PROPOSALS = "/api/v1/unit-proposals";
    public static final String DRAFTS = "/api/v1/budget-drafts";
    public static final int SECTIONS = 6;

    private final ApiClient api;

    public ProposalYears(ApiClient api) {
        this.api = api;
    }

    /** A year waiting for its 一上 proposal: every section's request accepted. */
    public Year atOneUpProposal() {
        // opened and at once given a request of every section: no other test drafts into it. It may hold other
        // tests' legacy drafts, which are no requests: any year without a budget year will do (BudgetYearsApi#unopenedYear)
        Year year = opened(api.years().unopenedYear());
        for (int section = 1; section <= SECTIONS; section++) {
            year.requests().add(accepted(year.fiscalYear(), section));
        }
        assertThat(stage(year.fiscalYear())).isEqualTo("ONE_UP_PROPOSAL");
        return year;
    }

    /**
     * A year still taking 一上 requests: five sections' requests accepted, the sixth's only drafted.
     * Every section has a draft in it, so that no other test files a draft into this year.
     */
    public Year awaitingOneSection() {
        Year year = opened();
        for (int section = 1; section < SECTIONS; section++) {
            year.requests().add(accepted(year.fiscalYear(), section));
        }
        api.answer(api.post("staff" + SECTIONS, DRAFTS, draftBody(year.fiscalYear(),
            List.of(line("2010350", "30201", "BASIC_PUBLIC", "100.00", "办公费")))), status().isCreated());
        assertThat(stage(year.fiscalYear())).isEqualTo("ONE_UP_REQUESTS");
        return year;
    }

    /**
     * A year opened by 财务 with deadlines ahead, where no budget year or draft was (the year tests'
     * allocation). The caller files a draft of every section at once, because a draft another test
     * files into an opened year becomes one of its requests.
     */
    private Year opened() {
        return opened(api.years().freshYear());
    }

    private Year opened(int year) {
        api.answer(api.post("finance", YEARS, BudgetYearsApi.openBody(year, BudgetYearsApi.today().plusDays(30),
            BudgetYearsApi.today().plusDays(60))), status().isCreated());
        return new Year(year, new ArrayList<>());
    }

    /** Section {@code n}'s request of the year's current round, accepted by its 科长 and 财务. */
    public Request accepted(int fiscalYear, int n) {
        String staff = "staff" + n;
        List<Map<String, Object>> lines = new ArrayList<>(List.of(
            line("2010350", "30201", "BASIC_PUBLIC", (10000 + n) + ".00", "办公费")));
        lines.add(n == 1 ? line("2010350", "30217", "BASIC_PUBLIC", "6000.00", "公务接待费")
            : line("2010350", "30101", "BASIC_PERSONNEL", (200000 + n) + ".50", "基本工资"));
        JsonNode draft = api.answer(api.post(staff, DRAFTS, draftBody(fiscalYear, lines)), status().isCreated());
        long id = draft.path("id").asLong();
        api.answer(api.post(staff, DRAFTS + "/{id}/submit", null, id), status().isOk());
        api.approve("head" + n, id);
        assertThat(api.approve("finance", id)).as("a year request stops after 财务审核").isEqualTo("ACCEPTED");
        return new Request(id, draft.path("number").asText(), draft.path("section").asText());
    }

    public String stage(int fiscalYear) {
        return year(fiscalYear).path("stage").asText();
    }

    public JsonNode year(int fiscalYear) {
        return api.answer(api.get("finance", YEARS + "/{y}", fiscalYear), status().isOk());
    }

    /** A create or update body: the year and cuts, each {draftId, lineNo, amount, reason}. */
    public static Map<String, Object> body(Object fiscalYear, List<Map<String, Object>> cuts) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fiscalYear", fiscalYear);
        List<Map<String, Object>> copies = new ArrayList<>();
        cuts.forEach(c -> copies.add(new LinkedHashMap<>(c)));
        body.put("cuts", copies);
        return body;
    }

    public static Map<String, Object> cut(long draftId, int lineNo, String amount, String reason) {
        Map<String, Object> cut = new LinkedHashMap<>();
        cut.put("draftId", draftId);
        cut.put("lineNo", lineNo);
        cut.put("amount", amount);
        cut.put("reason", reason);
        return cut;
    }

    public record Year(int fiscalYear, List<Request> requests) {
    }

    public record Request(long id, String number, String section) {
    }
}
