package cn.nanchang.budgetflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Money;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Approvals started on a process-test engine for the operation tests: a document of section S01
 * drafted by staff1, routed 科长 → 财务 → 主任 → 数据局 (a project under the meeting threshold,
 * procurement at the public-tender threshold), approved step by step.
 */
final class RunningApprovals {

    private final AtomicLong nextDocument = new AtomicLong(1);
    private final ApprovalProcesses processes;
    private final ApprovalTasks tasks;

    RunningApprovals(ApprovalProcesses processes, ApprovalTasks tasks) {
        this.processes = processes;
        this.tasks = tasks;
    }

    /** The workflow facade wired to a test engine, as the process tests of the operations need it. */
    static RunningApprovals on(org.camunda.bpm.engine.ProcessEngine engine) {
        ApprovalTasks tasks = new ApprovalTasks(engine.getTaskService(), engine.getRuntimeService(), engine.getHistoryService());
        ApprovalProcesses processes = new ApprovalProcesses(engine.getRuntimeService(), engine.getTaskService(),
            new cn.nanchang.budgetflow.workflow.internal.ProcessModels(engine.getRepositoryService()));
        return new RunningApprovals(processes, tasks);
    }

    ApprovalTasks tasks() {
        return tasks;
    }

    ApprovalRequest submit(DocumentType type, String amount) {
        long id = nextDocument.getAndIncrement();
        ApprovalRequest request = type == DocumentType.PROCUREMENT_PLAN
            ? new ApprovalRequest(type, id, "S01", "staff1", Money.yuan("2000000.00"),
                Map.of(ProcessVariables.PROCUREMENT_METHOD, "公开招标", ProcessVariables.METHOD_CHANGED, false))
            : type == DocumentType.BUDGET_ADJUSTMENT ? addition(id, amount)
            : new ApprovalRequest(type, id, "S01", "staff1", Money.yuan(amount));
        processes.start(request);
        return request;
    }

    /**
     * A document whose route has every review step of its model: a budget draft, a project at the
     * meeting threshold, single-source procurement, a 调剂 between projects (主任办公会 and 数据局 both).
     */
    ApprovalRequest submitOverEveryStep(DocumentType type) {
        long id = nextDocument.getAndIncrement();
        ApprovalRequest request = type == DocumentType.PROCUREMENT_PLAN
            ? new ApprovalRequest(type, id, "S01", "staff1", Money.yuan("300000.00"),
                Map.of(ProcessVariables.PROCUREMENT_METHOD, "单一来源", ProcessVariables.METHOD_CHANGED, false))
            : type == DocumentType.BUDGET_ADJUSTMENT ? acrossProjects(id, "500000.00")
            : new ApprovalRequest(type, id, "S01", "staff1", Money.yuan("500000.00"));
        processes.start(request);
        return request;
    }

    /** A 调剂 between projects: 主任办公会 and 数据局 after the director, whatever the amount. */
    static ApprovalRequest acrossProjects(long id, String amount) {
        return adjustment(id, amount, "TRANSFER", "ACROSS_PROJECTS_OR_FUNCTIONS");
    }

    /** A 追加: 数据局 after the director, without the meeting, whatever the amount. */
    static ApprovalRequest addition(long id, String amount) {
        return adjustment(id, amount, "ADDITION", "WITHIN_PROJECT_ECONOMIC");
    }

    private static ApprovalRequest adjustment(long id, String amount, String kind, String scope) {
        return new ApprovalRequest(DocumentType.BUDGET_ADJUSTMENT, id, "S01", "staff1", Money.yuan(amount),
            Map.of(ProcessVariables.ADJUSTMENT_KIND, kind, ProcessVariables.ADJUSTMENT_SCOPE, scope));
    }

    void approve(ApprovalRequest request, String... reviewers) {
        for (String reviewer : reviewers) {
            tasks.complete(open(request), reviewer, Decision.APPROVE, null);
        }
    }

    /** The document's one open task. */
    OpenTask open(ApprovalRequest request) {
        List<OpenTask> open = tasks.openTasksOf(request.documentId());
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    static ProcessInstance instance(ApprovalRequest request) {
        return processInstanceQuery().processInstanceBusinessKey(Long.toString(request.documentId())).singleResult();
    }
}
