package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.budget.BudgetRound;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitProposalRepository extends JpaRepository<UnitProposal, Long> {

    Optional<UnitProposal> findByOpenKey(String openKey);

    /** The latest proposal of a year's round in the given status. */
    Optional<UnitProposal> findFirstByFiscalYearAndRoundAndStatusOrderByIdDesc(int fiscalYear, BudgetRound round,
        DocumentStatus status);
}
