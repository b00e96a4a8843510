package cn.nanchang.budgetflow.testsupport;

import static cn.nanchang.budgetflow.testsupport.BudgetYearsApi.ceilingsBody;
import static cn.nanchang.budgetflow.testsupport.BudgetYearsApi.sectionSplit;
import static cn.nanchang.budgetflow.testsupport.BudgetYearsApi.today;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.workflow.BudgetYearProcess;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Budget years brought to a stage over the API, for tests of one step: opened with both deadlines
 * past, every section excused in 一上, the bureau's ceilings, a split for one section, approved,
 * and its 二上 request accepted. The unit's proposal (the proposal part's document) is stood in for
 * by telling the year's process that the bureau passed it.
 */
public final class YearWalk {

    public static final String CEILINGS_PERSONNEL = "500000.00";
    public static final String CEILINGS_PUBLIC = "300000.00";
    public static final String CEILINGS_PROJECT = "200000.00";

    private final ApiClient api;
    private final BudgetYearsApi years;
    private final BudgetYearProcess process;
    private final TransactionTemplate tx;

    public YearWalk(ApiClient api, BudgetYearProcess process, PlatformTransactionManager transactions) {
        this.api = api;
        this.years = api.years();
        this.process = process;
        this.tx = new TransactionTemplate(transactions);
    }

    /** A year in 一上 whose deadline has passed, every section still awaited. */
    public int collectingOneUp() {
        return years.openPastDeadlines().path("fiscalYear").asInt();
    }

    /** A year waiting for the bureau's ceilings. */
    public int atCeilings() {
        int year = collectingOneUp();
        years.excuseAllWaiting(year);
        proposalPassed(year);
        return year;
    }

    /** A year waiting for 财务's split. */
    public int atSplit() {
        int year = atCeilings();
        api.expect(years.step("bureau", year, "ceilings", ceilingsBody(CEILINGS_PERSONNEL, CEILINGS_PUBLIC, CEILINGS_PROJECT,
            List.of())), status().isOk());
        return year;
    }

    /** A year waiting for the director's decision on a split that gives the section 100,000 / 60,000 / 0. */
    public int atSplitApproval(String section) {
        int year = atSplit();
        api.expect(years.step("finance", year, "split", Map.of("sections", List.of(
            sectionSplit(section, "100000.00", "60000.00", "0")))), status().isOk());
        return year;
    }

    /**
     * A year waiting for the 批复, with the staff member's 二上 request accepted: one line, 办公费
     * 50,000.00 yuan. Answers the year and the line's id.
     */
    public Approvable atApproval(String staff) {
        String section = api.answer(api.get(staff, "/api/v1/me"), status().isOk()).path("section").asText();
        int year = atSplitApproval(section);
        api.expect(years.step("director", year, "split/decision", Map.of("approved", true)), status().isOk());
        long request = api.answer(api.post(staff, BudgetDrafts.DRAFTS, DraftBodies.draftBody(year, List.of(
            DraftBodies.line("2010350", "30201", "BASIC_PUBLIC", "50000.00", "办公费")))), status().isCreated()).path("id").asLong();
        api.drafts().submit(staff, request);
        api.approve(ProcurementPlans.headOf(staff), request);
        api.approve("finance", request);
        years.excuseAllWaiting(year);
        proposalPassed(year);
        JsonNode lines = api.answer(api.get("finance", BudgetYearsApi.YEARS + "/{y}/approval-lines", year), status().isOk());
        return new Approvable(year, request, lines.get(0).path("lineId").asLong());
    }

    /** The bureau passed the unit's proposal of the current round (what the proposal's approval tells the year). */
    public void proposalPassed(int year) {
        tx.executeWithoutResult(s -> process.proposalApproved(year, today().plusDays(15)));
    }

    public record Approvable(int year, long requestId, long lineId) {
    }
}
