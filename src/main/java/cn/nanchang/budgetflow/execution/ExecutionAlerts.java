package cn.nanchang.budgetflow.execution;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.notification.NotificationKind;
import cn.nanchang.budgetflow.notification.NotificationSender;
import cn.nanchang.budgetflow.organization.ApprovalGroups;
import cn.nanchang.budgetflow.organization.OrganizationService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The execution alert: each 指标 of the current year whose spending rate is below the threshold in
 * force is reported to its section's 科长 and to 财务, once a month. One notice per section lists
 * its 指标 that are newly behind this month; a row per 指标 and month remembers who was told (its
 * unique key also stops two nodes running the check at once from telling twice). Runs without
 * anyone signed in (the daily schedule), so it is not a role's operation.
 */
@Service
public class ExecutionAlerts {

    private static final int MAX_LINES = 800;

    private final SpendingReader spending;
    private final AlertRates rates;
    private final ExecutionAlertRepository alerts;
    private final NotificationSender notifications;
    private final OrganizationService organization;
    private final Messages m;
    private final Clock clock;

    ExecutionAlerts(SpendingReader spending, AlertRates rates, ExecutionAlertRepository alerts,
            NotificationSender notifications, OrganizationService organization, Messages m, Clock clock) {
        this.spending = spending;
        this.rates = rates;
        this.alerts = alerts;
        this.notifications = notifications;
        this.organization = organization;
        this.m = m;
        this.clock = clock;
    }

    /** The daily check. */
    @Transactional
    public int checkToday() {
        return check(LocalDate.now(clock));
    }

    /**
     * Checks the year of {@code today} as it stands and tells of the 指标 newly behind this month.
     *
     * @return how many 指标 were reported
     */
    @Transactional
    public int check(LocalDate today) {
        Schedule schedule = rates.schedule(today.getYear(), today);
        BigDecimal threshold = schedule.thresholdNow();
        if (threshold.signum() == 0) {
            return 0;
        }
        List<String> finance = organization.usernamesInGroup(ApprovalGroups.FINANCE);
        if (finance.isEmpty()) {
            return 0;
        }
        String month = schedule.alertMonth();
        List<Spending> behind = spending.unattended(today.getYear()).stream()
            .filter(s -> s.quota().isPositive() && Schedule.below(Schedule.rate(s.used(), s.quota()), threshold)).toList();
        if (behind.isEmpty()) {
            return 0;
        }
        Set<Long> told = alerts.findByAlertMonthAndIndicatorIdIn(month, behind.stream().map(Spending::indicatorId).toList())
            .stream().map(ExecutionAlert::getIndicatorId).collect(Collectors.toSet());
        Map<String, List<Spending>> bySection = new LinkedHashMap<>();
        behind.stream().filter(s -> !told.contains(s.indicatorId()))
            .forEach(s -> bySection.computeIfAbsent(s.sectionCode(), k -> new ArrayList<>()).add(s));
        bySection.forEach((section, list) -> tell(section, list, schedule, threshold, month));
        return bySection.values().stream().mapToInt(List::size).sum();
    }

    private void tell(String section, List<Spending> behind, Schedule schedule, BigDecimal threshold, String month) {
        behind.forEach(s -> alerts.save(new ExecutionAlert(s.indicatorId(), month, section,
            Schedule.rate(s.used(), s.quota()), threshold, clock.instant())));
        List<String> recipients = new ArrayList<>(organization.usernamesInGroup(ApprovalGroups.sectionHead(section)));
        recipients.addAll(organization.usernamesInGroup(ApprovalGroups.FINANCE));
        String sectionName = behind.get(0).sectionName();
        String lines = behind.stream().map(s -> m.get("execution.alert.line", label(s),
            Schedule.rate(s.used(), s.quota()).toPlainString())).collect(Collectors.joining("；"));
        if (lines.length() > MAX_LINES) {
            // the notice's body holds 1000 characters; the page lists them all
            lines = lines.substring(0, MAX_LINES) + "…";
        }
        notifications.send(recipients, NotificationKind.EXECUTION_BEHIND,
            m.get("execution.alert.title", sectionName, String.valueOf(behind.size())),
            m.get("execution.alert.text", String.valueOf(schedule.fiscalYear()), threshold.toPlainString(),
                schedule.schedulePercent().toPlainString(), lines),
            "execution?year=" + schedule.fiscalYear() + "&section=" + section);
    }

    private String label(Spending s) {
        return s.projectName() != null ? s.projectName() : m.get(s.kind().labelKey()) + " " + s.economicLabel();
    }
}
