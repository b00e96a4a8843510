package cn.nanchang.budgetflow.procurement.internal;

import cn.nanchang.budgetflow.approval.DemoApprovals;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLines;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.document.DocumentFilter;
import cn.nanchang.budgetflow.document.DocumentLifecycle;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.procurement.ProcurementPlanInput.ItemInput;
import cn.nanchang.budgetflow.procurement.ProcurementPlanInput;
import cn.nanchang.budgetflow.procurement.ProcurementPlanService;
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
 * Demo mode only: the seed's 2023 government procurement, 397万 = goods 15 + works 0 + services 382
 * (DOMAIN.md §4), as three section plans, each funded by a line of the approved 2023 budget drafts
 * that the budget-year demo (@Order 16, demo/budget-years.json) approves: 综合科's office supplies from its
 * 办公费 line (the seed has no capital expenditure, so no 办公设备购置), and the two projects'
 * services from the lines that fund the approved projects. Everything goes through the real
 * processes as the demo users. Idempotent.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "budgetflow.demo-documents", havingValue = "true")
class DemoProcurement2023 implements ApplicationRunner {

    static final int YEAR = 2023;
    private static final Logger log = LoggerFactory.getLogger(DemoProcurement2023.class);

    private final ApprovedBudgetLines approvedLines;
    private final ProcurementPlanService plans;
    private final DocumentLifecycle lifecycle;
    private final DocumentQueries queries;
    private final DemoApprovals approvals;
    private final ActingAs acting;
    private final TransactionTemplate transaction;

    DemoProcurement2023(ApprovedBudgetLines approvedLines, ProcurementPlanService plans, DocumentLifecycle lifecycle,
            DocumentQueries queries, DemoApprovals approvals, ActingAs acting, PlatformTransactionManager transactions) {
        this.approvedLines = approvedLines;
        this.plans = plans;
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

    /** All of it in one transaction: a failure leaves no half-seeded year behind. */
    private void seed() {
        boolean seeded = acting.run("finance", () -> queries.count(
            new DocumentFilter(DocumentType.PROCUREMENT_PLAN, YEAR, null, null)) > 0);
        if (seeded) {
            return;
        }
        long officeLine = line("S01", ExpenditureKind.BASIC_PUBLIC, "30201");
        long websiteLine = line("S04", ExpenditureKind.PROJECT, "30213");
        long networkLine = line("S02", ExpenditureKind.PROJECT, "30213");
        approvedPlan("staff1", "head1", item("GOODS", "办公用品及打印耗材", "1", "批", "150000.00", "FRAMEWORK_AGREEMENT", "CENTRALIZED",
            true, officeLine, "2023-04", "全年办公用纸、硒鼓墨盒等办公用品及打印耗材，按集中采购目录框架协议采购"));
        approvedPlan("staff4", "head4", item("SERVICES", "南昌市政府网站集约化平台运维服务", "1", "项", "3000000.00", "PUBLIC_TENDER",
            "DECENTRALIZED", false, websiteLine, "2023-03", "集约化平台基础环境、应用系统与内容运维，全年服务"));
        approvedPlan("staff2", "head2", item("SERVICES", "党政信息网运行维护服务", "1", "项", "820000.00", "COMPETITIVE_CONSULTATION",
            "DECENTRALIZED", false, networkLine, "2023-02", "政务外网及乡乡通线路运行维护、机房与网络设备维保"));
        log.info("demo 2023 procurement seeded: 397万 = goods 15 + services 382");
    }

    /** The approved 2023 line of a section with this kind and economic code, which the budget demo filed. */
    private long line(String section, ExpenditureKind kind, String economicCode) {
        List<ApprovedBudgetLine> lines = approvedLines.ofSection(section, YEAR);
        return lines.stream().filter(l -> l.kind() == kind && l.economicCode().equals(economicCode)).findFirst()
            .map(ApprovedBudgetLine::lineId)
            .orElseThrow(() -> new IllegalStateException("demo budget line missing: " + section + " " + economicCode));
    }

    private void approvedPlan(String staff, String head, ItemInput item) {
        long id = acting.run(staff, () -> {
            long created = plans.create(new ProcurementPlanInput(YEAR, List.of(item))).id();
            lifecycle.submit(created);
            return created;
        });
        approvals.approveThroughout(id, head, YEAR);
    }

    private static ItemInput item(String category, String name, String quantity, String unit, String amount, String method,
            String form, boolean inCatalogue, long fundingLine, String startMonth, String overview) {
        return new ItemInput(category, name, quantity, unit, amount, method, form, inCatalogue, fundingLine, startMonth,
            overview, null);
    }
}
