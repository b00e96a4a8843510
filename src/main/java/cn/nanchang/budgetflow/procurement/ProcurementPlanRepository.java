package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.base.DocumentStatus;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProcurementPlanRepository extends JpaRepository<ProcurementPlan, Long> {

    /** The plans in these statuses, oldest first; for the start-up freeze backfill. */
    List<ProcurementPlan> findByStatusInOrderByIdAsc(Collection<DocumentStatus> statuses);
}
