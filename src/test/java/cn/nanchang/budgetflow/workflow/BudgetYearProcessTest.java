package cn.nanchang.budgetflow.workflow;

import static cn.nanchang.budgetflow.workflow.BudgetYearModel.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.nanchang.budgetflow.base.ConflictException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
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
 * Walks every path of processes/budget-year.bpmn (with the sections' processes it calls) through
 * the workflow module's facade {@link BudgetYearProcess} on a real engine: both rounds with every
 * section in, a section excused, the split returned and approved again, each timer (the sections'
 * reminders and overdue marks, the bureau's 批复 overdue, the disclosure's reminder and overdue),
 * the end after the disclosure; what {@code stage} and {@code sectionsWaiting} answer on the way,
 * the rounds published, and the messages the year is not waiting for refused as conflicts.
 */
@Deployment(resources = {"processes/budget-year.bpmn", "processes/section-budget-request.bpmn"})
class BudgetYearProcessTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalDate ONE_UP_DEADLINE = LocalDate.of(2026, 9, 30);
    private static final LocalDate TWO_UP_DEADLINE = LocalDate.of(2026, 12, 15);
    private static final List<String> SECTIONS_OF_THE_UNIT = List.of("S01", "S02", "S03");
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2030);
    private static final List<Object> events = new ArrayList<>();

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
        .useProcessEngine(ProcessTestEngine.create("budget-year-test", new ProcessTestEngine.MilestoneRecorder(), events))
        .build();

    private ProcessEngine engine;
    private BudgetYearProcess years;
    private int year;

    @BeforeEach
    void wireTheFacadeToThisEngine() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        years = new BudgetYearProcess(engine.getRuntimeService(), engine.getHistoryService());
        events.clear();
        year = NEXT_YEAR.getAndIncrement();
        at(2026, 9, 1, 10, 0);
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void a_year_with_every_section_in_goes_through_both_rounds_to_the_disclosure_and_closes() {
        assertThat(years.stage(year)).isEmpty();
        years.start(year, SECTIONS_OF_THE_UNIT, ONE_UP_DEADLINE, TWO_UP_DEADLINE);

        assertThat(years.stage(year)).contains(YearStage.ONE_UP_REQUESTS);
        assertThat(years.sectionsWaiting(year)).containsExactly("S01", "S02", "S03");
        assertThat(sectionRequests()).extracting(v -> v.get(SECTION_CODE), v -> v.get(ROUND), v -> v.get(DEADLINE),
                v -> v.get(FISCAL_YEAR))
            .containsExactlyInAnyOrder(tuple("S01", "ONE_UP", "2026-09-30", year), tuple("S02", "ONE_UP", "2026-09-30", year),
                tuple("S03", "ONE_UP", "2026-09-30", year));
        years.sectionRequestAccepted(year, "S02");
        assertThat(years.sectionsWaiting(year)).containsExactly("S01", "S03");
        years.sectionRequestAccepted(year, "S01");
        years.sectionRequestAccepted(year, "S03");

        assertThat(years.stage(year)).contains(YearStage.ONE_UP_PROPOSAL);
        assertThat(years.sectionsWaiting(year)).isEmpty();
        years.proposalApproved(year, LocalDate.of(2026, 10, 25));
        assertThat(engine.getRuntimeService().getVariable(instance().getId(), APPROVAL_DUE)).as("ignored after 一上").isNull();
        assertThat(years.stage(year)).contains(YearStage.CEILINGS);
        years.ceilingsIssued(year);
        assertThat(years.stage(year)).contains(YearStage.SPLIT);
        years.splitRecorded(year);
        assertThat(years.stage(year)).contains(YearStage.SPLIT_APPROVAL);
        years.splitDecided(year, true);

        assertThat(years.stage(year)).contains(YearStage.TWO_UP_REQUESTS);
        assertThat(sectionRequests()).extracting(v -> v.get(ROUND), v -> v.get(DEADLINE))
            .containsOnly(tuple("TWO_UP", "2026-12-15"));
        SECTIONS_OF_THE_UNIT.forEach(section -> years.sectionRequestAccepted(year, section));
        assertThat(years.stage(year)).contains(YearStage.TWO_UP_PROPOSAL);
        years.proposalApproved(year, LocalDate.of(2026, 12, 31));
        assertThat(years.stage(year)).contains(YearStage.APPROVAL);
        assertThat(engine.getRuntimeService().getVariable(instance().getId(), APPROVAL_DUE)).isEqualTo("2026-12-31");
        years.budgetApproved(year, LocalDate.of(2027, 1, 20));
        assertThat(years.stage(year)).contains(YearStage.DISCLOSURE);
        ProcessInstance instance = instance();
        years.disclosurePublished(year);

        assertThat(years.stage(year)).contains(YearStage.CLOSED);
        assertThat(instance).isEnded().hasPassedInOrder(START_EVENT, CALL_ONE_UP_REQUESTS, TASK_AWAIT_ONE_UP_PROPOSAL,
                TASK_AWAIT_CEILINGS, TASK_AWAIT_SPLIT, TASK_AWAIT_SPLIT_APPROVAL, GATEWAY_SPLIT_DECISION, CALL_TWO_UP_REQUESTS,
                TASK_AWAIT_TWO_UP_PROPOSAL, TASK_AWAIT_APPROVAL, TASK_AWAIT_DISCLOSURE, END_YEAR_CLOSED)
            .hasNotPassed("Task_SendApprovalOverdueNotice", "Task_SendDisclosureReminder");
        assertThat(passes(instance, TASK_AWAIT_SPLIT)).as("the split was not returned").isEqualTo(1);
        assertThat(rounds()).containsExactly("ONE_UP", "CEILINGS", "TWO_UP", "APPROVED");
        assertThat(events).allMatch(BudgetRoundReached.class::isInstance);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(BudgetYearProcess.SECTION_PROCESS_KEY).processInstanceBusinessKey(BudgetYearProcess.businessKey(year))
            .list()).as("one request per section and round, each accepted").hasSize(6)
            .allMatch(p -> END_REQUEST_ACCEPTED.equals(p.getEndActivityId()));
    }

    @Test
    void an_excused_section_lets_the_round_finish_without_it_and_its_late_acceptance_changes_nothing() {
        years.start(year, SECTIONS_OF_THE_UNIT, ONE_UP_DEADLINE, TWO_UP_DEADLINE);
        years.sectionRequestAccepted(year, "S01");
        years.sectionRequestAccepted(year, "S03");
        assertThat(years.sectionsWaiting(year)).containsExactly("S02");

        years.excuseSection(year, "S02");

        assertThat(years.stage(year)).contains(YearStage.ONE_UP_PROPOSAL);
        assertThat(years.sectionsWaiting(year)).isEmpty();
        assertThat(sectionEnds()).containsExactlyInAnyOrder(END_REQUEST_ACCEPTED, END_SECTION_EXCUSED, END_REQUEST_ACCEPTED);
        assertThatThrownBy(() -> years.excuseSection(year, "S02")).isInstanceOf(ConflictException.class);
        years.sectionRequestAccepted(year, "S02");
        assertThat(years.stage(year)).contains(YearStage.ONE_UP_PROPOSAL);
    }

    @Test
    void a_returned_split_is_recorded_again_and_then_approved() {
        startAndReachSplitApproval();

        years.splitDecided(year, false);

        assertThat(years.stage(year)).contains(YearStage.SPLIT);
        assertThat(instance()).hasPassedInOrder(TASK_AWAIT_SPLIT_APPROVAL, GATEWAY_SPLIT_DECISION, "Gateway_SplitJoin")
            .isWaitingAt(TASK_AWAIT_SPLIT);
        assertThat(passes(instance(), TASK_AWAIT_SPLIT)).isEqualTo(2);
        assertThatThrownBy(() -> years.splitDecided(year, true)).as("nothing to decide before a new split")
            .isInstanceOf(ConflictException.class);
        years.splitRecorded(year);
        years.splitDecided(year, true);
        assertThat(years.stage(year)).contains(YearStage.TWO_UP_REQUESTS);
        assertThat(passes(instance(), TASK_AWAIT_SPLIT_APPROVAL)).isEqualTo(2);
        assertThat(rounds()).containsExactly("ONE_UP", "CEILINGS", "TWO_UP");
    }

    @Test
    void each_sections_reminder_and_overdue_notice_fire_from_the_rounds_deadline() {
        years.start(year, List.of("S01", "S02"), ONE_UP_DEADLINE, TWO_UP_DEADLINE);
        years.sectionRequestAccepted(year, "S01");
        events.clear();

        at(2026, 9, 27, 9, 0);
        assertThat(runDueTimers()).as("S02's reminder only: S01 is in").isEqualTo(1);
        at(2026, 10, 1, 0, 0);
        assertThat(runDueTimers()).isEqualTo(1);

        assertThat(deadlines()).extracting(YearDeadlineReached::fiscalYear, YearDeadlineReached::sectionCode,
                YearDeadlineReached::round, YearDeadlineReached::kind)
            .containsExactly(tuple(year, "S02", "ONE_UP", YearDeadlineReached.Kind.REMINDER),
                tuple(year, "S02", "ONE_UP", YearDeadlineReached.Kind.OVERDUE));
        assertThat(years.stage(year)).as("the year still waits for S02").contains(YearStage.ONE_UP_REQUESTS);
        years.excuseSection(year, "S02");
        assertThat(years.stage(year)).contains(YearStage.ONE_UP_PROPOSAL);
    }

    @Test
    void the_second_rounds_requests_are_due_at_its_own_deadline() {
        startAndReachSplitApproval();
        years.splitDecided(year, true);

        assertThat(timerDueDates()).containsExactlyInAnyOrder(
            date(2026, 12, 12, 9, 0), date(2026, 12, 12, 9, 0), date(2026, 12, 12, 9, 0),
            date(2026, 12, 16, 0, 0), date(2026, 12, 16, 0, 0), date(2026, 12, 16, 0, 0));
        at(2026, 12, 16, 0, 0);
        assertThat(runDueTimers()).isEqualTo(6);
        assertThat(deadlines()).extracting(YearDeadlineReached::round).containsOnly("TWO_UP");
    }

    @Test
    void the_bureau_is_reminded_when_its_approval_is_overdue_and_the_year_still_waits_for_it() {
        reachTwoUpProposal();
        years.proposalApproved(year, LocalDate.of(2026, 12, 31));
        assertThat(timerDueDates()).containsExactly(date(2027, 1, 1, 0, 0));

        at(2026, 12, 31, 23, 59);
        assertThat(runDueTimers()).isZero();
        at(2027, 1, 1, 0, 0);
        assertThat(runDueTimers()).isEqualTo(1);

        assertThat(instance()).isWaitingAt(TASK_AWAIT_APPROVAL)
            .hasPassedInOrder(BOUNDARY_APPROVAL_OVERDUE, "Task_SendApprovalOverdueNotice", "EndEvent_ApprovalOverdueNotified");
        assertThat(deadlines()).extracting(YearDeadlineReached::fiscalYear, YearDeadlineReached::sectionCode,
                YearDeadlineReached::round, YearDeadlineReached::kind)
            .containsExactly(tuple(year, null, null, YearDeadlineReached.Kind.APPROVAL_OVERDUE));
        years.budgetApproved(year, LocalDate.of(2027, 1, 21));
        assertThat(years.stage(year)).contains(YearStage.DISCLOSURE);
    }

    @Test
    void the_disclosure_is_reminded_three_days_before_it_is_due_and_marked_overdue_after_and_its_publication_closes_the_year() {
        reachTwoUpProposal();
        years.proposalApproved(year, LocalDate.of(2026, 12, 31));
        years.budgetApproved(year, LocalDate.of(2027, 1, 20));
        assertThat(timerDueDates()).containsExactly(date(2027, 1, 17, 9, 0), date(2027, 1, 21, 0, 0));

        at(2027, 1, 17, 9, 0);
        assertThat(runDueTimers()).isEqualTo(1);
        at(2027, 1, 21, 0, 0);
        assertThat(runDueTimers()).isEqualTo(1);

        assertThat(instance()).isWaitingAt(TASK_AWAIT_DISCLOSURE)
            .hasPassedInOrder(BOUNDARY_DISCLOSURE_REMINDER, "Task_SendDisclosureReminder", "EndEvent_DisclosureReminded")
            .hasPassedInOrder(BOUNDARY_DISCLOSURE_OVERDUE, "Task_SendDisclosureOverdueNotice", "EndEvent_DisclosureOverdueNotified");
        assertThat(deadlines()).extracting(YearDeadlineReached::kind)
            .containsExactly(YearDeadlineReached.Kind.DISCLOSURE_REMINDER, YearDeadlineReached.Kind.DISCLOSURE_OVERDUE);
        ProcessInstance instance = instance();
        years.disclosurePublished(year);
        assertThat(instance).isEnded().hasPassed(END_YEAR_CLOSED);
        assertThat(years.stage(year)).contains(YearStage.CLOSED);
        assertThat(years.sectionsWaiting(year)).isEmpty();
    }

    @Test
    void what_the_year_is_not_waiting_for_is_a_conflict_and_a_year_starts_once() {
        years.start(year, SECTIONS_OF_THE_UNIT, ONE_UP_DEADLINE, TWO_UP_DEADLINE);

        assertThatThrownBy(() -> years.start(year, SECTIONS_OF_THE_UNIT, ONE_UP_DEADLINE, TWO_UP_DEADLINE))
            .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> years.ceilingsIssued(year)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> years.proposalApproved(year, null)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> years.budgetApproved(year, LocalDate.of(2027, 1, 20))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> years.disclosurePublished(year)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> years.excuseSection(year, "S09")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> years.ceilingsIssued(year + 100)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> years.start(year + 100, List.of("S01", "S01"), ONE_UP_DEADLINE, TWO_UP_DEADLINE))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(years.stage(year)).contains(YearStage.ONE_UP_REQUESTS);
        assertThat(years.stage(year + 100)).isEmpty();
        assertThat(years.sectionsWaiting(year + 100)).isEmpty();
    }

    // --- helpers -----------------------------------------------------------------------------

    private void startAndReachSplitApproval() {
        years.start(year, SECTIONS_OF_THE_UNIT, ONE_UP_DEADLINE, TWO_UP_DEADLINE);
        SECTIONS_OF_THE_UNIT.forEach(section -> years.sectionRequestAccepted(year, section));
        years.proposalApproved(year, null);
        years.ceilingsIssued(year);
        years.splitRecorded(year);
        assertThat(years.stage(year)).contains(YearStage.SPLIT_APPROVAL);
    }

    private void reachTwoUpProposal() {
        startAndReachSplitApproval();
        years.splitDecided(year, true);
        SECTIONS_OF_THE_UNIT.forEach(section -> years.sectionRequestAccepted(year, section));
        assertThat(years.stage(year)).contains(YearStage.TWO_UP_PROPOSAL);
        events.clear();
    }

    private ProcessInstance instance() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(BudgetYearProcess.PROCESS_KEY)
            .processInstanceBusinessKey(BudgetYearProcess.businessKey(year)).singleResult();
    }

    /** The variables of the year's running section requests. */
    private List<Map<String, Object>> sectionRequests() {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(instance().getId()).list().stream()
            .map(p -> engine.getRuntimeService().getVariables(p.getId()))
            .toList();
    }

    private List<String> sectionEnds() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(instance().getId())
            .list().stream().map(p -> p.getEndActivityId()).toList();
    }

    private List<String> rounds() {
        return events.stream().filter(BudgetRoundReached.class::isInstance).map(BudgetRoundReached.class::cast)
            .filter(r -> r.fiscalYear() == year).map(BudgetRoundReached::round).toList();
    }

    private List<YearDeadlineReached> deadlines() {
        return events.stream().filter(YearDeadlineReached.class::isInstance).map(YearDeadlineReached.class::cast).toList();
    }

    /** The open timers of this year's instances (the year's and its sections'), soonest first. */
    private List<Date> timerDueDates() {
        return engine.getManagementService().createJobQuery().timers().list().stream().filter(this::ofThisYear)
            .map(Job::getDuedate).sorted().toList();
    }

    /** How often the year's instance entered the activity. */
    private long passes(ProcessInstance instance, String activityId) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
            .activityId(activityId).count();
    }

    private boolean ofThisYear(Job job) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
            .processInstanceBusinessKey(BudgetYearProcess.businessKey(year)).count() > 0;
    }

    private int runDueTimers() {
        List<Job> due = engine.getManagementService().createJobQuery().timers().executable().list().stream()
            .filter(this::ofThisYear).toList();
        due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        return due.size();
    }

    private static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(date(year, month, day, hour, minute));
    }

    private static Date date(int year, int month, int day, int hour, int minute) {
        return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(CHINA).toInstant());
    }
}
