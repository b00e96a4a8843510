package cn.nanchang.budgetflow.workflow;

import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.workflow.internal.ProcessModels;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 退回 to any step already passed, resubmission as each model's {@code resubmitTo} property says,
 * 撤回 of one's own approval and 作废, on all three processes, through the workflow module's own
 * facade on a real engine. Every document is routed 科长 → 财务 → 主任 → 数据局 here (a project
 * under the meeting threshold, procurement at the public-tender threshold, a budget 追加).
 *
 * <p>A unit's proposal (UNIT_PROPOSAL) has neither 科长 nor 财务: its route is 主任办公会 → 中心主任 →
 * 数据局. The tests walked from those two steps leave it out; {@link UnitProposalApprovalProcessTest}
 * walks the same operations from the proposal's own steps.
 */
@Deployment(resources = {"processes/budget-draft-approval.bpmn", "processes/project-application-approval.bpmn",
    "processes/procurement-plan-approval.bpmn", "processes/unit-proposal-approval.bpmn", "processes/approval-routing.dmn",
    "processes/budget-adjustment-approval.bpmn", "processes/adjustment-routing.dmn"})
class ApprovalOperationsProcessTest {

    private static final ProcessTestEngine.MilestoneRecorder milestones = new ProcessTestEngine.MilestoneRecorder();
    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
        .useProcessEngine(ProcessTestEngine.create("approval-operations-test", milestones)).build();
    private static final AtomicLong NEXT_DOCUMENT = new AtomicLong(1);

    private ApprovalProcesses processes;
    private ApprovalTasks tasks;
    private ApprovalOperations operations;

    @BeforeEach
    void wireTheFacadeToThisEngine() {
        ProcessEngine engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        ProcessModels models = new ProcessModels(engine.getRepositoryService());
        processes = new ApprovalProcesses(engine.getRuntimeService(), engine.getTaskService(), models);
        tasks = new ApprovalTasks(engine.getTaskService(), engine.getRuntimeService(), engine.getHistoryService());
        operations = new ApprovalOperations(engine.getRuntimeService(), engine.getTaskService(), engine.getHistoryService(), models);
        milestones.clear();
    }

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = "UNIT_PROPOSAL", mode = EnumSource.Mode.EXCLUDE)
    void the_director_can_return_to_finance_which_reviews_again_and_the_document_stays_in_review(DocumentType type) {
        ApprovalRequest request = submit(type, "300000.00");
        approve(request, "head1", "finance");
        OpenTask director = open(request);
        assertThat(director.step()).isEqualTo(ApprovalStep.DIRECTOR_REVIEW);
        assertThat(operations.returnTargets(director))
            .containsExactly(ApprovalStep.REVISE, ApprovalStep.SECTION_HEAD_REVIEW, ApprovalStep.FINANCE_REVIEW);

        operations.returnToStep(director, "director", ApprovalStep.FINANCE_REVIEW, "请核对经济分类");

        assertThat(instance(request)).isWaitingAt(TASK_FINANCE_REVIEW);
        assertThat(BpmnAwareTests.task(instance(request))).hasCandidateGroup("finance").isNotAssigned();
        assertThat(milestones.reached()).containsExactly("IN_REVIEW");
        approve(request, "finance");
        assertThat(open(request).step()).isEqualTo(ApprovalStep.DIRECTOR_REVIEW);
    }

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = "UNIT_PROPOSAL", mode = EnumSource.Mode.EXCLUDE)
    void a_return_to_the_section_head_reaches_the_section_heads_group_and_a_later_step_is_no_target(DocumentType type) {
        ApprovalRequest request = submit(type, "300000.00");
        approve(request, "head1");
        OpenTask finance = open(request);

        assertThat(operations.returnTargets(finance)).containsExactly(ApprovalStep.REVISE, ApprovalStep.SECTION_HEAD_REVIEW);
        assertThatThrownBy(() -> operations.returnToStep(finance, "finance", ApprovalStep.DIRECTOR_REVIEW, "x"))
            .isInstanceOf(ConflictException.class);
        operations.returnToStep(finance, "finance", ApprovalStep.SECTION_HEAD_REVIEW, "请科长复核");

        assertThat(BpmnAwareTests.task(instance(request))).hasDefinitionKey(TASK_SECTION_HEAD_REVIEW)
            .hasCandidateGroup("section-head-S01");
        assertThat(operations.returnTargets(open(request))).containsExactly(ApprovalStep.REVISE);
    }

    @ParameterizedTest(name = "{0}: resubmission after the director returned goes to {1}")
    @CsvSource({"BUDGET_DRAFT, Task_SectionHeadReview", "PROCUREMENT_PLAN, Task_SectionHeadReview",
        "BUDGET_ADJUSTMENT, Task_SectionHeadReview",
        "PROJECT_APPLICATION, Task_DirectorReview"})
    void resubmission_goes_where_the_models_resubmit_property_says(DocumentType type, String expected) {
        ApprovalRequest request = submit(type, "300000.00");
        approve(request, "head1", "finance");
        decide(request, "director", Decision.RETURN);
        assertThat(instance(request)).isWaitingAt(TASK_REVISE_DRAFT);

        processes.resubmit(request);

        assertThat(instance(request)).isWaitingAt(expected).hasPassed(GATEWAY_RESUBMIT_TARGET);
        assertThat(milestones.reached()).containsExactly("IN_REVIEW", "RETURNED", "IN_REVIEW");
        assertThat(operations.resubmitMode(type))
            .isEqualTo(type == DocumentType.PROJECT_APPLICATION ? ResubmitMode.RETURNER : ResubmitMode.START);
    }

    @Test
    void a_project_returned_by_the_bureau_is_routed_again_on_its_revised_amount() {
        ApprovalRequest request = submit(DocumentType.PROJECT_APPLICATION, "600000.00");
        approve(request, "head1", "finance", "director");
        assertThat(open(request).step()).isEqualTo(ApprovalStep.COLLECTIVE_DECISION);
        approve(request, "director");
        decide(request, "bureau", Decision.RETURN);

        processes.resubmit(new ApprovalRequest(DocumentType.PROJECT_APPLICATION, request.documentId(), "S01", "staff1",
            Money.yuan("400000.00")));

        assertThat(instance(request)).isWaitingAt(TASK_BUREAU_REVIEW);
        assertThat(open(request).step()).isEqualTo(ApprovalStep.BUREAU_REVIEW);
        assertThat(milestones.last()).isEqualTo("IN_REVIEW");
    }

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = "UNIT_PROPOSAL", mode = EnumSource.Mode.EXCLUDE)
    void an_approver_withdraws_their_approval_while_the_next_step_is_unclaimed_and_gets_the_task_back(DocumentType type) {
        ApprovalRequest request = submit(type, "300000.00");
        approve(request, "head1", "finance");

        assertThat(operations.withdrawableApproval(request.documentId(), "head1")).isEmpty();
        assertThat(operations.withdrawableApproval(request.documentId(), "finance")).contains(ApprovalStep.FINANCE_REVIEW);
        assertThat(operations.withdrawApproval(request.documentId(), "finance")).isEqualTo(ApprovalStep.FINANCE_REVIEW);

        assertThat(BpmnAwareTests.task(instance(request))).hasDefinitionKey(TASK_FINANCE_REVIEW).isAssignedTo("finance");
        assertThat(operations.withdrawableApproval(request.documentId(), "finance")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = DocumentType.class, names = "UNIT_PROPOSAL", mode = EnumSource.Mode.EXCLUDE)
    void an_approval_cannot_be_withdrawn_once_the_next_step_has_claimed_the_task(DocumentType type) {
        ApprovalRequest request = submit(type, "300000.00");
        approve(request, "head1");
        tasks.claim(open(request).taskId(), "finance");

        assertThat(operations.withdrawableApproval(request.documentId(), "head1")).isEmpty();
        assertThatThrownBy(() -> operations.withdrawApproval(request.documentId(), "head1"))
            .isInstanceOf(ConflictException.class);
        assertThat(instance(request)).isWaitingAt(TASK_FINANCE_REVIEW);
    }

    @Test
    void a_return_cannot_be_withdrawn_as_an_approval() {
        ApprovalRequest request = submit(DocumentType.BUDGET_DRAFT, "300000.00");
        approve(request, "head1");
        decide(request, "finance", Decision.RETURN);

        assertThat(operations.withdrawableApproval(request.documentId(), "finance")).isEmpty();
        assertThat(operations.withdrawableApproval(request.documentId(), "head1")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void voiding_ends_the_approval_without_running_its_milestones(DocumentType type) {
        ApprovalRequest request = submit(type, "300000.00");
        approve(request, "head1");
        ProcessInstance instance = instance(request);

        operations.voidApproval(request.documentId(), "项目取消");

        assertThat(instance).isEnded();
        assertThat(milestones.reached()).containsExactly("IN_REVIEW");
        assertThat(extension.getProcessEngine().getHistoryService().createHistoricProcessInstanceQuery()
            .processInstanceId(instance.getId()).singleResult().getDeleteReason()).isEqualTo("作废：项目取消");
    }

    // --- helpers -----------------------------------------------------------------------------

    private ApprovalRequest submit(DocumentType type, String amount) {
        long id = NEXT_DOCUMENT.getAndIncrement();
        ApprovalRequest request = type == DocumentType.PROCUREMENT_PLAN
            ? new ApprovalRequest(type, id, "S01", "staff1", Money.yuan("2000000.00"),
                Map.of(ProcessVariables.PROCUREMENT_METHOD, "公开招标", ProcessVariables.METHOD_CHANGED, false))
            : type == DocumentType.BUDGET_ADJUSTMENT ? RunningApprovals.addition(id, amount)
            : new ApprovalRequest(type, id, "S01", "staff1", Money.yuan(amount));
        processes.start(request);
        return request;
    }

    private void approve(ApprovalRequest request, String... reviewers) {
        for (String reviewer : reviewers) {
            decide(request, reviewer, Decision.APPROVE);
        }
    }

    private void decide(ApprovalRequest request, String reviewer, Decision decision) {
        tasks.complete(open(request), reviewer, decision, decision == Decision.RETURN ? "请修改" : null);
    }

    private OpenTask open(ApprovalRequest request) {
        List<OpenTask> open = tasks.openTasksOf(request.documentId());
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    private static ProcessInstance instance(ApprovalRequest request) {
        return processInstanceQuery().processInstanceBusinessKey(Long.toString(request.documentId())).singleResult();
    }
}
