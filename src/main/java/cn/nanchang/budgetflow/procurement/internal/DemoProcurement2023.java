package cn.nanchang.budgetflow.procurement.internal;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLines;
import cn.nanchang.budgetflow.budget.BudgetDraftInput;
import cn.nanchang.budgetflow.budget.BudgetDraftInput.LineInput;
import cn.nanchang.budgetflow.budget.BudgetDraftService;
import cn.nanchang.budgetflow.document.DocumentFilter;
import cn.nanchang.budgetflow.document.DocumentLifecycle;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.document.DocumentReview;
import cn.nanchang.budgetflow.document.MeetingRecord;
import cn.nanchang.budgetflow.procurement.ProcurementPlanInput;
import cn.nanchang.budgetflow.procurement.ProcurementPlanInput.ItemInput;
import cn.nanchang.budgetflow.procurement.ProcurementPlanService;
import cn.nanchang.budgetflow.project.ApprovedProject;
import cn.nanchang.budgetflow.project.ProjectLibrary;
import cn.nanchang.budgetflow.security.ActingAs;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.workflow.Decision;
import java.time.LocalDate;
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
 * (DOMAIN.md §4), as three section plans, each funded by a line of an approved 2023 budget draft:
 * 综合科's office equipment from its basic public line, and the two projects' services from the
 * budget lines that fund the approved projects. Everything goes through the real processes as the
 * demo users. Runs after the demo projects (@Order 10) and is idempotent.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "budgetflow.demo-documents", havingValue = "true")
class DemoProcurement2023 implements ApplicationRunner {

    static final int YEAR = 2023;
    private static final Logger log = LoggerFactory.getLogger(DemoProcurement2023.class);
    private static final List<String> REVIEWERS = List.of("finance", "director", "director", "bureau");

    private final BudgetDraftService drafts;
    private final ApprovedBudgetLines approvedLines;
    private final ProcurementPlanService plans;
    private final ProjectLibrary projects;
    private final DocumentLifecycle lifecycle;
    private final DocumentReview review;
    private final DocumentQueries queries;
    private final ActingAs acting;
    private final TransactionTemplate transaction;

    DemoProcurement2023(BudgetDraftService drafts, ApprovedBudgetLines approvedLines, ProcurementPlanService plans, ProjectLibrary projects,
            DocumentLifecycle lifecycle, DocumentReview review, DocumentQueries queries, ActingAs acting,
            PlatformTransactionManager transactions) {
        this.drafts = drafts;
        this.approvedLines = approvedLines;
        this.plans = plans;
        this.projects = projects;
        this.lifecycle = lifecycle;
        this.review = review;
        this.queries = queries;
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
        long officeLine = approvedDraft("staff1", "head1", List.of(
            line("2010350", "30201", "BASIC_PUBLIC", "120000.00", "办公费", null),
            line("2010350", "31002", "BASIC_PUBLIC", "150000.00", "办公设备购置", null)), 1);
        long websiteLine = approvedDraft("staff4", "head4", List.of(
            line("2010350", "30213", "PROJECT", "3610000.00", "南昌市政府网站集约化平台运维", project("S04"))), 0);
        long networkLine = approvedDraft("staff2", "head2", List.of(
            line("2010350", "30213", "PROJECT", "976200.00", "党政信息网运行维护", project("S02"))), 0);
        approvedPlan("staff1", "head1", item("GOODS", "台式计算机及打印机", "30", "台", "150000.00", "FRAMEWORK_AGREEMENT", "CENTRALIZED",
            true, officeLine, "2023-04", "办公用台式计算机25台、打印机5台，按集中采购目录框架协议采购"));
        approvedPlan("staff4", "head4", item("SERVICES", "南昌市政府网站集约化平台运维服务", "1", "项", "3000000.00", "PUBLIC_TENDER",
            "DECENTRALIZED", false, websiteLine, "2023-03", "集约化平台基础环境、应用系统与内容运维，全年服务"));
        approvedPlan("staff2", "head2", item("SERVICES", "党政信息网运行维护服务", "1", "项", "820000.00", "COMPETITIVE_CONSULTATION",
            "DECENTRALIZED", false, networkLine, "2023-02", "政务外网及乡乡通线路运行维护、机房与网络设备维保"));
        log.info("demo 2023 procurement seeded: 397万 = goods 15 + services 382");
    }

    private Long project(String section) {
        return acting.run("finance", () -> projects.list(YEAR, section).stream().findFirst().map(ApprovedProject::id)
            .orElseThrow(() -> new IllegalStateException("demo project of " + section + " missing")));
    }

    /** Files a 2023 draft, walks it through all four reviews and returns the id of one of its lines. */
    private long approvedDraft(String staff, String head, List<LineInput> lines, int fundingLineIndex) {
        long id = acting.run(staff, () -> {
            long created = drafts.create(new BudgetDraftInput(YEAR, lines)).id();
            lifecycle.submit(created);
            return created;
        });
        approveAll(id, head);
        return acting.run(staff, () -> approvedLines.visible(YEAR, null).stream()
            .filter(l -> l.draftId() == id && l.lineNo() == fundingLineIndex + 1)
            .findFirst().orElseThrow().lineId());
    }

    private void approvedPlan(String staff, String head, ItemInput item) {
        long id = acting.run(staff, () -> {
            long created = plans.create(new ProcurementPlanInput(YEAR, List.of(item))).id();
            lifecycle.submit(created);
            return created;
        });
        approveAll(id, head);
    }

    private void approveAll(long id, String head) {
        for (String reviewer : concat(head)) {
            acting.run(reviewer, () -> review.myTaskOn(id).map(task -> {
                boolean collective = task.step() == ApprovalStep.COLLECTIVE_DECISION;
                return review.decide(task.taskId(), Decision.APPROVE, "同意（演示数据）",
                    collective ? new MeetingRecord(LocalDate.of(YEAR, 1, 16), "中心领导班子成员", "主任办公会纪要〔2023〕1号") : null);
            }).orElse(null));
        }
        DocumentStatus status = acting.run("finance", () -> queries.list(
            new DocumentFilter(null, YEAR, null, null), 0, 500).stream().filter(d -> d.id() == id).findFirst().orElseThrow().status());
        if (status != DocumentStatus.APPROVED) {
            throw new IllegalStateException("demo document " + id + " ended " + status);
        }
    }

    private static List<String> concat(String head) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(head), REVIEWERS.stream()).toList();
    }

    private static LineInput line(String function, String economic, String kind, String amount, String note, Long project) {
        return new LineInput(function, economic, kind, amount, note, project);
    }

    private static ItemInput item(String category, String name, String quantity, String unit, String amount, String method,
            String form, boolean inCatalogue, long fundingLine, String startMonth, String overview) {
        return new ItemInput(category, name, quantity, unit, amount, method, form, inCatalogue, fundingLine, startMonth,
            overview, null);
    }
}
