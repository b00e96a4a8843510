package cn.nanchang.budgetflow.budgetyear;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetFigureRepository extends JpaRepository<BudgetFigure, Long> {

    List<BudgetFigure> findByBudgetYearIdOrderByIdAsc(long budgetYearId);

    List<BudgetFigure> findByBudgetYearIdAndVersionKindOrderByIdAsc(long budgetYearId, VersionKind versionKind);

    boolean existsByBudgetYearIdAndVersionKind(long budgetYearId, VersionKind versionKind);
}
