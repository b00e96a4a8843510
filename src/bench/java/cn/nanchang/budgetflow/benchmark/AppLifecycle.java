package cn.nanchang.budgetflow.benchmark;

import cn.nanchang.budgetflow.approval.DocumentReview;
import cn.nanchang.budgetflow.approval.InboxItem;
import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.budget.BudgetDraftInput;
import cn.nanchang.budgetflow.budget.BudgetDraftService;
import cn.nanchang.budgetflow.document.DocumentLifecycle;
import cn.nanchang.budgetflow.workflow.Decision;
import java.util.List;

/**
 * The same lifecycle through the application's service layer, as the REST API and the UI call
 * it: a 科员 creates the draft (validated, numbered, stored with its line, audited) and submits
 * it (process start, status, audit), then 科长, 财务, 主任 and 数据局 each find their task on the
 * document and approve it (candidate check, assignee, comment, completion, status, audit).
 */
final class AppLifecycle {

    static final int FISCAL_YEAR = 2031;
    private static final List<String> REVIEWERS = List.of("head1", "finance", "director", "bureau");

    private final RunningApp app;
    private final BudgetDraftService drafts;
    private final DocumentLifecycle lifecycle;
    private final DocumentReview review;

    AppLifecycle(RunningApp app) {
        this.app = app;
        this.drafts = app.bean(BudgetDraftService.class);
        this.lifecycle = app.bean(DocumentLifecycle.class);
        this.review = app.bean(DocumentReview.class);
    }

    /** Create, submit, four approvals; the created draft's id. */
    long run(Latencies latencies) {
        long id = app.as("staff1", () -> latencies.measure("create draft", () -> drafts.create(new BudgetDraftInput(FISCAL_YEAR,
            List.of(new BudgetDraftInput.LineInput("2010350", "30201", "BASIC_PUBLIC", "12345.67", "办公费"))))).id());
        app.as("staff1", () -> latencies.measure("start / submit", () -> lifecycle.submit(id)));
        DocumentStatus status = null;
        for (String reviewer : REVIEWERS) {
            InboxItem task = app.as(reviewer, () -> latencies.measure("find task", () -> review.myTaskOn(id).orElseThrow()));
            status = app.as(reviewer, () -> latencies.measure("approve",
                () -> review.decide(task.taskId(), Decision.APPROVE, "同意")));
        }
        if (status != DocumentStatus.APPROVED) {
            throw new IllegalStateException("draft " + id + " ended as " + status + " after four approvals");
        }
        return id;
    }
}
