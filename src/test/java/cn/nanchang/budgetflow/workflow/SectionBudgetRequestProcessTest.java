package cn.nanchang.budgetflow.workflow;

import static cn.nanchang.budgetflow.workflow.BudgetYearModel.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every path of processes/section-budget-request.bpmn, started as the year's call activity
 * starts it: the request accepted by 财务; the section excused; the reminder three days before the
 * deadline at 9:00 and the overdue notice at the end of the deadline day (Asia/Shanghai), each
 * sending its notice and ending while the request is still awaited; no timer after acceptance.
 */
@Deployment(resources = "processes/section-budget-request.bpmn")
class SectionBudgetRequestProcessTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final List<Object> events = new ArrayList<>();

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
        .useProcessEngine(ProcessTestEngine.create("section-budget-request-test", new ProcessTestEngine.MilestoneRecorder(), events))
        .build();

    @BeforeEach
    void startInSeptember() {
        BpmnAwareTests.init(extension.getProcessEngine());
        events.clear();
        at(2026, 9, 1, 10, 0);
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void the_request_accepted_by_finance_ends_the_section_in_the_round() {
        ProcessInstance request = start("S01");
        assertThat(request).isWaitingAt(TASK_AWAIT_SECTION_REQUEST);

        correlate(MESSAGE_SECTION_REQUEST_ACCEPTED, "S01");

        assertThat(request).isEnded().hasPassedInOrder(SECTION_START_EVENT, TASK_AWAIT_SECTION_REQUEST, END_REQUEST_ACCEPTED)
            .hasNotPassed(END_SECTION_EXCUSED);
        assertThat(managementService().createJobQuery().count()).as("the timers went with the wait").isZero();
        assertThat(events).isEmpty();
    }

    @Test
    void an_excused_section_is_no_longer_awaited() {
        ProcessInstance request = start("S02");

        correlate(MESSAGE_SECTION_EXCUSED, "S02");

        assertThat(request).isEnded().hasPassedInOrder(TASK_AWAIT_SECTION_REQUEST, BOUNDARY_SECTION_EXCUSED, END_SECTION_EXCUSED)
            .hasNotPassed(END_REQUEST_ACCEPTED);
        assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void messages_reach_only_the_request_of_their_section() {
        ProcessInstance s01 = start("S01");
        ProcessInstance s02 = start("S02");

        correlate(MESSAGE_SECTION_REQUEST_ACCEPTED, "S02");

        assertThat(s01).isWaitingAt(TASK_AWAIT_SECTION_REQUEST);
        assertThat(s02).isEnded();
    }

    @Test
    void the_reminder_fires_three_days_before_the_deadline_at_nine_and_the_overdue_notice_when_the_day_is_over() {
        ProcessInstance request = start("S03");
        assertThat(dueDates()).containsExactly(date(2026, 9, 27, 9, 0), date(2026, 10, 1, 0, 0));

        at(2026, 9, 27, 8, 59);
        assertThat(runDueTimers()).isZero();
        at(2026, 9, 27, 9, 0);
        assertThat(runDueTimers()).isEqualTo(1);
        assertThat(request).isWaitingAt(TASK_AWAIT_SECTION_REQUEST)
            .hasPassedInOrder(BOUNDARY_REQUEST_REMINDER, "Task_SendRequestReminder", "EndEvent_RequestReminded");

        at(2026, 9, 30, 23, 59);
        assertThat(runDueTimers()).isZero();
        at(2026, 10, 1, 0, 0);
        assertThat(runDueTimers()).isEqualTo(1);
        assertThat(request).isWaitingAt(TASK_AWAIT_SECTION_REQUEST)
            .hasPassedInOrder(BOUNDARY_REQUEST_OVERDUE, "Task_SendRequestOverdueNotice", "EndEvent_RequestOverdueNotified");

        assertThat(events).extracting(e -> (YearDeadlineReached) e)
            .extracting(YearDeadlineReached::fiscalYear, YearDeadlineReached::sectionCode, YearDeadlineReached::round,
                YearDeadlineReached::kind)
            .containsExactly(tuple(2027, "S03", "ONE_UP", YearDeadlineReached.Kind.REMINDER),
                tuple(2027, "S03", "ONE_UP", YearDeadlineReached.Kind.OVERDUE));
        at(2026, 12, 31, 0, 0);
        assertThat(runDueTimers()).as("each timer fires once").isZero();

        correlate(MESSAGE_SECTION_EXCUSED, "S03");
        assertThat(request).isEnded().hasPassed(END_SECTION_EXCUSED);
    }

    private static ProcessInstance start(String sectionCode) {
        return runtimeService().startProcessInstanceByKey(BudgetYearProcess.SECTION_PROCESS_KEY,
            BudgetYearProcess.businessKey(2027),
            Map.of(FISCAL_YEAR, 2027, SECTION_CODE, sectionCode, ROUND, "ONE_UP", DEADLINE, "2026-09-30"));
    }

    private static void correlate(String message, String sectionCode) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(BudgetYearProcess.businessKey(2027))
            .processInstanceVariableEquals(SECTION_CODE, sectionCode).correlate();
    }

    private static List<Date> dueDates() {
        return managementService().createJobQuery().timers().orderByJobDuedate().asc().list().stream()
            .map(Job::getDuedate).toList();
    }

    private static int runDueTimers() {
        List<Job> due = managementService().createJobQuery().timers().executable().orderByJobDuedate().asc().list();
        due.forEach(job -> managementService().executeJob(job.getId()));
        return due.size();
    }

    private static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(date(year, month, day, hour, minute));
    }

    private static Date date(int year, int month, int day, int hour, int minute) {
        return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(CHINA).toInstant());
    }
}
