package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.ledger.InsufficientFundsException;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, makes every plan that reserved money before the ledger existed (submitted and not
 * withdrawn: IN_REVIEW, RETURNED, APPROVED) hold its freeze, so that an upgraded database comes
 * out right. Idempotent: a plan that already holds its items' amounts moves nothing. Each plan in
 * a transaction of its own; one that no longer fits (overdrawn before the ledger) is logged and
 * left unfrozen rather than stopping the start. Runs after the ledger's backfill (@Order 25).
 */
@Component
@Order(26)
class ProcurementFreezeBackfill implements ApplicationRunner {

    static final Set<DocumentStatus> RESERVING = Set.of(DocumentStatus.IN_REVIEW, DocumentStatus.RETURNED,
        DocumentStatus.APPROVED);
    private static final Logger LOG = LoggerFactory.getLogger(ProcurementFreezeBackfill.class);

    private final ProcurementPlanRepository plans;
    private final ProcurementFreezes freezes;
    private final TransactionTemplate tx;

    ProcurementFreezeBackfill(ProcurementPlanRepository plans, ProcurementFreezes freezes, PlatformTransactionManager transactions) {
        this.plans = plans;
        this.freezes = freezes;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Long> ids = tx.execute(status -> plans.findByStatusInOrderByIdAsc(RESERVING).stream().map(ProcurementPlan::getId).toList());
        for (Long id : ids) {
            try {
                tx.executeWithoutResult(status -> {
                    ProcurementPlan plan = plans.findById(id).orElseThrow();
                    freezes.freeze(plan, "system");
                });
            } catch (InsufficientFundsException overdrawn) {
                LOG.warn("Procurement plan {} cannot be frozen: {}", id, overdrawn.getMessage());
            }
        }
    }
}
