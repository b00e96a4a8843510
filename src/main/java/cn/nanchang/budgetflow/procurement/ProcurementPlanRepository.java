package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.base.DocumentStatus;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProcurementPlanRepository extends JpaRepository<ProcurementPlan, Long> {

    /** Per budget line, the sum of the items of other plans in the given statuses: [lineId, sum]. */
    @Query("select i.fundingLineId, sum(i.amount) from ProcurementItem i join i.plan p"
        + " where i.fundingLineId in :lines and p.id <> :planId and p.status in :statuses group by i.fundingLineId")
    List<Object[]> committedElsewhere(@Param("lines") Collection<Long> lineIds, @Param("planId") long planId,
        @Param("statuses") Collection<DocumentStatus> statuses);
}
