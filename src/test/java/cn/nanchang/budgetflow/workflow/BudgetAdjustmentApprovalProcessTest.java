package cn.nanchang.budgetflow.workflow;

import static cn.nanchang.budgetflow.workflow.BudgetAdjustmentApproval.END_APPROVED;
import static cn.nanchang.budgetflow.workflow.BudgetAdjustmentApproval.END_WITHDRAWN;
import static cn.nanchang.budgetflow.workflow.BudgetAdjustmentApproval.GATEWAY_BUREAU_NEEDED;
import static cn.nanchang.budgetflow.workflow.BudgetAdjustmentApproval.PROCESS_KEY;
import static cn.nanchang.budgetflow.workflow.BudgetAdjustmentApproval.TASK_COLLECTIVE_DECISION;
import static cn.nanchang.budgetflow.workflow.BudgetAdjustmentApproval.TASK_DECIDE_ROUTING;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.MESSAGE_WITHDRAW;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.TASK_BUREAU_REVIEW;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.TASK_DIRECTOR_REVIEW;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.TASK_FINANCE_REVIEW;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.TASK_REVISE_DRAFT;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.TASK_SECTION_HEAD_REVIEW;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Walks every path of processes/budget-adjustment-approval.bpmn with the real adjustment-routing
 * table: each route (center alone, meeting and bureau, bureau with 财政, bureau alone), a pass and
 * a failed meeting, a return at every review followed by resubmission, and withdrawal.
 */
@Deployment(resources = {"processes/budget-adjustment-approval.bpmn", "processes/adjustment-routing.dmn"})
class BudgetAdjustmentApprovalProcessTest {

    private static final ProcessTestEngine.MilestoneRecorder milestones = new ProcessTestEngine.MilestoneRecorder();
    private static final List<String> CENTER = List.of(TASK_SECTION_HEAD_REVIEW, TASK_FINANCE_REVIEW, TASK_DIRECTOR_REVIEW);

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
        .useProcessEngine(ProcessTestEngine.create("budget-adjustment-test", milestones)).build();

    @BeforeEach
    void useThisClassesEngine() {
        BpmnAwareTests.init(extension.getProcessEngine());
        milestones.clear();
    }

    @Test
    void a_small_transfer_inside_one_project_is_approved_by_the_center_alone() {
        ProcessInstance adjustment = submit("TRANSFER", "WITHIN_PROJECT_ECONOMIC", 80_000.00);
        approveEach(adjustment, CENTER);

        assertThat(adjustment).isEnded().hasPassed(TASK_DECIDE_ROUTING, GATEWAY_BUREAU_NEEDED, END_APPROVED)
            .hasNotPassed(TASK_COLLECTIVE_DECISION, TASK_BUREAU_REVIEW)
            .variables().containsEntry(ProcessVariables.FINANCE_BUREAU_APPROVAL, false);
        org.assertj.core.api.Assertions.assertThat(milestones.reached()).containsExactly("IN_REVIEW", "APPROVED");
    }

    @ParameterizedTest(name = "{0} {1} {2}元 passes the meeting and the bureau")
    @CsvSource({"TRANSFER, ACROSS_PROJECTS_OR_FUNCTIONS, 1000.00", "TRANSFER, WITHIN_PROJECT_ECONOMIC, 500000.00",
        "TRANSFER, OTHER, 600000.00"})
    void a_transfer_across_projects_or_above_the_threshold_needs_the_meeting_and_the_bureau(String kind, String scope,
            double amount) {
        ProcessInstance adjustment = submit(kind, scope, amount);
        approveEach(adjustment, CENTER);

        assertThat(adjustment).isWaitingAt(TASK_COLLECTIVE_DECISION);
        assertThat(task()).hasCandidateGroup("director");
        approve();
        assertThat(adjustment).isWaitingAt(TASK_BUREAU_REVIEW);
        assertThat(task()).hasCandidateGroup("bureau");
        approve();
        assertThat(adjustment).isEnded().hasPassedInOrder(TASK_DIRECTOR_REVIEW, TASK_DECIDE_ROUTING,
            TASK_COLLECTIVE_DECISION, TASK_BUREAU_REVIEW, END_APPROVED);
    }

    @Test
    void a_transfer_between_basic_and_project_money_goes_to_the_bureau_and_is_recorded_as_needing_finance_approval() {
        ProcessInstance adjustment = submit("TRANSFER", "BASIC_PROJECT", 20_000.00);
        approveEach(adjustment, CENTER);

        assertThat(adjustment).isWaitingAt(TASK_BUREAU_REVIEW).hasNotPassed(TASK_COLLECTIVE_DECISION)
            .variables().containsEntry(ProcessVariables.FINANCE_BUREAU_APPROVAL, true)
            .containsEntry(ProcessVariables.ROUTING_REASON, "基本支出与项目支出之间调剂，报数据局审核，并报财政审批");
        approve();
        assertThat(adjustment).isEnded().hasPassed(END_APPROVED);
    }

    @ParameterizedTest(name = "{0} goes to the bureau without the meeting")
    @CsvSource({"ADDITION", "REDUCTION"})
    void an_addition_or_a_reduction_goes_to_the_bureau(String kind) {
        ProcessInstance adjustment = submit(kind, "WITHIN_PROJECT_ECONOMIC", 900_000.00);
        approveEach(adjustment, CENTER);

        assertThat(adjustment).isWaitingAt(TASK_BUREAU_REVIEW).hasNotPassed(TASK_COLLECTIVE_DECISION);
        approve();
        assertThat(adjustment).isEnded().hasPassed(END_APPROVED);
        org.assertj.core.api.Assertions.assertThat(milestones.last()).isEqualTo("APPROVED");
    }

    @Test
    void a_meeting_that_does_not_pass_returns_it_and_the_resubmission_is_routed_again() {
        ProcessInstance adjustment = submit("TRANSFER", "ACROSS_PROJECTS_OR_FUNCTIONS", 30_000.00);
        approveEach(adjustment, CENTER);
        assertThat(adjustment).isWaitingAt(TASK_COLLECTIVE_DECISION);

        complete(task(), withVariables(ProcessVariables.APPROVED, false));

        assertThat(adjustment).isWaitingAt(TASK_REVISE_DRAFT);
        org.assertj.core.api.Assertions.assertThat(milestones.last()).isEqualTo("RETURNED");
        complete(task(), withVariables(ProcessVariables.ADJUSTMENT_SCOPE, "WITHIN_PROJECT_ECONOMIC"));
        approveEach(adjustment, CENTER);
        assertThat(adjustment).isEnded().hasPassed(END_APPROVED);
    }

    @ParameterizedTest(name = "returned at review {0}")
    @CsvSource({"0", "1", "2", "3", "4"})
    void a_return_at_any_review_goes_to_the_drafter_and_resubmission_starts_at_the_section_head(int step) {
        ProcessInstance adjustment = submit("TRANSFER", "ACROSS_PROJECTS_OR_FUNCTIONS", 30_000.00);
        List<String> reviews = List.of(TASK_SECTION_HEAD_REVIEW, TASK_FINANCE_REVIEW, TASK_DIRECTOR_REVIEW,
            TASK_COLLECTIVE_DECISION, TASK_BUREAU_REVIEW);
        for (int i = 0; i < step; i++) {
            assertThat(adjustment).isWaitingAt(reviews.get(i));
            approve();
        }
        assertThat(adjustment).isWaitingAt(reviews.get(step));

        complete(task(), withVariables(ProcessVariables.APPROVED, false));

        assertThat(adjustment).isWaitingAt(TASK_REVISE_DRAFT);
        assertThat(task()).isAssignedTo("staff4");
        complete(task());
        assertThat(adjustment).isWaitingAt(TASK_SECTION_HEAD_REVIEW);
        org.assertj.core.api.Assertions.assertThat(milestones.reached()).containsExactly("IN_REVIEW", "RETURNED", "IN_REVIEW");
    }

    @Test
    void the_drafter_can_withdraw_before_the_section_head_decides_but_not_after() {
        ProcessInstance first = submit("TRANSFER", "OTHER", 1000.00);
        runtimeService().createMessageCorrelation(MESSAGE_WITHDRAW).processInstanceId(first.getId()).correlate();
        assertThat(first).isEnded().hasPassed(END_WITHDRAWN);
        org.assertj.core.api.Assertions.assertThat(milestones.last()).isEqualTo("DRAFT");

        ProcessInstance second = submit("TRANSFER", "OTHER", 1000.00);
        approve();
        assertThatThrownBy(() -> runtimeService().createMessageCorrelation(MESSAGE_WITHDRAW)
            .processInstanceId(second.getId()).correlate()).isInstanceOf(MismatchingMessageCorrelationException.class);
    }

    private static void approveEach(ProcessInstance instance, List<String> steps) {
        for (String step : steps) {
            assertThat(instance).isWaitingAt(step);
            approve();
        }
    }

    private static void approve() {
        complete(task(), withVariables(ProcessVariables.APPROVED, true));
    }

    private static ProcessInstance submit(String kind, String scope, double amount) {
        Map<String, Object> v = new HashMap<>();
        v.put(ProcessVariables.DOCUMENT_ID, 9L);
        v.put(ProcessVariables.DOCUMENT_TYPE, "BUDGET_ADJUSTMENT");
        v.put(ProcessVariables.SECTION_CODE, "S04");
        v.put(ProcessVariables.SECTION_HEAD_GROUP, "section-head-S04");
        v.put(ProcessVariables.DRAFTER, "staff4");
        v.put(ProcessVariables.AMOUNT_YUAN, amount);
        v.put(ProcessVariables.ADJUSTMENT_KIND, kind);
        v.put(ProcessVariables.ADJUSTMENT_SCOPE, scope);
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS_KEY, "9", v);
        assertThat(instance).isWaitingAt(TASK_SECTION_HEAD_REVIEW);
        return instance;
    }
}
