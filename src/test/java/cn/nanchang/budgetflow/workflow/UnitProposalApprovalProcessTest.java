package cn.nanchang.budgetflow.workflow;

import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.BOUNDARY_SIGNER_REMOVED;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.GATEWAY_RESUBMIT_TARGET;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.GATEWAY_RESUME_AT;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.TASK_ADDED_SIGNER_REVIEW;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.TASK_BUREAU_REVIEW;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.TASK_DIRECTOR_REVIEW;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.TASK_REVISE_DRAFT;
import static cn.nanchang.budgetflow.workflow.UnitProposalApproval.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.workflow.internal.ProcessModels;
import cn.nanchang.budgetflow.workflow.internal.RouteWalker;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Walks every path of processes/unit-proposal-approval.bpmn through the workflow module's own
 * facade on a real engine, as the document services drive it: 主任办公会 → 中心主任 → 数据局 to the
 * approved end; a return at each step (the meeting not passing included) and the resubmission back
 * to the meeting (resubmitTo=start); withdrawal before the meeting decided; 加签 before and after a
 * step and 减签; 退回 to an earlier step and 撤回 of an approval; the inbox and the path preview.
 * The steps the shared tests walk from 科长 and 财务 (which a unit's proposal does not have) are
 * walked here from the proposal's own steps.
 */
@Deployment(resources = "processes/unit-proposal-approval.bpmn")
class UnitProposalApprovalProcessTest {

    private static final ProcessTestEngine.MilestoneRecorder milestones = new ProcessTestEngine.MilestoneRecorder();
    private static final AtomicLong NEXT_DOCUMENT = new AtomicLong(70_000);
    private static final List<String> REVIEWS = List.of(TASK_COLLECTIVE_DECISION, TASK_DIRECTOR_REVIEW, TASK_BUREAU_REVIEW);

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
        .useProcessEngine(ProcessTestEngine.create("unit-proposal-approval-test", milestones)).build();

    private ProcessEngine engine;
    private ApprovalProcesses processes;
    private ApprovalTasks tasks;
    private ApprovalOperations operations;
    private AddedSigners signers;

    @BeforeEach
    void wireTheFacadeToThisEngine() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        ProcessModels models = new ProcessModels(engine.getRepositoryService());
        processes = new ApprovalProcesses(engine.getRuntimeService(), engine.getTaskService(), models);
        tasks = new ApprovalTasks(engine.getTaskService(), engine.getRuntimeService(), engine.getHistoryService());
        operations = new ApprovalOperations(engine.getRuntimeService(), engine.getTaskService(), engine.getHistoryService(), models);
        signers = new AddedSigners(engine.getRuntimeService(), engine.getTaskService(), tasks);
        milestones.clear();
    }

    @Test
    void a_proposal_passed_by_the_meeting_the_director_and_the_bureau_ends_approved() {
        ApprovalRequest proposal = submit();

        assertThat(instance(proposal)).isWaitingAt(TASK_COLLECTIVE_DECISION);
        assertThat(task(instance(proposal))).hasCandidateGroup("director");
        assertThat(open(proposal).step()).isEqualTo(ApprovalStep.COLLECTIVE_DECISION);
        approve(proposal, "director");
        assertThat(task(instance(proposal))).hasDefinitionKey(TASK_DIRECTOR_REVIEW).hasCandidateGroup("director");
        approve(proposal, "director");
        assertThat(task(instance(proposal))).hasDefinitionKey(TASK_BUREAU_REVIEW).hasCandidateGroup("bureau");
        ProcessInstance instance = instance(proposal);
        approve(proposal, "bureau");

        assertThat(instance).isEnded().hasPassedInOrder(START_EVENT, TASK_COLLECTIVE_DECISION, GATEWAY_COLLECTIVE_OUTCOME,
            "Gateway_DirectorReviewJoin", TASK_DIRECTOR_REVIEW, "Gateway_BureauReviewJoin", TASK_BUREAU_REVIEW, END_APPROVED);
        assertThat(instance).hasNotPassed(TASK_REVISE_DRAFT, END_WITHDRAWN);
        assertThat(milestones.reached()).containsExactly("IN_REVIEW", "APPROVED");
    }

    @ParameterizedTest(name = "returned at {0}")
    @ValueSource(ints = {0, 1, 2})
    void a_returned_proposal_goes_to_finance_and_its_resubmission_starts_again_at_the_meeting(int returningStep) {
        ApprovalRequest proposal = submit();
        for (int i = 0; i < returningStep; i++) {
            approve(proposal, "reviewer" + i); // one per step: nobody decides two steps (不相容岗位分离)
        }
        assertThat(instance(proposal)).isWaitingAt(REVIEWS.get(returningStep));

        tasks.complete(open(proposal), "reviewer" + returningStep, Decision.RETURN, "请核减");

        assertThat(instance(proposal)).isWaitingAt(TASK_REVISE_DRAFT);
        assertThat(task(instance(proposal))).isAssignedTo("finance1");
        assertThat(milestones.last()).isEqualTo("RETURNED");
        assertThat(processes.isWithdrawable(proposal.documentId())).isFalse();

        processes.resubmit(proposal);

        assertThat(instance(proposal)).isWaitingAt(TASK_COLLECTIVE_DECISION).hasPassed(GATEWAY_RESUBMIT_TARGET);
        assertThat(milestones.reached()).containsExactly("IN_REVIEW", "RETURNED", "IN_REVIEW");
        ProcessInstance instance = instance(proposal);
        approve(proposal, "director", "director", "bureau");
        assertThat(instance).isEnded().hasPassed(END_APPROVED);
        assertThat(operations.resubmitMode(DocumentType.UNIT_PROPOSAL)).isEqualTo(ResubmitMode.START);
    }

    @Test
    void finance_withdraws_its_proposal_while_the_meeting_has_not_decided_and_no_longer_after() {
        ApprovalRequest proposal = submit();
        assertThat(processes.isWithdrawable(proposal.documentId())).isTrue();
        ProcessInstance instance = instance(proposal);

        processes.withdraw(proposal.documentId());

        assertThat(instance).isEnded().hasPassed("BoundaryEvent_DraftWithdrawn", END_WITHDRAWN).hasNotPassed(TASK_DIRECTOR_REVIEW);
        assertThat(milestones.reached()).containsExactly("IN_REVIEW", "DRAFT");
        assertThat(processes.isWithdrawable(proposal.documentId())).isFalse();

        ApprovalRequest decided = submit();
        approve(decided, "director");
        assertThat(processes.isWithdrawable(decided.documentId())).isFalse();
        assertThatThrownBy(() -> processes.withdraw(decided.documentId())).isInstanceOf(ConflictException.class);
        assertThat(instance(decided)).isWaitingAt(TASK_DIRECTOR_REVIEW);
    }

    @Test
    void a_resubmitted_proposal_can_be_withdrawn_again_before_the_meeting_decides() {
        ApprovalRequest proposal = submit();
        approve(proposal, "director");
        tasks.complete(open(proposal), "director", Decision.RETURN, "请补充说明");
        processes.resubmit(proposal);
        ProcessInstance instance = instance(proposal);

        processes.withdraw(proposal.documentId());

        assertThat(instance).isEnded().hasPassed(END_WITHDRAWN);
    }

    @Test
    void a_signer_added_before_the_meeting_signs_first_and_the_meeting_then_decides() {
        ApprovalRequest proposal = submit();

        signers.addBefore(open(proposal), "director", "finance2", "请先复核汇总数");

        assertThat(instance(proposal)).isWaitingAt(TASK_ADDED_SIGNER_REVIEW)
            .hasPassedInOrder("BoundaryEvent_CollectiveDecisionAddSigner", "Gateway_AddedSignerJoin");
        assertThat(task(instance(proposal))).isAssignedTo("finance2");
        assertThat(processes.isWithdrawable(proposal.documentId())).as("the meeting's task is cancelled meanwhile").isFalse();
        approve(proposal, "finance2");
        assertThat(instance(proposal)).isWaitingAt(TASK_COLLECTIVE_DECISION)
            .hasPassedInOrder(TASK_ADDED_SIGNER_REVIEW, GATEWAY_RESUME_AT, "Gateway_ReviewStart");
        assertThat(processes.isWithdrawable(proposal.documentId())).isTrue();
    }

    @Test
    void a_signer_added_after_the_meeting_signs_before_the_director() {
        ApprovalRequest proposal = submit();

        signers.addAfter(open(proposal), "director", "finance2", "会后请财务复核");

        assertThat(instance(proposal)).hasPassed(TASK_COLLECTIVE_DECISION).isWaitingAt(TASK_ADDED_SIGNER_REVIEW);
        assertThat(engine.getRuntimeService().getVariable(instance(proposal).getId(), ProcessVariables.RESUME_AT))
            .isEqualTo(TASK_DIRECTOR_REVIEW);
        approve(proposal, "finance2");
        assertThat(instance(proposal)).isWaitingAt(TASK_DIRECTOR_REVIEW).hasPassed("Gateway_DirectorReviewJoin");
    }

    @ParameterizedTest(name = "at {0}")
    @ValueSource(strings = {"Task_DirectorReview", "Task_BureauReview"})
    void a_signer_added_before_a_review_brings_the_proposal_back_to_it(String taskKey) {
        ApprovalRequest proposal = submit();
        while (!open(proposal).step().taskKey().equals(taskKey)) {
            approve(proposal, "reviewer");
        }

        signers.addBefore(open(proposal), "reviewer", "signer", "请先把关");
        approve(proposal, "signer");

        assertThat(instance(proposal)).isWaitingAt(taskKey).hasPassed(TASK_ADDED_SIGNER_REVIEW, GATEWAY_RESUME_AT);
        assertThat(milestones.reached()).containsOnly("IN_REVIEW");
    }

    @Test
    void no_signer_can_be_added_after_the_bureau_and_an_added_signer_who_returns_sends_the_proposal_to_finance() {
        ApprovalRequest last = submit();
        approve(last, "director", "director");
        assertThatThrownBy(() -> signers.addAfter(open(last), "bureau", "bureau2", "会签")).isInstanceOf(ConflictException.class);

        ApprovalRequest proposal = submit();
        approve(proposal, "director");
        signers.addBefore(open(proposal), "director", "finance2", "请复核");
        tasks.complete(open(proposal), "finance2", Decision.RETURN, "汇总有误");

        assertThat(instance(proposal)).isWaitingAt(TASK_REVISE_DRAFT);
        assertThat(engine.getRuntimeService().getVariable(instance(proposal).getId(), ProcessVariables.RETURNED_FROM))
            .isEqualTo(TASK_DIRECTOR_REVIEW);
    }

    @Test
    void the_one_who_added_a_signer_removes_them_and_the_step_resumes() {
        ApprovalRequest proposal = submit();
        approve(proposal, "director");
        signers.addBefore(open(proposal), "director", "finance2", "请复核");

        assertThatThrownBy(() -> signers.remove(proposal.documentId(), "finance2")).isInstanceOf(ConflictException.class);
        assertThat(signers.remove(proposal.documentId(), "director")).isEqualTo(ApprovalStep.DIRECTOR_REVIEW);

        assertThat(instance(proposal)).isWaitingAt(TASK_DIRECTOR_REVIEW).hasPassedInOrder(BOUNDARY_SIGNER_REMOVED, GATEWAY_RESUME_AT);
        assertThat(signers.addedSignerOn(proposal.documentId())).isEmpty();
    }

    @Test
    void the_bureau_may_return_to_the_director_or_the_meeting_and_the_director_to_finance_only() {
        ApprovalRequest proposal = submit();
        approve(proposal, "director");
        // ApprovalStep orders the meeting after the director (the routed models' order), so the director
        // cannot send the proposal back to the meeting it came from: only to finance
        assertThat(operations.returnTargets(open(proposal))).containsExactly(ApprovalStep.REVISE);
        approve(proposal, "director");
        OpenTask bureau = open(proposal);
        assertThat(operations.returnTargets(bureau))
            .containsExactly(ApprovalStep.REVISE, ApprovalStep.DIRECTOR_REVIEW, ApprovalStep.COLLECTIVE_DECISION);

        operations.returnToStep(bureau, "bureau", ApprovalStep.COLLECTIVE_DECISION, "请重新上会");

        assertThat(task(instance(proposal))).hasDefinitionKey(TASK_COLLECTIVE_DECISION).hasCandidateGroup("director").isNotAssigned();
        assertThat(milestones.reached()).as("the document stays in review").containsExactly("IN_REVIEW", "IN_REVIEW");
        approve(proposal, "director", "director");
        assertThat(open(proposal).step()).isEqualTo(ApprovalStep.BUREAU_REVIEW);
    }

    @Test
    void the_director_withdraws_an_approval_the_bureau_has_not_taken_but_the_meetings_decision_is_final() {
        ApprovalRequest proposal = submit();
        approve(proposal, "director");
        assertThat(operations.withdrawableApproval(proposal.documentId(), "director")).isEmpty();
        approve(proposal, "director");

        assertThat(operations.withdrawApproval(proposal.documentId(), "director")).isEqualTo(ApprovalStep.DIRECTOR_REVIEW);

        assertThat(task(instance(proposal))).hasDefinitionKey(TASK_DIRECTOR_REVIEW).isAssignedTo("director");
    }

    @Test
    void the_meeting_and_the_directors_task_reach_the_directors_inbox_and_a_transferred_task_goes_on_as_its_targets() {
        ApprovalRequest proposal = submit();
        InboxFilter proposals = new InboxFilter(DocumentType.UNIT_PROPOSAL, null, null, null, null);

        assertThat(tasks.inbox(List.of("director1"), List.of("director"), InboxFilter.ALL, 0, 100))
            .extracting(OpenTask::documentId).contains(proposal.documentId());
        assertThat(tasks.inbox(List.of("director1"), List.of("director"), proposals, 0, 100))
            .extracting(OpenTask::documentId).contains(proposal.documentId());
        approve(proposal, "director1");
        OpenTask director = open(proposal);
        new TaskHandover(engine.getTaskService()).transfer(director, "director2", "出差");

        tasks.complete(tasks.actionable(director.taskId(), "director2", List.of("director")), "director2", Decision.APPROVE, null);
        assertThat(instance(proposal)).isWaitingAt(TASK_BUREAU_REVIEW);
    }

    @Test
    void the_path_preview_of_a_proposal_is_the_route_the_engine_takes() {
        PathPreview preview = new PathPreview(engine.getRepositoryService(), engine.getRuntimeService(), engine.getTaskService(),
            new RouteWalker(engine.getDecisionService(), () -> ProcessTestEngine.STARTING_THRESHOLDS));
        ApprovalRequest proposal = request();

        List<PredictedStep> predicted = preview.ahead(proposal);
        processes.start(proposal);

        assertThat(predicted).extracting(PredictedStep::step).containsExactly(ApprovalStep.COLLECTIVE_DECISION,
            ApprovalStep.DIRECTOR_REVIEW, ApprovalStep.BUREAU_REVIEW);
        approve(proposal, "director");
        assertThat(preview.ahead(proposal)).extracting(PredictedStep::step)
            .containsExactly(ApprovalStep.DIRECTOR_REVIEW, ApprovalStep.BUREAU_REVIEW);
    }

    @Test
    void the_auditors_diagram_of_a_proposal_is_its_model_with_the_path_taken() {
        ProcessHistory history = new ProcessHistory(engine.getHistoryService(), engine.getRepositoryService(),
            engine.getTaskService(), engine.getRuntimeService(), Clock.systemUTC(), Duration.ofDays(3));
        ApprovalRequest notSubmitted = request();
        assertThat(history.diagramOf(notSubmitted.documentId(), DocumentType.UNIT_PROPOSAL).processKey()).isEqualTo(PROCESS_KEY);

        ApprovalRequest proposal = submit();
        approve(proposal, "director");
        ProcessDiagram diagram = history.diagramOf(proposal.documentId(), DocumentType.UNIT_PROPOSAL);

        assertThat(diagram.processKey()).isEqualTo(PROCESS_KEY);
        assertThat(diagram.current()).containsExactly(TASK_DIRECTOR_REVIEW);
        assertThat(diagram.completed()).contains(TASK_COLLECTIVE_DECISION, GATEWAY_COLLECTIVE_OUTCOME);
        assertThat(diagram.takenFlows()).contains("Flow_CollectivePassed", "Flow_ToDirectorReview");
        assertThat(history.tasksOf(proposal.documentId())).extracting(TaskRecord::step)
            .containsExactly(ApprovalStep.COLLECTIVE_DECISION, ApprovalStep.DIRECTOR_REVIEW);
    }

    // --- helpers -----------------------------------------------------------------------------

    /** A proposal of the unit (C00) drafted by 财务's finance1. */
    private static ApprovalRequest request() {
        return new ApprovalRequest(DocumentType.UNIT_PROPOSAL, NEXT_DOCUMENT.getAndIncrement(), "C00", "finance1",
            Money.yuan("12822000.00"));
    }

    private ApprovalRequest submit() {
        ApprovalRequest proposal = request();
        processes.start(proposal);
        return proposal;
    }

    private void approve(ApprovalRequest proposal, String... reviewers) {
        for (String reviewer : reviewers) {
            tasks.complete(open(proposal), reviewer, Decision.APPROVE, null);
        }
    }

    private OpenTask open(ApprovalRequest proposal) {
        List<OpenTask> open = tasks.openTasksOf(proposal.documentId());
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    private ProcessInstance instance(ApprovalRequest proposal) {
        return engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceBusinessKey(ApprovalProcesses.businessKey(proposal.documentId())).singleResult();
    }
}
