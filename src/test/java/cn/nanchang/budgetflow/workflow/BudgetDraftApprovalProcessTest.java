package cn.nanchang.budgetflow.workflow;

import static cn.nanchang.budgetflow.workflow.BudgetDraftApproval.*;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Walks every path of processes/budget-draft-approval.bpmn on a real engine: approval through
 * all four reviews, a return at each review followed by resubmission, and withdrawal; a budget
 * year's section request, which ends accepted after 财务审核, and a draft outside a budget year
 * (the variable false, or missing as in approvals started before the gateway), which goes on.
 */
@Deployment(resources = "processes/budget-draft-approval.bpmn")
class BudgetDraftApprovalProcessTest {

    private static final ProcessTestEngine.MilestoneRecorder milestones = new ProcessTestEngine.MilestoneRecorder();
    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
        .useProcessEngine(ProcessTestEngine.create("budget-draft-approval-test", milestones)).build();

    private static final List<String> REVIEWS =
        List.of(TASK_SECTION_HEAD_REVIEW, TASK_FINANCE_REVIEW, TASK_DIRECTOR_REVIEW, TASK_BUREAU_REVIEW);

    @BeforeEach
    void useThisClassesEngine() {
        // BPM Assert caches one engine per thread; each process test class has its own
        BpmnAwareTests.init(extension.getProcessEngine());
        milestones.clear();
    }

    @Test
    void draft_approved_at_every_step_ends_approved() {
        ProcessInstance draft = submit();

        assertThat(draft).isWaitingAt(TASK_SECTION_HEAD_REVIEW);
        assertThat(task()).hasCandidateGroup("section-head-S01");
        approve();
        assertThat(draft).isWaitingAt(TASK_FINANCE_REVIEW);
        assertThat(task()).hasCandidateGroup("finance");
        approve();
        assertThat(draft).isWaitingAt(TASK_DIRECTOR_REVIEW);
        assertThat(task()).hasCandidateGroup("director");
        approve();
        assertThat(draft).isWaitingAt(TASK_BUREAU_REVIEW);
        assertThat(task()).hasCandidateGroup("bureau");
        approve();

        assertThat(draft).isEnded().hasPassedInOrder(START_EVENT, TASK_SECTION_HEAD_REVIEW, TASK_FINANCE_REVIEW,
            TASK_DIRECTOR_REVIEW, TASK_BUREAU_REVIEW, END_APPROVED);
        assertThat(draft).hasNotPassed(TASK_REVISE_DRAFT);
        org.assertj.core.api.Assertions.assertThat(milestones.reached()).containsExactly("IN_REVIEW", "APPROVED");
    }

    @ParameterizedTest(name = "returned at {0}")
    @ValueSource(ints = {0, 1, 2, 3})
    void returned_draft_goes_to_its_drafter_and_resubmission_starts_again_at_the_section_head(int returningStep) {
        ProcessInstance draft = submit();
        for (int i = 0; i < returningStep; i++) {
            assertThat(draft).isWaitingAt(REVIEWS.get(i));
            approve();
        }
        assertThat(draft).isWaitingAt(REVIEWS.get(returningStep));

        complete(task(), withVariables(ProcessVariables.APPROVED, false));

        assertThat(draft).isWaitingAt(TASK_REVISE_DRAFT);
        assertThat(task()).isAssignedTo("staff1");
        org.assertj.core.api.Assertions.assertThat(milestones.last()).isEqualTo("RETURNED");

        complete(task());

        assertThat(draft).isWaitingAt(TASK_SECTION_HEAD_REVIEW);
        org.assertj.core.api.Assertions.assertThat(milestones.last()).isEqualTo("IN_REVIEW");
        REVIEWS.forEach(step -> {
            assertThat(draft).isWaitingAt(step);
            approve();
        });
        assertThat(draft).isEnded().hasPassed(END_APPROVED, TASK_REVISE_DRAFT);
        org.assertj.core.api.Assertions.assertThat(milestones.reached())
            .containsExactly("IN_REVIEW", "RETURNED", "IN_REVIEW", "APPROVED");
    }

    @Test
    void drafter_can_withdraw_while_the_section_head_has_not_decided() {
        ProcessInstance draft = submit();
        assertThat(draft).isWaitingAt(TASK_SECTION_HEAD_REVIEW);

        withdraw(draft);

        assertThat(draft).isEnded().hasPassed(BOUNDARY_WITHDRAWN, END_WITHDRAWN).hasNotPassed(TASK_FINANCE_REVIEW);
        org.assertj.core.api.Assertions.assertThat(milestones.reached()).containsExactly("IN_REVIEW", "DRAFT");
    }

    @Test
    void withdrawal_after_the_section_head_approved_is_refused_by_the_model() {
        ProcessInstance draft = submit();
        assertThat(draft).isWaitingAt(TASK_SECTION_HEAD_REVIEW);
        approve();
        assertThat(draft).isWaitingAt(TASK_FINANCE_REVIEW);

        assertThatThrownBy(() -> withdraw(draft)).isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(draft).isWaitingAt(TASK_FINANCE_REVIEW);
    }

    @Test
    void a_resubmitted_draft_can_be_withdrawn_again_before_the_section_head_decides() {
        ProcessInstance draft = submit();
        assertThat(draft).isWaitingAt(TASK_SECTION_HEAD_REVIEW);
        complete(task(), withVariables(ProcessVariables.APPROVED, false));
        assertThat(draft).isWaitingAt(TASK_REVISE_DRAFT);
        complete(task());
        assertThat(draft).isWaitingAt(TASK_SECTION_HEAD_REVIEW);

        withdraw(draft);

        assertThat(draft).isEnded().hasPassed(END_WITHDRAWN);
    }

    @Test
    void a_section_request_of_a_budget_year_ends_accepted_once_finance_approves_it() {
        ProcessInstance request = submit(true);
        assertThat(request).isWaitingAt(TASK_SECTION_HEAD_REVIEW);
        approve();
        assertThat(request).isWaitingAt(TASK_FINANCE_REVIEW);
        approve();

        assertThat(request).isEnded().hasPassedInOrder(TASK_SECTION_HEAD_REVIEW, TASK_FINANCE_REVIEW, GATEWAY_YEAR_REQUEST,
            END_REQUEST_ACCEPTED).hasNotPassed(TASK_DIRECTOR_REVIEW, END_APPROVED);
        org.assertj.core.api.Assertions.assertThat(milestones.reached()).containsExactly("IN_REVIEW", "ACCEPTED");
    }

    @Test
    void a_section_request_returned_by_finance_is_accepted_after_resubmission() {
        ProcessInstance request = submit(true);
        approve(request);
        complete(task(request), withVariables(ProcessVariables.APPROVED, false));
        assertThat(request).isWaitingAt(TASK_REVISE_DRAFT);
        complete(task(request));
        approve(request);
        approve(request);

        assertThat(request).isEnded().hasPassed(TASK_REVISE_DRAFT, END_REQUEST_ACCEPTED).hasNotPassed(TASK_DIRECTOR_REVIEW);
        org.assertj.core.api.Assertions.assertThat(milestones.reached())
            .containsExactly("IN_REVIEW", "RETURNED", "IN_REVIEW", "ACCEPTED");
    }

    @ParameterizedTest(name = "budgetYearRequest {0}")
    @ValueSource(strings = {"false", "missing"})
    void a_draft_outside_a_budget_year_goes_on_from_finance_to_the_director(String budgetYearRequest) {
        ProcessInstance draft = budgetYearRequest.equals("missing") ? submit() : submit(false);
        approve(draft);
        approve(draft);

        assertThat(draft).isWaitingAt(TASK_DIRECTOR_REVIEW).hasPassedInOrder(TASK_FINANCE_REVIEW, GATEWAY_YEAR_REQUEST)
            .hasNotPassed(END_REQUEST_ACCEPTED);
        org.assertj.core.api.Assertions.assertThat(milestones.reached()).containsExactly("IN_REVIEW");
    }

    /** A section's request of a budget year (true) or a draft outside one (false), as ApprovalProcesses starts them. */
    private static ProcessInstance submit(boolean budgetYearRequest) {
        Map<String, Object> variables = new HashMap<>(startVariables());
        variables.put(ProcessVariables.BUDGET_YEAR_REQUEST, budgetYearRequest);
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, "1", variables);
    }

    /** Without budgetYearRequest: a draft submitted before the gateway existed. */
    private static ProcessInstance submit() {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, "1", startVariables());
    }

    private static Map<String, Object> startVariables() {
        return Map.of(
            ProcessVariables.DOCUMENT_ID, 1L,
            ProcessVariables.DOCUMENT_TYPE, "BUDGET_DRAFT",
            ProcessVariables.SECTION_CODE, "S01",
            ProcessVariables.SECTION_HEAD_GROUP, "section-head-S01",
            ProcessVariables.DRAFTER, "staff1",
            ProcessVariables.AMOUNT_YUAN, 62345.67);
    }

    private static void approve() {
        complete(task(), withVariables(ProcessVariables.APPROVED, true));
    }

    private static void approve(ProcessInstance instance) {
        complete(task(instance), withVariables(ProcessVariables.APPROVED, true));
    }

    private static void withdraw(ProcessInstance draft) {
        runtimeService().createMessageCorrelation(MESSAGE_WITHDRAW).processInstanceId(draft.getId()).correlate();
    }
}
