package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.notification.NotificationKind;
import cn.nanchang.budgetflow.notification.NotificationSender;
import cn.nanchang.budgetflow.organization.ApprovalGroups;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.workflow.YearDeadlineReached;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people of a budget year's deadlines as the year's timers fire, inside the engine's
 * transaction: a section's staff and 科长 that their request of the round is due or overdue, the
 * bureau that its 批复 is overdue (预算法 Art. 52), 财务 that the disclosure is due or overdue
 * (实施条例 Art. 6). The notice links to the year's page.
 */
@Component
class YearNotices {

    private final BudgetYearRepository years;
    private final OrganizationService organization;
    private final NotificationSender notifications;
    private final Messages messages;

    YearNotices(BudgetYearRepository years, OrganizationService organization, NotificationSender notifications,
            Messages messages) {
        this.years = years;
        this.organization = organization;
        this.notifications = notifications;
        this.messages = messages;
    }

    static String link(int fiscalYear) {
        return "budget-years/" + fiscalYear;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onDeadline(YearDeadlineReached deadline) {
        BudgetYear year = years.findByFiscalYear(deadline.fiscalYear()).orElse(null);
        if (year == null) {
            return;
        }
        String fiscalYear = String.valueOf(deadline.fiscalYear());
        String key = "budgetyear.notice." + deadline.kind().name();
        switch (deadline.kind()) {
            case REMINDER, OVERDUE -> {
                String round = messages.get("budgetyear.round." + deadline.round());
                String due = year.deadline(BudgetRound.valueOf(deadline.round())).toString();
                send(sectionPeople(deadline.sectionCode()), deadline.kind() == YearDeadlineReached.Kind.REMINDER
                    ? NotificationKind.REMINDER : NotificationKind.OVERDUE, key, fiscalYear, round, due);
            }
            case APPROVAL_OVERDUE -> send(organization.usernamesInGroup(ApprovalGroups.BUREAU), NotificationKind.OVERDUE, key,
                fiscalYear, "", "");
            case DISCLOSURE_REMINDER, DISCLOSURE_OVERDUE -> send(organization.usernamesInGroup(ApprovalGroups.FINANCE),
                deadline.kind() == YearDeadlineReached.Kind.DISCLOSURE_REMINDER ? NotificationKind.REMINDER : NotificationKind.OVERDUE,
                key, fiscalYear, "", year.getApprovalDate() == null ? ""
                    : year.getApprovalDate().plusDays(BudgetYearReader.PUBLISH_DAYS).toString());
        }
    }

    /** The staff and the 科长 of a section, who draft and pass its request. */
    private List<String> sectionPeople(String sectionCode) {
        return organization.documentReaders().stream()
            .filter(u -> u.getSection() != null && u.getSection().getCode().equals(sectionCode))
            .filter(u -> u.getRole() == Role.STAFF || u.getRole() == Role.SECTION_HEAD)
            .map(AppUser::getUsername).toList();
    }

    private void send(List<String> recipients, NotificationKind kind, String key, String fiscalYear, String round, String due) {
        notifications.send(recipients, kind, messages.get(key + ".title", fiscalYear, round),
            messages.get(key + ".text", fiscalYear, round, due), link(Integer.parseInt(fiscalYear)));
    }
}
