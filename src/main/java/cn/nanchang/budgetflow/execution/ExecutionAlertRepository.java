package cn.nanchang.budgetflow.execution;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExecutionAlertRepository extends JpaRepository<ExecutionAlert, Long> {

    List<ExecutionAlert> findByAlertMonthAndIndicatorIdIn(String alertMonth, Collection<Long> indicatorIds);

    long countByAlertMonth(String alertMonth);
}
