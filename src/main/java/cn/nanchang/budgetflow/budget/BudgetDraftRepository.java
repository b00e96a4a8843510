package cn.nanchang.budgetflow.budget;

import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BudgetDraftRepository extends JpaRepository<BudgetDraft, Long> {

    Optional<BudgetDraft> findByOpenKey(String openKey);

    /** What the lines of every other draft already put on a project, in yuan. */
    @Query("select coalesce(sum(l.amount), 0) from BudgetLine l where l.projectId = :projectId and l.draft.id <> :draftId")
    BigDecimal fundedByOtherDrafts(@Param("projectId") long projectId, @Param("draftId") long draftId);
}
