package cn.nanchang.budgetflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.testsupport.ApiClient;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import cn.nanchang.budgetflow.testsupport.BudgetDrafts.Draft;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the workflow facade tells auditors from the engine's history: the path a document's
 * latest approval took through the model (activities and sequence flows, loops included), where
 * it waits, which waiting steps are overdue, and each task's arrival, assignments and end.
 */
@ApiTestContext
class ProcessHistoryTest {

    private final ApiClient api;
    private final ProcessHistory history;
    private final HistoryService historyService;
    private final RepositoryService repository;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final Clock clock;

    ProcessHistoryTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired ProcessHistory history,
            @Autowired HistoryService historyService, @Autowired RepositoryService repository, @Autowired TaskService tasks,
            @Autowired RuntimeService runtime, @Autowired Clock clock) {
        this.api = new ApiClient(mvc, json);
        this.history = history;
        this.historyService = historyService;
        this.repository = repository;
        this.tasks = tasks;
        this.runtime = runtime;
        this.clock = clock;
    }

    @Test
    void a_draft_returned_by_finance_and_resubmitted_has_taken_the_return_loop_and_waits_at_the_section_head_again() {
        Draft draft = api.drafts().submitted("staff3");
        api.approve("head3", draft.id());
        api.decide("finance", draft.id(), "RETURN", "请补充");
        api.drafts().submit("staff3", draft.id());

        ProcessDiagram diagram = history.diagramOf(draft.id(), DocumentType.BUDGET_DRAFT);

        assertThat(diagram.processKey()).isEqualTo(BudgetDraftApproval.PROCESS_KEY);
        assertThat(diagram.bpmnXml()).contains("<bpmn:userTask id=\"Task_FinanceReview\"").contains("bpmndi:BPMNDiagram");
        assertThat(diagram.current()).containsExactly(BudgetDraftApproval.TASK_SECTION_HEAD_REVIEW);
        assertThat(diagram.completed()).contains(BudgetDraftApproval.START_EVENT, BudgetDraftApproval.TASK_SECTION_HEAD_REVIEW,
            BudgetDraftApproval.TASK_FINANCE_REVIEW, BudgetDraftApproval.TASK_REVISE_DRAFT, "Gateway_FinanceDecision")
            .doesNotContain(BudgetDraftApproval.TASK_DIRECTOR_REVIEW, BudgetDraftApproval.END_APPROVED);
        assertThat(diagram.takenFlows()).containsExactlyInAnyOrder("Flow_SubmittedToReviewStart", "Flow_ToSectionHeadReview",
            "Flow_SectionHeadDecided", "Flow_SectionHeadApproved", "Flow_FinanceDecided", "Flow_FinanceReturned",
            "Flow_ToReviseDraft", "Flow_Resubmitted", "Flow_ResubmitFromStart");
        assertThat(diagram.overdue()).isEmpty();
        assertThat(diagram.ended()).isFalse();
    }

    @Test
    void an_approved_draft_has_passed_every_review_to_the_approved_end_and_waits_nowhere() {
        Draft draft = api.drafts().submitted("staff3");
        api.approveAll(draft.id(), "head3", "finance", "director", "bureau");

        ProcessDiagram diagram = history.diagramOf(draft.id(), DocumentType.BUDGET_DRAFT);

        assertThat(diagram.ended()).isTrue();
        assertThat(diagram.current()).isEmpty();
        assertThat(diagram.completed()).contains(BudgetDraftApproval.TASK_BUREAU_REVIEW, BudgetDraftApproval.END_APPROVED)
            .doesNotContain(BudgetDraftApproval.TASK_REVISE_DRAFT);
        assertThat(diagram.takenFlows()).contains("Flow_BureauApproved").noneMatch(f -> f.endsWith("Returned"));
    }

    @Test
    void a_withdrawn_draft_left_the_section_heads_step_through_the_boundary_event() {
        Draft draft = api.drafts().submitted("staff3");
        api.drafts().withdraw("staff3", draft.id());

        ProcessDiagram diagram = history.diagramOf(draft.id(), DocumentType.BUDGET_DRAFT);

        assertThat(diagram.completed()).contains(BudgetDraftApproval.BOUNDARY_WITHDRAWN, BudgetDraftApproval.END_WITHDRAWN)
            .doesNotContain(BudgetDraftApproval.TASK_SECTION_HEAD_REVIEW);
        assertThat(diagram.takenFlows()).contains("Flow_Withdrawn").doesNotContain("Flow_SectionHeadDecided");
        assertThat(diagram.current()).isEmpty();
        assertThat(history.tasksOf(draft.id())).singleElement()
            .satisfies(t -> assertThat(t.end()).isEqualTo(TaskRecord.End.CANCELLED));
    }

    @Test
    void a_draft_never_submitted_shows_its_types_model_with_nothing_marked() {
        Draft draft = api.drafts().create("staff3");

        ProcessDiagram diagram = history.diagramOf(draft.id(), DocumentType.BUDGET_DRAFT);

        assertThat(diagram.processInstanceId()).isNull();
        assertThat(diagram.bpmnXml()).contains(BudgetDraftApproval.TASK_BUREAU_REVIEW);
        assertThat(diagram.completed()).isEmpty();
        assertThat(diagram.takenFlows()).isEmpty();
        assertThat(diagram.current()).isEmpty();
    }

    @Test
    void an_open_task_is_overdue_after_its_three_working_days_and_a_completed_one_never() {
        // the model gives each review three working days: a week and a day later is past them whatever the weekday
        Draft draft = api.drafts().submitted("staff3");
        api.approve("head3", draft.id());

        ProcessDiagram eightDaysLater = at(Duration.ofDays(8)).diagramOf(draft.id(), DocumentType.BUDGET_DRAFT);
        ProcessDiagram twoDaysLater = at(Duration.ofDays(2)).diagramOf(draft.id(), DocumentType.BUDGET_DRAFT);

        assertThat(eightDaysLater.overdue()).containsExactly(BudgetDraftApproval.TASK_FINANCE_REVIEW);
        assertThat(twoDaysLater.overdue()).isEmpty();
        List<TaskRecord> records = at(Duration.ofDays(8)).tasksOf(draft.id());
        assertThat(records).extracting(TaskRecord::step, TaskRecord::overdue)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(ApprovalStep.SECTION_HEAD_REVIEW, false),
                org.assertj.core.groups.Tuple.tuple(ApprovalStep.FINANCE_REVIEW, true));
        assertThat(records.get(1).durationMillis()).isGreaterThanOrEqualTo(Duration.ofDays(8).toMillis());
    }

    @Test
    void a_due_date_decides_overdue_when_the_task_has_one() {
        Draft draft = api.drafts().submitted("staff3");
        String taskId = api.taskId("head3", draft.id());
        var task = tasks.createTaskQuery().taskId(taskId).singleResult();
        task.setDueDate(java.util.Date.from(clock.instant().plus(Duration.ofDays(10))));
        tasks.saveTask(task);

        assertThat(at(Duration.ofDays(5)).tasksOf(draft.id()).get(0).overdue()).isFalse();
        assertThat(at(Duration.ofDays(11)).tasksOf(draft.id()).get(0).overdue()).isTrue();
    }

    @Test
    void a_task_records_its_arrival_who_was_assigned_and_how_long_it_took() {
        Draft draft = api.drafts().submitted("staff3");
        String taskId = api.taskId("head3", draft.id());
        api.post("head3", ApiClient.TASKS + "/{taskId}/claim", null, taskId);
        api.approve("head3", draft.id());

        TaskRecord reviewed = history.tasksOf(draft.id()).get(0);

        assertThat(reviewed.taskKey()).isEqualTo(BudgetDraftApproval.TASK_SECTION_HEAD_REVIEW);
        assertThat(reviewed.end()).isEqualTo(TaskRecord.End.COMPLETED);
        assertThat(reviewed.assignee()).isEqualTo("head3");
        assertThat(reviewed.assignments()).first().satisfies(a -> {
            assertThat(a.user()).isEqualTo("head3");
            assertThat(a.assigned()).isTrue();
        });
        assertThat(reviewed.durationMillis()).isEqualTo(Duration.between(reviewed.created(), reviewed.ended()).toMillis());
        assertThat(history.currentSteps(List.of(draft.id()))).containsEntry(draft.id(), List.of(ApprovalStep.FINANCE_REVIEW));
    }

    private ProcessHistory at(Duration later) {
        return new ProcessHistory(historyService, repository, tasks, runtime, Clock.offset(clock, later), Duration.ofDays(3));
    }
}
