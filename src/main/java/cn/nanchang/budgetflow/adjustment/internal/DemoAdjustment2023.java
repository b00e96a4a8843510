package cn.nanchang.budgetflow.adjustment.internal;

import cn.nanchang.budgetflow.adjustment.BudgetAdjustmentInput;
import cn.nanchang.budgetflow.adjustment.BudgetAdjustmentInput.RowInput;
import cn.nanchang.budgetflow.adjustment.BudgetAdjustmentService;
import cn.nanchang.budgetflow.approval.DemoApprovals;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.document.DocumentFilter;
import cn.nanchang.budgetflow.document.DocumentLifecycle;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.ledger.IndicatorSummary;
import cn.nanchang.budgetflow.ledger.Indicators;
import cn.nanchang.budgetflow.security.ActingAs;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only: one 调剂 approved in July 2023 (an EXAMPLE, 示例). 数字政务与网站管理科 moves 20万
 * inside its website project, from the 维修(护)费 line (361万, of which the approved procurement
 * plan holds 300万) to a new 委托业务费 line for the platform's 等级保护测评 — a transfer inside one
 * project below the collective threshold, so 科长 → 财务 → 中心主任 approve it and the ledger moves.
 * It needs the 2023 指标 (issued at the budget-year demo's 批复, @Order 16, or by the ledger's backfill,
 * @Order 25) and the procurement plan's freeze (@Order 20, backfilled at @Order 26), so it runs
 * after them, as the first demo data that moves the ledger; the example payments come after it and
 * spend the adjusted quotas. The dates are the seed's: the texts say when it happened. Idempotent.
 */
@Component
@Order(DemoAdjustment2023.ORDER)
@ConditionalOnProperty(name = "budgetflow.demo-documents", havingValue = "true")
class DemoAdjustment2023 implements ApplicationRunner {

    static final int ORDER = 27;
    static final int YEAR = 2023;
    static final String AMOUNT = "200000.00";
    private static final Logger log = LoggerFactory.getLogger(DemoAdjustment2023.class);

    private final BudgetAdjustmentService adjustments;
    private final Indicators indicators;
    private final DocumentLifecycle lifecycle;
    private final DocumentQueries queries;
    private final DemoApprovals approvals;
    private final ActingAs acting;
    private final TransactionTemplate transaction;

    DemoAdjustment2023(BudgetAdjustmentService adjustments, Indicators indicators, DocumentLifecycle lifecycle,
            DocumentQueries queries, DemoApprovals approvals, ActingAs acting, PlatformTransactionManager transactions) {
        this.adjustments = adjustments;
        this.indicators = indicators;
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.approvals = approvals;
        this.acting = acting;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> seed());
    }

    private void seed() {
        boolean seeded = acting.run("finance", () -> queries.count(
            new DocumentFilter(DocumentType.BUDGET_ADJUSTMENT, YEAR, null, null)) > 0);
        if (seeded) {
            return;
        }
        long id = acting.run("staff4", () -> {
            IndicatorSummary maintenance = indicators.list(YEAR, "S04").stream()
                .filter(i -> i.kind() == ExpenditureKind.PROJECT && i.economicCode().equals("30213")).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo 2023 指标 of S04's website project missing"));
            long created = adjustments.create(input(maintenance)).id();
            lifecycle.submit(created);
            return created;
        });
        approvals.approveThroughout(id, "head4", YEAR);
        log.info("demo 2023 budget adjustment approved: 20万 inside S04's website project, 30213 → 30227");
    }

    static BudgetAdjustmentInput input(IndicatorSummary maintenance) {
        return new BudgetAdjustmentInput(YEAR, "TRANSFER",
            "2023年7月，南昌市政府网站集约化平台须完成网络安全等级保护（三级）测评（示例）。平台运维服务合同执行后，维修（护）费尚有结余，"
                + "拟在项目内由维修（护）费调剂20万元至委托业务费，委托第三方测评机构开展等保测评及整改复测。",
            "等保三级测评报价18万元（含整改复测），安全加固咨询2万元，合计20万元；维修（护）费年初361万元，采购计划占用300万元，可用61万元，调减后余41万元，满足下半年零星维修需要（示例）。",
            "项目绩效目标增加“平台通过网络安全等级保护三级测评”（质量指标，2023年12月底前完成），其余产出与效益指标不变（示例）。",
            null,
            List.of(new RowInput("DECREASE", maintenance.id(), null, null, null, null, AMOUNT),
                new RowInput("INCREASE", null, "PROJECT", maintenance.functionCode(), "30227", maintenance.projectId(),
                    AMOUNT)));
    }
}
