package cn.nanchang.budgetflow.budget;

import cn.nanchang.budgetflow.base.DocumentStatus;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BudgetDraftRepository extends JpaRepository<BudgetDraft, Long> {

    String VOIDED = "cn.nanchang.budgetflow.base.DocumentStatus.VOIDED";
    String ONE_UP = "cn.nanchang.budgetflow.budget.BudgetRound.ONE_UP";
    String TWO_UP = "cn.nanchang.budgetflow.budget.BudgetRound.TWO_UP";

    // JPQL, not a derived query: Hibernate 6 caches the plan of a JPQL string but builds and translates a derived
    // query's criteria tree on every call, which a profile of the approval showed (issue 17 §1).
    @Query("select d from BudgetDraft d where d.openKey = ?1")
    Optional<BudgetDraft> findByOpenKey(String openKey);

    /** The section's latest draft of a year in this status, e.g. the approved one a new year's draft is copied from. */
    Optional<BudgetDraft> findFirstBySection_CodeAndFiscalYearAndStatusOrderByIdDesc(String sectionCode, int fiscalYear,
        DocumentStatus status);

    List<BudgetDraft> findByFiscalYearAndRoundIsNotNullOrderByIdAsc(int fiscalYear);

    /**
     * With their lines and sections in the same query: every caller (a round's lines for the 汇总 and the 批复) reads
     * them all, and loading them request by request made the year's reads grow with the sections.
     */
    @EntityGraph(attributePaths = {"lines", "section"})
    List<BudgetDraft> findByFiscalYearAndRoundAndStatusInOrderByIdAsc(int fiscalYear, BudgetRound round,
        Collection<DocumentStatus> statuses);

    /**
     * What the lines of every other current draft already put on a project, in yuan. Not current:
     * a voided draft (its approval ended for good), and a section's 一上 request once its 二上
     * request exists or is being drafted ({@code forTwoUp}): the 二上 request replaces it, so
     * counting both would put the project's money on it twice. An approved line counts with its
     * approved amount (批复).
     */
    @Query("select coalesce(sum(coalesce(l.approvedAmount, l.amount)), 0) from BudgetLine l join l.draft d"
        + " where l.projectId = :projectId and d.id <> :draftId and d.status <> " + VOIDED
        + " and not (d.round is not null and d.round = " + ONE_UP
        + "   and (:forTwoUp = true"
        + "     or exists (select 1 from BudgetDraft t where t.round = " + TWO_UP + " and t.section = d.section"
        + "       and t.fiscalYear = d.fiscalYear and t.status <> " + VOIDED + ")))")
    BigDecimal fundedByOtherDrafts(@Param("projectId") long projectId, @Param("draftId") long draftId,
        @Param("forTwoUp") boolean forTwoUp);
}
