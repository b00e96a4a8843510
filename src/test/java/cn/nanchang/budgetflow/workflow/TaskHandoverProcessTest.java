package cn.nanchang.budgetflow.workflow;

import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.TASK_DIRECTOR_REVIEW;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.TASK_FINANCE_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.DocumentType;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 转办 and 委派 on all three processes, through the workflow module's facade on a real engine:
 * a transferred task is the target's and goes on as theirs; a delegated task cannot be completed
 * by its delegate, comes back to its owner when resolved, and the owner's approval moves the
 * document on; someone acting as another person (代理审批) finds and completes their task. The
 * step ids are the same in the three models.
 *
 * <p>A unit's proposal (UNIT_PROPOSAL) has neither 科长 nor 财务: its route is 主任办公会 → 中心主任 →
 * 数据局. The tests walked from those two steps leave it out; {@link UnitProposalApprovalProcessTest}
 * walks the same operations from the proposal's own steps.
 */
@Deployment(resources = {"processes/budget-draft-approval.bpmn", "processes/project-application-approval.bpmn",
    "processes/procurement-plan-approval.bpmn", "processes/unit-proposal-approval.bpmn", "processes/approval-routing.dmn",
    "processes/budget-adjustment-approval.bpmn", "processes/adjustment-routing.dmn"})
class TaskHandoverProcessTest {

    private static final ProcessTestEngine.MilestoneRecorder milestones = new ProcessTestEngine.MilestoneRecorder();
    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
        .useProcessEngine(ProcessTestEngine.create("task-handover-test", milestones)).build();

    private RunningApprovals approvals;
    private ApprovalTasks tasks;
    private TaskHandover handover;
    private ProcessEngine engine;

    @BeforeEach
    void wireTheFacadeToThisEngine() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        approvals = RunningApprovals.on(engine);
        tasks = approvals.tasks();
        handover = new TaskHandover(engine.getTaskService());
        milestones.clear();
    }

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = "UNIT_PROPOSAL", mode = EnumSource.Mode.EXCLUDE)
    void a_transferred_task_is_assigned_to_its_target_who_approves_it_and_the_document_moves_on(DocumentType type) {
        ApprovalRequest request = approvals.submit(type, "300000.00");
        approvals.approve(request, "head1");
        OpenTask finance = approvals.open(request);
        assertThat(handover.candidateGroups(finance.taskId())).containsExactly("finance");

        handover.transfer(finance, "finance2", "本人出差");

        assertThat(task(RunningApprovals.instance(request))).isAssignedTo("finance2");
        assertThat(handover.candidateGroups(finance.taskId())).containsExactly("finance");
        assertThat(comments(finance.taskId())).containsExactly("本人出差");
        assertThat(tasks.actionable(finance.taskId(), "finance2", List.of("finance")).assignee()).isEqualTo("finance2");
        assertThatThrownBy(() -> tasks.actionable(finance.taskId(), "finance", List.of("finance")))
            .isInstanceOf(ConflictException.class);
        tasks.complete(approvals.open(request), "finance2", Decision.APPROVE, null);
        assertThat(RunningApprovals.instance(request)).hasPassed(TASK_FINANCE_REVIEW).isWaitingAt(TASK_DIRECTOR_REVIEW);
    }

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = "UNIT_PROPOSAL", mode = EnumSource.Mode.EXCLUDE)
    void a_delegated_task_goes_to_the_delegate_and_comes_back_to_its_owner_who_approves(DocumentType type) {
        ApprovalRequest request = approvals.submit(type, "300000.00");
        approvals.approve(request, "head1");
        OpenTask finance = approvals.open(request);

        handover.delegate(finance, "finance", "head1", "请核对本科室明细");

        OpenTask delegated = approvals.open(request);
        assertThat(delegated.delegation()).isEqualTo(TaskDelegation.PENDING);
        assertThat(delegated.assignee()).isEqualTo("head1");
        assertThat(delegated.owner()).isEqualTo("finance");
        assertThat(tasks.inbox("head1", List.of(), 0, 10)).extracting(OpenTask::taskId).contains(finance.taskId());
        assertThatThrownBy(() -> tasks.complete(delegated, "head1", Decision.APPROVE, null))
            .isInstanceOf(ConflictException.class);
        assertThat(RunningApprovals.instance(request)).isWaitingAt(TASK_FINANCE_REVIEW);

        handover.resolve(delegated, "明细无误");

        OpenTask back = approvals.open(request);
        assertThat(back.delegation()).isEqualTo(TaskDelegation.RESOLVED);
        assertThat(back.assignee()).isEqualTo("finance");
        assertThat(comments(finance.taskId())).containsExactlyInAnyOrder("请核对本科室明细", "明细无误");
        tasks.complete(back, "finance", Decision.APPROVE, null);
        assertThat(RunningApprovals.instance(request)).hasPassed(TASK_FINANCE_REVIEW).isWaitingAt(TASK_DIRECTOR_REVIEW);
    }

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = "UNIT_PROPOSAL", mode = EnumSource.Mode.EXCLUDE)
    void a_task_with_its_delegate_can_be_neither_transferred_nor_delegated_again_and_only_a_delegated_task_resolves(
            DocumentType type) {
        ApprovalRequest request = approvals.submit(type, "300000.00");
        approvals.approve(request, "head1");
        OpenTask finance = approvals.open(request);
        assertThatThrownBy(() -> handover.resolve(finance, "无")).isInstanceOf(ConflictException.class);

        handover.delegate(finance, "finance", "director", "请主任先看");
        OpenTask delegated = approvals.open(request);

        assertThatThrownBy(() -> handover.transfer(delegated, "finance2", "改派")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> handover.delegate(delegated, "director", "bureau", "再委派"))
            .isInstanceOf(ConflictException.class);
        assertThat(task(RunningApprovals.instance(request))).isAssignedTo("director");
    }

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = "UNIT_PROPOSAL", mode = EnumSource.Mode.EXCLUDE)
    void the_owner_of_a_resolved_task_may_return_it_like_any_task(DocumentType type) {
        ApprovalRequest request = approvals.submit(type, "300000.00");
        approvals.approve(request, "head1");
        handover.delegate(approvals.open(request), "finance", "head1", "请核对");
        handover.resolve(approvals.open(request), "有误");

        tasks.complete(approvals.open(request), "finance", Decision.RETURN, "请修改");

        assertThat(RunningApprovals.instance(request)).isWaitingAt(BudgetDraftApproval.TASK_REVISE_DRAFT);
    }

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = "UNIT_PROPOSAL", mode = EnumSource.Mode.EXCLUDE)
    void someone_acting_as_the_section_head_finds_a_claimed_task_and_completes_it_as_themselves(DocumentType type) {
        ApprovalRequest request = approvals.submit(type, "300000.00");
        OpenTask head = approvals.open(request);
        tasks.claim(head.taskId(), "head1");
        List<String> actingAs = List.of("director", "head1");

        assertThat(tasks.inbox("director", List.of("director"), 0, 100)).extracting(OpenTask::taskId).doesNotContain(head.taskId());
        assertThat(tasks.inbox(actingAs, List.of("director", "section-head-S01"), 0, 100)).extracting(OpenTask::taskId)
            .contains(head.taskId());
        OpenTask held = tasks.actionable(head.taskId(), actingAs, List.of("director", "section-head-S01"));
        tasks.complete(held, "director", Decision.APPROVE, null);

        assertThat(RunningApprovals.instance(request)).isWaitingAt(TASK_FINANCE_REVIEW);
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(head.taskId()).singleResult()
            .getAssignee()).isEqualTo("director");
    }

    private List<String> comments(String taskId) {
        return engine.getTaskService().getTaskComments(taskId).stream().map(Comment::getFullMessage).toList();
    }
}
