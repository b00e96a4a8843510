package cn.nanchang.budgetflow.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorCategoryRepository extends JpaRepository<IndicatorCategory, Long> {

    List<IndicatorCategory> findAllByOrderBySortOrderAsc();
}
