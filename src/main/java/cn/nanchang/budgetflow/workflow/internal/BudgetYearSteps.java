package cn.nanchang.budgetflow.workflow.internal;

import cn.nanchang.budgetflow.workflow.BudgetRoundReached;
import cn.nanchang.budgetflow.workflow.BudgetYearModel;
import cn.nanchang.budgetflow.workflow.YearDeadlineReached;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Called from processes/budget-year.bpmn and processes/section-budget-request.bpmn as
 * {@code budgetYearSteps}: the round a year enters (execution listeners), the dates of its timers
 * from the ISO-date variables that hold its deadlines, and the notices its timers send. The year's
 * deadlines are calendar days, not working days: a reminder goes out when the office opens three
 * days before the deadline, and the deadline has passed at the end of its day, in the center's zone.
 * Thin on purpose: the budgetyear module decides what a round or a deadline means.
 */
public class BudgetYearSteps {

    static final int REMIND_DAYS_BEFORE = 3;

    private final ApplicationEventPublisher events;
    private final ZoneId zone;

    public BudgetYearSteps(ApplicationEventPublisher events, ZoneId zone) {
        this.events = events;
        this.zone = zone;
    }

    /** Execution listener where the year enters a round: ONE_UP, CEILINGS, TWO_UP, APPROVED. */
    public void roundReached(DelegateExecution execution, String round) {
        events.publishEvent(new BudgetRoundReached(fiscalYear(execution), round));
    }

    /** The sections' codes, one instance of the request round's call activity each. */
    public List<String> sections(DelegateExecution execution) {
        return Arrays.stream(((String) execution.getVariable(BudgetYearModel.SECTIONS)).split(",")).toList();
    }

    /** 9:00 three days before the date in {@code variableName}. */
    public Date remindAt(DelegateExecution execution, String variableName) {
        LocalDate deadline = date(execution, variableName);
        return Date.from(deadline.minusDays(REMIND_DAYS_BEFORE).atTime(WorkingDays.OFFICE_OPENS).atZone(zone).toInstant());
    }

    /** The end of the day in {@code variableName}. */
    public Date dueAt(DelegateExecution execution, String variableName) {
        return Date.from(date(execution, variableName).plusDays(1).atStartOfDay(zone).toInstant());
    }

    /**
     * The end of the day in {@code variableName}, or none while it is unset: the due date of the publication
     * steps (disclosure-publication.bpmn) is the year's {@code publishDue}, known once the 批复 is recorded.
     */
    public Date dueAtIfSet(DelegateExecution execution, String variableName) {
        return execution.getVariable(variableName) == null ? null : dueAt(execution, variableName);
    }

    /** The send task after a timer: a section's reminder or overdue mark (with its section and round), or the year's. */
    public void deadlineReached(DelegateExecution execution, String kind) {
        YearDeadlineReached.Kind which = YearDeadlineReached.Kind.valueOf(kind);
        boolean ofSection = which == YearDeadlineReached.Kind.REMINDER || which == YearDeadlineReached.Kind.OVERDUE;
        events.publishEvent(new YearDeadlineReached(fiscalYear(execution),
            ofSection ? (String) execution.getVariable(BudgetYearModel.SECTION_CODE) : null,
            ofSection ? (String) execution.getVariable(BudgetYearModel.ROUND) : null, which));
    }

    private static int fiscalYear(DelegateExecution execution) {
        return ((Number) execution.getVariable(BudgetYearModel.FISCAL_YEAR)).intValue();
    }

    private static LocalDate date(DelegateExecution execution, String variableName) {
        Object value = execution.getVariable(variableName);
        if (!(value instanceof String iso)) {
            throw new IllegalStateException("variable " + variableName + " holds no ISO date: " + value);
        }
        return LocalDate.parse(iso);
    }
}
