package cn.nanchang.budgetflow.workflow;

import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.BOUNDARY_SIGNER_REMOVED;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.GATEWAY_ADDED_SIGNER_DECISION;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.GATEWAY_RESUME_AT;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.TASK_ADDED_SIGNER_REVIEW;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.TASK_BUREAU_REVIEW;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.TASK_DIRECTOR_REVIEW;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.TASK_FINANCE_REVIEW;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.TASK_REVISE_DRAFT;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.TASK_SECTION_HEAD_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.DocumentType;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 加签 and 减签 on the three models: every review step's boundary event 加签 into
 * Task_AddedSignerReview, the gateways after it, each of their flows walked — back to 科长, 财务,
 * 主任, 数据局 and (routed models) 主任办公会 after an approval, to the drafter after a return — and
 * 减签, the boundary event that removes an added signer who has not acted. The tasks people see
 * are the same as when these were jumps by process instance modification.
 *
 * <p>A unit's proposal (UNIT_PROPOSAL) has neither 科长 nor 财务: its route is 主任办公会 → 中心主任 →
 * 数据局. The tests walked from those two steps leave it out; {@link UnitProposalApprovalProcessTest}
 * walks the same operations from the proposal's own steps.
 */
@Deployment(resources = {"processes/budget-draft-approval.bpmn", "processes/project-application-approval.bpmn",
    "processes/procurement-plan-approval.bpmn", "processes/unit-proposal-approval.bpmn", "processes/approval-routing.dmn",
    "processes/budget-adjustment-approval.bpmn", "processes/adjustment-routing.dmn"})
class AddedSignerProcessTest {

    private static final ProcessTestEngine.MilestoneRecorder milestones = new ProcessTestEngine.MilestoneRecorder();
    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
        .useProcessEngine(ProcessTestEngine.create("added-signer-test", milestones)).build();

    private RunningApprovals approvals;
    private ApprovalTasks tasks;
    private AddedSigners signers;
    private ProcessEngine engine;

    @BeforeEach
    void wireTheFacadeToThisEngine() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        approvals = RunningApprovals.on(engine);
        tasks = approvals.tasks();
        signers = new AddedSigners(engine.getRuntimeService(), engine.getTaskService(), tasks);
        milestones.clear();
    }

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = "UNIT_PROPOSAL", mode = EnumSource.Mode.EXCLUDE)
    void a_signer_added_before_the_section_head_signs_first_and_the_section_head_then_reviews_again(DocumentType type) {
        ApprovalRequest request = approvals.submit(type, "300000.00");

        signers.addBefore(approvals.open(request), "head1", "director", "请主任先把关");

        assertThat(RunningApprovals.instance(request)).isWaitingAt(TASK_ADDED_SIGNER_REVIEW)
            .hasPassedInOrder("BoundaryEvent_SectionHeadReviewAddSigner", "Gateway_AddedSignerJoin");
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_SECTION_HEAD_REVIEW)
            .processInstanceBusinessKey(Long.toString(request.documentId())).count()).isZero();
        assertThat(task(RunningApprovals.instance(request))).isAssignedTo("director");
        assertThat(approvals.open(request).step()).isEqualTo(ApprovalStep.ADDED_SIGNER_REVIEW);
        approvals.approve(request, "director");
        assertThat(RunningApprovals.instance(request)).isWaitingAt(TASK_SECTION_HEAD_REVIEW)
            .hasPassedInOrder(TASK_ADDED_SIGNER_REVIEW, GATEWAY_ADDED_SIGNER_DECISION, GATEWAY_RESUME_AT, "Gateway_ReviewStart");
        approvals.approve(request, "head1");
        assertThat(RunningApprovals.instance(request)).isWaitingAt(TASK_FINANCE_REVIEW);
    }

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = "UNIT_PROPOSAL", mode = EnumSource.Mode.EXCLUDE)
    void a_signer_added_before_finance_brings_the_document_back_to_finance(DocumentType type) {
        ApprovalRequest request = approvals.submit(type, "300000.00");
        approvals.approve(request, "head1");

        signers.addBefore(approvals.open(request), "finance", "bureau", "请数据局先看");
        approvals.approve(request, "bureau");

        assertThat(RunningApprovals.instance(request)).isWaitingAt(TASK_FINANCE_REVIEW).hasPassed(TASK_ADDED_SIGNER_REVIEW);
        assertThat(milestones.reached()).containsOnly("IN_REVIEW");
    }

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = "UNIT_PROPOSAL", mode = EnumSource.Mode.EXCLUDE)
    void a_signer_added_after_finance_signs_after_finances_approval_and_before_the_director(DocumentType type) {
        ApprovalRequest request = approvals.submit(type, "300000.00");
        approvals.approve(request, "head1");

        signers.addAfter(approvals.open(request), "finance", "head2", "请信息科会签");

        assertThat(RunningApprovals.instance(request)).hasPassed(TASK_FINANCE_REVIEW).isWaitingAt(TASK_ADDED_SIGNER_REVIEW);
        assertThat(engine.getRuntimeService().getVariable(RunningApprovals.instance(request).getId(), ProcessVariables.RESUME_AT))
            .isEqualTo(TASK_DIRECTOR_REVIEW);
        approvals.approve(request, "head2");
        assertThat(RunningApprovals.instance(request)).isWaitingAt(TASK_DIRECTOR_REVIEW);
    }

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = "UNIT_PROPOSAL", mode = EnumSource.Mode.EXCLUDE)
    void a_signer_added_before_the_bureau_brings_the_document_back_to_the_bureau(DocumentType type) {
        ApprovalRequest request = approvals.submit(type, "300000.00");
        approvals.approve(request, "head1", "finance", "director");
        assertThat(approvals.open(request).step()).isEqualTo(ApprovalStep.BUREAU_REVIEW);

        // another finance member: whoever decided 财务审核 decides no other step (不相容岗位分离)
        signers.addBefore(approvals.open(request), "bureau", "finance2", "请财务复核");
        approvals.approve(request, "finance2");

        assertThat(RunningApprovals.instance(request)).isWaitingAt(TASK_BUREAU_REVIEW);
    }

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = "UNIT_PROPOSAL", mode = EnumSource.Mode.EXCLUDE)
    void no_signer_can_be_added_after_the_last_step(DocumentType type) {
        ApprovalRequest request = approvals.submit(type, "300000.00");
        approvals.approve(request, "head1", "finance", "director");

        assertThatThrownBy(() -> signers.addAfter(approvals.open(request), "bureau", "finance", "会签"))
            .isInstanceOf(ConflictException.class);
    }

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = "UNIT_PROPOSAL", mode = EnumSource.Mode.EXCLUDE)
    void an_added_signer_who_returns_sends_the_document_to_its_drafter_as_a_return_of_the_step(DocumentType type) {
        ApprovalRequest request = approvals.submit(type, "300000.00");
        approvals.approve(request, "head1");
        signers.addBefore(approvals.open(request), "finance", "director", "请主任把关");

        tasks.complete(approvals.open(request), "director", Decision.RETURN, "金额偏高");

        assertThat(RunningApprovals.instance(request)).isWaitingAt(TASK_REVISE_DRAFT).hasPassed(TASK_ADDED_SIGNER_REVIEW);
        assertThat(engine.getRuntimeService().getVariable(RunningApprovals.instance(request).getId(), ProcessVariables.RETURNED_FROM))
            .isEqualTo(TASK_FINANCE_REVIEW);
        assertThat(milestones.reached()).contains("RETURNED");
    }

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = "UNIT_PROPOSAL", mode = EnumSource.Mode.EXCLUDE)
    void the_one_who_added_a_signer_removes_them_before_they_act_and_the_step_resumes(DocumentType type) {
        ApprovalRequest request = approvals.submit(type, "300000.00");
        approvals.approve(request, "head1");
        signers.addBefore(approvals.open(request), "finance", "director", "请主任把关");
        assertThat(signers.addedSignerOn(request.documentId())).get()
            .satisfies(a -> assertThat(a.signer()).isEqualTo("director"))
            .satisfies(a -> assertThat(a.resumeAt()).isEqualTo(ApprovalStep.FINANCE_REVIEW));

        assertThatThrownBy(() -> signers.remove(request.documentId(), "head1")).isInstanceOf(ConflictException.class);
        assertThat(signers.remove(request.documentId(), "finance")).isEqualTo(ApprovalStep.FINANCE_REVIEW);

        assertThat(RunningApprovals.instance(request)).isWaitingAt(TASK_FINANCE_REVIEW)
            .hasPassedInOrder(BOUNDARY_SIGNER_REMOVED, GATEWAY_RESUME_AT).hasNotPassed(GATEWAY_ADDED_SIGNER_DECISION);
        assertThat(history().tasksOf(request.documentId())).extracting(TaskRecord::step, TaskRecord::end)
            .containsExactlyInAnyOrder(tuple(ApprovalStep.SECTION_HEAD_REVIEW, TaskRecord.End.COMPLETED),
                tuple(ApprovalStep.FINANCE_REVIEW, TaskRecord.End.CANCELLED),
                tuple(ApprovalStep.ADDED_SIGNER_REVIEW, TaskRecord.End.CANCELLED),
                tuple(ApprovalStep.FINANCE_REVIEW, TaskRecord.End.OPEN));
        assertThat(signers.addedSignerOn(request.documentId())).isEmpty();
        assertThatThrownBy(() -> signers.remove(request.documentId(), "finance")).isInstanceOf(ConflictException.class);
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("everyReviewStep")
    void a_signer_added_at_any_review_step_enters_by_its_boundary_event_and_the_step_resumes_after_their_approval(
            DocumentType type, ApprovalStep step) {
        ApprovalRequest request = approvals.submitOverEveryStep(type);
        while (approvals.open(request).step() != step) {
            // one reviewer per step: nobody decides two steps of an approval (不相容岗位分离)
            approvals.approve(request, "reviewer-" + approvals.open(request).step());
        }
        List<TaskRecord> before = history().tasksOf(request.documentId());

        signers.addBefore(approvals.open(request), "reviewer-" + step, "signer", "请先把关");
        assertThat(RunningApprovals.instance(request)).isWaitingAt(TASK_ADDED_SIGNER_REVIEW)
            .hasPassedInOrder("BoundaryEvent_" + step.taskKey().substring("Task_".length()) + "AddSigner", "Gateway_AddedSignerJoin");
        approvals.approve(request, "signer");

        assertThat(RunningApprovals.instance(request)).isWaitingAt(step.taskKey()).hasPassed(GATEWAY_RESUME_AT);
        List<org.assertj.core.groups.Tuple> expected = new ArrayList<>(before.stream()
            .filter(t -> t.end() != TaskRecord.End.OPEN).map(t -> tuple(t.step(), t.end())).toList());
        expected.addAll(List.of(tuple(step, TaskRecord.End.CANCELLED),
            tuple(ApprovalStep.ADDED_SIGNER_REVIEW, TaskRecord.End.COMPLETED), tuple(step, TaskRecord.End.OPEN)));
        assertThat(history().tasksOf(request.documentId())).as("the tasks people see, as with the jump before")
            .extracting(TaskRecord::step, TaskRecord::end).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> everyReviewStep() {
        return Stream.of(DocumentType.values()).flatMap(type -> Stream.of(ApprovalStep.values())
            .filter(step -> step.isReview() && step != ApprovalStep.ADDED_SIGNER_REVIEW)
            .filter(step -> step != ApprovalStep.COLLECTIVE_DECISION || type != DocumentType.BUDGET_DRAFT)
            .filter(step -> type != DocumentType.UNIT_PROPOSAL
                || step != ApprovalStep.SECTION_HEAD_REVIEW && step != ApprovalStep.FINANCE_REVIEW)
            .map(step -> Arguments.of(type, step)));
    }

    @Test
    void a_signer_added_after_the_directors_approval_of_a_large_project_signs_before_the_meeting() {
        ApprovalRequest request = approvals.submit(DocumentType.PROJECT_APPLICATION, "500000.00");
        approvals.approve(request, "head1", "finance");

        signers.addAfter(approvals.open(request), "director", "finance2", "会议前请财务再核");
        assertThat(RunningApprovals.instance(request)).isWaitingAt(TASK_ADDED_SIGNER_REVIEW)
            .hasPassed(TASK_DIRECTOR_REVIEW, "BoundaryEvent_CollectiveDecisionAddSigner");
        approvals.approve(request, "finance2");

        assertThat(RunningApprovals.instance(request)).isWaitingAt(RoutedApproval.TASK_COLLECTIVE_DECISION);
    }

    private ProcessHistory history() {
        return new ProcessHistory(engine.getHistoryService(), engine.getRepositoryService(), engine.getTaskService(),
            engine.getRuntimeService(), Clock.systemUTC(), Duration.ofDays(3));
    }
}
