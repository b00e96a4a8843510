package cn.nanchang.budgetflow.budget;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetDraftRepository extends JpaRepository<BudgetDraft, Long> {

    Optional<BudgetDraft> findByOpenKey(String openKey);
}
