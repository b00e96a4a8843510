package cn.nanchang.budgetflow.workflow;

import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.MESSAGE_WITHDRAW;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.TASK_BUREAU_REVIEW;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.TASK_DIRECTOR_REVIEW;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.TASK_FINANCE_REVIEW;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.TASK_REVISE_DRAFT;
import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.TASK_SECTION_HEAD_REVIEW;
import static cn.nanchang.budgetflow.workflow.RoutedApproval.*;
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
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Walks every path of processes/project-application-approval.bpmn and
 * processes/procurement-plan-approval.bpmn with the real approval-routing table: each branch
 * of the collective and bureau gateways, both outcomes of the collective decision, a return at
 * every review followed by resubmission, and withdrawal.
 */
@Deployment(resources = {"processes/project-application-approval.bpmn", "processes/procurement-plan-approval.bpmn",
    "processes/approval-routing.dmn"})
class RoutedApprovalProcessTest {

    private static final ProcessTestEngine.MilestoneRecorder milestones = new ProcessTestEngine.MilestoneRecorder();

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
        .useProcessEngine(ProcessTestEngine.create("routed-approval-test", milestones)).build();

    @BeforeEach
    void useThisClassesEngine() {
        // BPM Assert caches one engine per thread; each process test class has its own
        BpmnAwareTests.init(extension.getProcessEngine());
        milestones.clear();
    }

    @Test
    void project_below_the_collective_threshold_goes_from_director_to_bureau() {
        ProcessInstance project = submitProject(499_999.99);
        approveThroughDirector(project);

        assertThat(project).isWaitingAt(TASK_BUREAU_REVIEW).hasPassed(TASK_DECIDE_ROUTING).hasNotPassed(TASK_COLLECTIVE_DECISION);
        approve();
        assertThat(project).isEnded().hasPassed(END_APPROVED);
        org.assertj.core.api.Assertions.assertThat(milestones.reached()).containsExactly("IN_REVIEW", "APPROVED");
    }

    @Test
    void project_at_the_collective_threshold_needs_the_directors_meeting_then_the_bureau() {
        ProcessInstance project = submitProject(500_000.00);
        approveThroughDirector(project);

        assertThat(project).isWaitingAt(TASK_COLLECTIVE_DECISION);
        assertThat(task()).hasCandidateGroup("director");
        approve();
        assertThat(project).isWaitingAt(TASK_BUREAU_REVIEW);
        approve();
        assertThat(project).isEnded().hasPassedInOrder(TASK_DIRECTOR_REVIEW, TASK_DECIDE_ROUTING, TASK_COLLECTIVE_DECISION,
            TASK_BUREAU_REVIEW, END_APPROVED);
    }

    @Test
    void a_collective_decision_that_does_not_pass_returns_to_the_drafter_and_routing_is_decided_again() {
        ProcessInstance project = submitProject(600_000.00);
        approveThroughDirector(project);
        assertThat(project).isWaitingAt(TASK_COLLECTIVE_DECISION);

        complete(task(), withVariables(ProcessVariables.APPROVED, false));

        assertThat(project).isWaitingAt(TASK_REVISE_DRAFT).hasPassed(TASK_COLLECTIVE_DECISION, "Gateway_CollectiveOutcome");
        org.assertj.core.api.Assertions.assertThat(milestones.last()).isEqualTo("RETURNED");
        complete(task(), withVariables(ProcessVariables.AMOUNT_YUAN, 400_000.00));
        approveThroughDirector(project);
        assertThat(project).isWaitingAt(TASK_BUREAU_REVIEW);
    }

    @ParameterizedTest(name = "{0} at {1}元, method {2}, changed {3}")
    @CsvSource({
        "single source needs a collective decision, 10000.00, 单一来源, false",
        "a changed method needs a collective decision, 10000.00, 竞争性磋商, true",
    })
    void procurement_needing_a_collective_decision_passes_the_meeting_and_the_bureau(String why, double amount,
            String method, boolean changed) {
        ProcessInstance plan = submitProcurement(amount, method, changed);
        approveThroughDirector(plan);

        assertThat(plan).isWaitingAt(TASK_COLLECTIVE_DECISION);
        approve();
        assertThat(plan).isWaitingAt(TASK_BUREAU_REVIEW);
        approve();
        assertThat(plan).isEnded().hasPassed(END_APPROVED);
    }

    @Test
    void procurement_at_the_public_tender_threshold_goes_to_the_bureau_without_a_meeting() {
        ProcessInstance plan = submitProcurement(2_000_000.00, "公开招标", false);
        approveThroughDirector(plan);

        assertThat(plan).isWaitingAt(TASK_BUREAU_REVIEW).hasNotPassed(TASK_COLLECTIVE_DECISION);
        approve();
        assertThat(plan).isEnded().hasPassed(END_APPROVED);
    }

    @Test
    void small_procurement_is_approved_by_the_center_alone() {
        ProcessInstance plan = submitProcurement(1_999_999.99, "询价", false);
        approveThroughDirector(plan);

        assertThat(plan).isEnded().hasPassed(GATEWAY_BUREAU_NEEDED, END_APPROVED)
            .hasNotPassed(TASK_COLLECTIVE_DECISION, TASK_BUREAU_REVIEW);
        org.assertj.core.api.Assertions.assertThat(milestones.last()).isEqualTo("APPROVED");
    }

    @ParameterizedTest(name = "{0} returned at review {1}")
    @CsvSource({
        "project-application-approval, 0", "project-application-approval, 1", "project-application-approval, 2",
        "project-application-approval, 3", "procurement-plan-approval, 0", "procurement-plan-approval, 1",
        "procurement-plan-approval, 2", "procurement-plan-approval, 3",
    })
    void a_return_at_any_review_goes_to_the_drafter_and_resubmission_starts_at_the_section_head(String key, int step) {
        ProcessInstance document = key.equals(PROJECT_PROCESS_KEY) ? submitProject(100_000.00)
            : submitProcurement(2_500_000.00, "公开招标", false);
        List<String> reviews = List.of(TASK_SECTION_HEAD_REVIEW, TASK_FINANCE_REVIEW, TASK_DIRECTOR_REVIEW, TASK_BUREAU_REVIEW);
        for (int i = 0; i < step; i++) {
            assertThat(document).isWaitingAt(reviews.get(i));
            approve();
        }
        assertThat(document).isWaitingAt(reviews.get(step));

        complete(task(), withVariables(ProcessVariables.APPROVED, false));

        assertThat(document).isWaitingAt(TASK_REVISE_DRAFT);
        assertThat(task()).isAssignedTo("staff4");
        complete(task());
        assertThat(document).isWaitingAt(TASK_SECTION_HEAD_REVIEW);
        org.assertj.core.api.Assertions.assertThat(milestones.reached()).containsExactly("IN_REVIEW", "RETURNED", "IN_REVIEW");
    }

    @ParameterizedTest
    @ValueSource(strings = {PROJECT_PROCESS_KEY, PROCUREMENT_PROCESS_KEY})
    void drafter_can_withdraw_before_the_section_head_decides_but_not_after(String key) {
        ProcessInstance first = start(key, variables(key, 100_000.00, "询价", false));
        assertThat(first).isWaitingAt(TASK_SECTION_HEAD_REVIEW);
        runtimeService().createMessageCorrelation(MESSAGE_WITHDRAW).processInstanceId(first.getId()).correlate();
        assertThat(first).isEnded().hasPassed(END_WITHDRAWN);
        org.assertj.core.api.Assertions.assertThat(milestones.last()).isEqualTo("DRAFT");

        ProcessInstance second = start(key, variables(key, 100_000.00, "询价", false));
        assertThat(second).isWaitingAt(TASK_SECTION_HEAD_REVIEW);
        approve();
        assertThatThrownBy(() -> runtimeService().createMessageCorrelation(MESSAGE_WITHDRAW)
            .processInstanceId(second.getId()).correlate()).isInstanceOf(MismatchingMessageCorrelationException.class);
    }

    private static void approveThroughDirector(ProcessInstance instance) {
        for (String step : List.of(TASK_SECTION_HEAD_REVIEW, TASK_FINANCE_REVIEW, TASK_DIRECTOR_REVIEW)) {
            assertThat(instance).isWaitingAt(step);
            approve();
        }
    }

    private static void approve() {
        complete(task(), withVariables(ProcessVariables.APPROVED, true));
    }

    private static ProcessInstance submitProject(double amount) {
        return start(PROJECT_PROCESS_KEY, variables(PROJECT_PROCESS_KEY, amount, null, null));
    }

    private static ProcessInstance submitProcurement(double amount, String method, Boolean changed) {
        return start(PROCUREMENT_PROCESS_KEY, variables(PROCUREMENT_PROCESS_KEY, amount, method, changed));
    }

    private static ProcessInstance start(String key, Map<String, Object> variables) {
        return runtimeService().startProcessInstanceByKey(key, "7", variables);
    }

    private static Map<String, Object> variables(String key, double amount, String method, Boolean changed) {
        Map<String, Object> v = new HashMap<>();
        v.put(ProcessVariables.DOCUMENT_ID, 7L);
        v.put(ProcessVariables.DOCUMENT_TYPE, key.equals(PROJECT_PROCESS_KEY) ? "PROJECT_APPLICATION" : "PROCUREMENT_PLAN");
        v.put(ProcessVariables.SECTION_CODE, "S04");
        v.put(ProcessVariables.SECTION_HEAD_GROUP, "section-head-S04");
        v.put(ProcessVariables.DRAFTER, "staff4");
        v.put(ProcessVariables.AMOUNT_YUAN, amount);
        v.put(ProcessVariables.PROCUREMENT_METHOD, key.equals(PROJECT_PROCESS_KEY) ? null : method);
        v.put(ProcessVariables.METHOD_CHANGED, key.equals(PROJECT_PROCESS_KEY) ? null : changed);
        return v;
    }
}
