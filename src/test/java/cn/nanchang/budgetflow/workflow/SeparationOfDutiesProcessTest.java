package cn.nanchang.budgetflow.workflow;

import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.TASK_DIRECTOR_REVIEW;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.TASK_FINANCE_REVIEW;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.TASK_SECTION_HEAD_REVIEW;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.DocumentType;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 不相容岗位分离 on a real engine, through the workflow facade every decision goes through: whoever
 * decided one step of an approval (here as the 科长's proxy) is refused another step of it, the
 * drafter is refused every step, and the refused decision leaves the process where it was.
 */
@Deployment(resources = {"processes/budget-draft-approval.bpmn", "processes/approval-routing.dmn"})
class SeparationOfDutiesProcessTest {

    private static final ProcessTestEngine.MilestoneRecorder milestones = new ProcessTestEngine.MilestoneRecorder();
    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
        .useProcessEngine(ProcessTestEngine.create("separation-of-duties-test", milestones)).build();

    private RunningApprovals approvals;
    private ApprovalTasks tasks;

    @BeforeEach
    void wireTheFacadeToThisEngine() {
        BpmnAwareTests.init(extension.getProcessEngine());
        approvals = RunningApprovals.on(extension.getProcessEngine());
        tasks = approvals.tasks();
    }

    @Test
    void one_who_decided_the_section_heads_step_as_proxy_may_not_decide_the_finance_step_as_themselves() {
        ApprovalRequest request = approvals.submit(DocumentType.BUDGET_DRAFT, "300000.00");
        approvals.approve(request, "finance");
        assertThat(RunningApprovals.instance(request)).hasPassed(TASK_SECTION_HEAD_REVIEW).isWaitingAt(TASK_FINANCE_REVIEW);

        assertThatThrownBy(() -> tasks.complete(approvals.open(request), "finance", Decision.APPROVE, null))
            .isInstanceOf(ConflictException.class).hasMessageContaining("不相容岗位分离").hasMessageContaining("科长审核");

        assertThat(RunningApprovals.instance(request)).isWaitingAt(TASK_FINANCE_REVIEW);
        approvals.approve(request, "finance2");
        assertThat(RunningApprovals.instance(request)).hasPassed(TASK_FINANCE_REVIEW).isWaitingAt(TASK_DIRECTOR_REVIEW);
    }

    @Test
    void a_return_is_a_decision_too_and_the_same_step_in_a_later_round_is_not_another_step() {
        ApprovalRequest request = approvals.submit(DocumentType.BUDGET_DRAFT, "300000.00");
        approvals.approve(request, "head1");
        tasks.complete(approvals.open(request), "finance", Decision.RETURN, "请补充");
        tasks.complete(approvals.open(request), "staff1", Decision.APPROVE, null);
        assertThat(RunningApprovals.instance(request)).isWaitingAt(TASK_SECTION_HEAD_REVIEW);

        assertThatThrownBy(() -> tasks.complete(approvals.open(request), "finance", Decision.APPROVE, null))
            .isInstanceOf(ConflictException.class).hasMessageContaining("财务审核");
        approvals.approve(request, "head1");
        assertThat(RunningApprovals.instance(request)).isWaitingAt(TASK_FINANCE_REVIEW);
    }

    @Test
    void the_drafter_may_decide_no_step_of_their_own_document() {
        ApprovalRequest request = approvals.submit(DocumentType.BUDGET_DRAFT, "300000.00");

        assertThatThrownBy(() -> tasks.complete(approvals.open(request), "staff1", Decision.APPROVE, null))
            .isInstanceOf(ConflictException.class).hasMessageContaining("本人起草");

        assertThat(RunningApprovals.instance(request)).isWaitingAt(TASK_SECTION_HEAD_REVIEW);
    }
}
