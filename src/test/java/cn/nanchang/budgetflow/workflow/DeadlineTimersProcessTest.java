package cn.nanchang.budgetflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The due dates and timers of the approval processes, with the engine's clock moved: a
 * step that arrives on a Friday is due at the end of the following Wednesday (three working
 * days), its holder is reminded on Wednesday morning, it escalates at the due date, each timer
 * fires once, and nothing fires for a step that was completed in time. Each timer's path
 * (boundary event → send task → end event) is walked at every review step of every model, and
 * leaves the people's view of the approval (its tasks) as it was.
 */
@Deployment(resources = {"processes/budget-draft-approval.bpmn", "processes/project-application-approval.bpmn",
    "processes/procurement-plan-approval.bpmn", "processes/unit-proposal-approval.bpmn", "processes/approval-routing.dmn"})
class DeadlineTimersProcessTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final List<Object> events = new ArrayList<>();

    @org.junit.jupiter.api.extension.RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
        .useProcessEngine(ProcessTestEngine.create("deadline-timers-test", new ProcessTestEngine.MilestoneRecorder(), events))
        .build();

    @BeforeEach
    void startOnAFridayMorning() {
        BpmnAwareTests.init(extension.getProcessEngine());
        events.clear();
        at(2026, 11, 27, 10, 0);
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"budget-draft-approval, SECTION_HEAD_REVIEW, section-head-S01",
        "project-application-approval, SECTION_HEAD_REVIEW, section-head-S01",
        "procurement-plan-approval, SECTION_HEAD_REVIEW, section-head-S01",
        "unit-proposal-approval, COLLECTIVE_DECISION, director"})
    void a_review_step_is_due_three_working_days_after_it_arrives_and_its_holders_hear_of_it(String processKey,
            ApprovalStep first, String group) {
        ProcessInstance document = submit(processKey);

        assertThat(task(document).getDueDate()).isEqualTo(date(2026, 12, 3, 0, 0));
        assertThat(events).singleElement().isInstanceOfSatisfying(TaskArrived.class, arrived -> {
            assertThat(arrived.step()).isEqualTo(first);
            assertThat(arrived.candidateGroups()).containsExactly(group);
            assertThat(arrived.due()).isEqualTo(date(2026, 12, 3, 0, 0).toInstant());
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"budget-draft-approval", "project-application-approval", "procurement-plan-approval"})
    void the_reminder_fires_on_the_last_morning_and_the_escalation_to_the_director_once_the_step_is_overdue(String processKey) {
        ProcessInstance document = submit(processKey);
        events.clear();

        at(2026, 12, 2, 8, 59);
        assertThat(runDueTimers()).isZero();
        at(2026, 12, 2, 9, 0);
        assertThat(runDueTimers()).isEqualTo(1);
        assertThat(deadlines()).singleElement().satisfies(reminder -> {
            assertThat(reminder.kind()).isEqualTo(StepDeadline.Kind.REMINDER);
            assertThat(reminder.candidateGroups()).containsExactly("section-head-S01");
            assertThat(reminder.escalateTo()).isNull();
        });

        at(2026, 12, 3, 0, 0);
        assertThat(runDueTimers()).isEqualTo(1);
        assertThat(deadlines()).last().satisfies(overdue -> {
            assertThat(overdue.kind()).isEqualTo(StepDeadline.Kind.OVERDUE);
            assertThat(overdue.escalateTo()).isEqualTo("director");
        });

        at(2026, 12, 30, 0, 0);
        assertThat(runDueTimers()).as("each timer fires once").isZero();
        BpmnAwareTests.assertThat(document).isWaitingAt(BudgetDraftApproval.TASK_SECTION_HEAD_REVIEW);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"budget-draft-approval", "project-application-approval", "procurement-plan-approval"})
    void nothing_fires_for_a_step_completed_in_time_and_the_next_step_gets_its_own_period(String processKey) {
        ProcessInstance document = submit(processKey);
        at(2026, 11, 30, 10, 0);
        complete(task(document), withVariables(ProcessVariables.APPROVED, true));
        events.clear();

        assertThat(task(document).getDueDate()).as("Monday + 3 working days").isEqualTo(date(2026, 12, 4, 0, 0));
        at(2026, 12, 3, 8, 0);
        assertThat(runDueTimers()).as("the section head's timers went with the task").isZero();
        assertThat(deadlines()).isEmpty();

        at(2026, 12, 4, 0, 0);
        assertThat(runDueTimers()).isEqualTo(2);
        assertThat(deadlines()).extracting(StepDeadline::step, StepDeadline::kind, StepDeadline::escalateTo)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(ApprovalStep.FINANCE_REVIEW, StepDeadline.Kind.REMINDER, null),
                org.assertj.core.groups.Tuple.tuple(ApprovalStep.FINANCE_REVIEW, StepDeadline.Kind.OVERDUE, "director"));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
        "budget-draft-approval, Task_SectionHeadReview", "budget-draft-approval, Task_FinanceReview",
        "budget-draft-approval, Task_DirectorReview", "budget-draft-approval, Task_BureauReview",
        "project-application-approval, Task_SectionHeadReview", "project-application-approval, Task_FinanceReview",
        "project-application-approval, Task_DirectorReview", "project-application-approval, Task_CollectiveDecision",
        "project-application-approval, Task_BureauReview",
        "procurement-plan-approval, Task_SectionHeadReview", "procurement-plan-approval, Task_FinanceReview",
        "procurement-plan-approval, Task_DirectorReview", "procurement-plan-approval, Task_CollectiveDecision",
        "procurement-plan-approval, Task_BureauReview",
        "unit-proposal-approval, Task_CollectiveDecision", "unit-proposal-approval, Task_DirectorReview",
        "unit-proposal-approval, Task_BureauReview"})
    void each_timer_of_each_step_sends_its_notice_and_ends_while_the_step_waits(String processKey, String taskKey) {
        ProcessInstance document = submit(processKey, 4L, 600000.00, "单一来源");
        approveUntil(document, taskKey);
        ApprovalStep step = ApprovalStep.ofTaskKey(taskKey).orElseThrow();
        List<TaskRecord> before = history().tasksOf(4L);
        events.clear();

        at(2027, 1, 29, 10, 0);
        assertThat(runDueTimers()).isEqualTo(2);

        BpmnAwareTests.assertThat(document).isWaitingAt(taskKey)
            .hasPassedInOrder(timerPath(taskKey, "Reminder").toArray(String[]::new))
            .hasPassedInOrder(timerPath(taskKey, "Overdue").toArray(String[]::new));
        assertThat(deadlines()).extracting(StepDeadline::step, StepDeadline::kind).containsExactly(
            org.assertj.core.groups.Tuple.tuple(step, StepDeadline.Kind.REMINDER),
            org.assertj.core.groups.Tuple.tuple(step, StepDeadline.Kind.OVERDUE));
        assertThat(history().tasksOf(4L)).as("the timers add no task to what people see")
            .extracting(TaskRecord::taskId, TaskRecord::step, TaskRecord::end)
            .containsExactlyElementsOf(before.stream().map(t -> org.assertj.core.groups.Tuple.tuple(t.taskId(), t.step(), t.end())).toList());
        ProcessDiagram diagram = history().diagramOf(4L, null);
        assertThat(diagram.current()).containsExactly(taskKey);
        assertThat(diagram.completed()).containsAll(timerPath(taskKey, "Reminder")).containsAll(timerPath(taskKey, "Overdue"));
    }

    /**
     * A timer's path after the models' naming: Task_FinanceReview → BoundaryEvent_FinanceReviewReminder,
     * Task_SendFinanceReminder, EndEvent_FinanceReminded (OverdueNotice and OverdueNotified for the other).
     */
    private static List<String> timerPath(String taskKey, String kind) {
        String base = taskKey.substring("Task_".length());
        String step = base.endsWith("Review") ? base.substring(0, base.length() - "Review".length()) : base;
        return kind.equals("Reminder")
            ? List.of("BoundaryEvent_" + base + "Reminder", "Task_Send" + step + "Reminder", "EndEvent_" + step + "Reminded")
            : List.of("BoundaryEvent_" + base + "Overdue", "Task_Send" + step + "OverdueNotice", "EndEvent_" + step + "OverdueNotified");
    }

    private static void approveUntil(ProcessInstance document, String taskKey) {
        for (int i = 0; i < 6 && !taskKey.equals(task(document).getTaskDefinitionKey()); i++) {
            complete(task(document), withVariables(ProcessVariables.APPROVED, true));
        }
        BpmnAwareTests.assertThat(document).isWaitingAt(taskKey);
    }

    private static ProcessHistory history() {
        var engine = extension.getProcessEngine();
        return new ProcessHistory(engine.getHistoryService(), engine.getRepositoryService(), engine.getTaskService(),
            engine.getRuntimeService(), Clock.systemUTC(), Duration.ofDays(3));
    }

    private static int runDueTimers() {
        List<Job> due = managementService().createJobQuery().timers().executable().orderByJobDuedate().asc().list();
        due.forEach(job -> managementService().executeJob(job.getId()));
        return due.size();
    }

    private static List<StepDeadline> deadlines() {
        return events.stream().filter(StepDeadline.class::isInstance).map(StepDeadline.class::cast).toList();
    }

    private static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(date(year, month, day, hour, minute));
    }

    private static Date date(int year, int month, int day, int hour, int minute) {
        return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(CHINA).toInstant());
    }

    private static ProcessInstance submit(String processKey) {
        return submit(processKey, 3L, 62345.67, "询价");
    }

    private static ProcessInstance submit(String processKey, long documentId, double amount, String procurementMethod) {
        Map<String, Object> v = new HashMap<>();
        v.put(ProcessVariables.DOCUMENT_ID, documentId);
        v.put(ProcessVariables.DOCUMENT_TYPE, switch (processKey) {
            case "budget-draft-approval" -> "BUDGET_DRAFT";
            case "project-application-approval" -> "PROJECT_APPLICATION";
            case "unit-proposal-approval" -> "UNIT_PROPOSAL";
            default -> "PROCUREMENT_PLAN";
        });
        v.put(ProcessVariables.SECTION_CODE, "S01");
        v.put(ProcessVariables.SECTION_HEAD_GROUP, "section-head-S01");
        v.put(ProcessVariables.DRAFTER, "staff1");
        v.put(ProcessVariables.AMOUNT_YUAN, amount);
        v.put(ProcessVariables.PROCUREMENT_METHOD, processKey.equals("procurement-plan-approval") ? procurementMethod : null);
        v.put(ProcessVariables.METHOD_CHANGED, processKey.equals("procurement-plan-approval") ? false : null);
        return runtimeService().startProcessInstanceByKey(processKey, Long.toString(documentId), v);
    }
}
