package cn.nanchang.budgetflow.budgetyear;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SectionExcuseRepository extends JpaRepository<SectionExcuse, Long> {

    List<SectionExcuse> findByBudgetYearIdOrderByIdAsc(long budgetYearId);
}
