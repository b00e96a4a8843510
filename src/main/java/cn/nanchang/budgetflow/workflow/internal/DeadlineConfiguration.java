package cn.nanchang.budgetflow.workflow.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The center's calendar, the default period of a step and the budget year's deadlines, from configuration. */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    @Bean
    WorkingDays workingDays(Clock clock,
            @Value("${budgetflow.deadlines.holidays:}") List<String> holidays,
            @Value("${budgetflow.deadlines.extra-workdays:}") List<String> extraWorkdays) {
        return new WorkingDays(clock.getZone(), days(holidays), days(extraWorkdays));
    }

    @Bean("approvalDeadlines")
    ApprovalDeadlines approvalDeadlines(ApplicationEventPublisher events, WorkingDays workingDays,
            @Value("${budgetflow.deadlines.default-working-days:3}") int defaultWorkingDays) {
        return new ApprovalDeadlines(events, workingDays, defaultWorkingDays);
    }

    /** The budget year's steps: its deadlines are dates in the center's zone, the zone of the calendar. */
    @Bean("budgetYearSteps")
    BudgetYearSteps budgetYearSteps(ApplicationEventPublisher events, WorkingDays workingDays) {
        return new BudgetYearSteps(events, workingDays.zone());
    }

    private static Set<LocalDate> days(List<String> isoDates) {
        return isoDates.stream().map(String::trim).filter(s -> !s.isEmpty()).map(LocalDate::parse).collect(Collectors.toSet());
    }
}
