package cn.nanchang.budgetflow.budget;

import cn.nanchang.budgetflow.base.DocumentStatus;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Reads lines of approved drafts as plain rows, so that no entity of this module leaves it. A
 * line's amount is what the bureau approved (批复) where it approved a budget year's request, else
 * the line's own; a line the 批复 cut to nothing is no part of the approved budget.
 */
interface ApprovedBudgetLineRepository extends Repository<BudgetLine, Long> {

    String ROW = "select l.id, d.id, d.number, d.section.code, d.fiscalYear, l.lineNo, l.functionCode, l.economicCode,"
        + " l.kind, coalesce(l.approvedAmount, l.amount), l.note, l.projectId from BudgetLine l join l.draft d";
    String APPROVED_PART = " and (l.approvedAmount is null or l.approvedAmount <> 0)";

    @Query(ROW + " where d.status = :status and (:section is null or d.section.code = :section) and d.fiscalYear = :year"
        + APPROVED_PART + " order by d.section.code, d.number, l.lineNo")
    List<Object[]> rows(@Param("status") DocumentStatus status, @Param("section") String section, @Param("year") int year);

    @Query(ROW + " where d.status = :status and l.id in :ids" + APPROVED_PART)
    List<Object[]> rowsById(@Param("status") DocumentStatus status, @Param("ids") Collection<Long> ids);

    /** A draft's lines whatever its status; for a listener that knows the draft has just been approved. */
    @Query(ROW + " where d.id = :draftId" + APPROVED_PART + " order by l.lineNo")
    List<Object[]> rowsOfDraft(@Param("draftId") long draftId);

    /** Locks the lines until the transaction ends, in id order so that two lockers cannot deadlock. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from BudgetLine l where l.id in :ids order by l.id")
    List<BudgetLine> lock(@Param("ids") Collection<Long> ids);
}
