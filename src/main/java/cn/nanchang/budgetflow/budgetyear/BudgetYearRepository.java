package cn.nanchang.budgetflow.budgetyear;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetYearRepository extends JpaRepository<BudgetYear, Long> {

    Optional<BudgetYear> findByFiscalYear(int fiscalYear);

    List<BudgetYear> findAllByOrderByFiscalYearDesc();
}
