package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.budget.BudgetDraft;
import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.document.DocumentLookup;
import cn.nanchang.budgetflow.reporting.DisclosurePublished;
import cn.nanchang.budgetflow.workflow.ApprovalMilestone;
import cn.nanchang.budgetflow.workflow.BudgetRoundReached;
import cn.nanchang.budgetflow.workflow.BudgetYearProcess;
import cn.nanchang.budgetflow.workflow.YearStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moves a budget year from outside its own steps, each in the transaction of the event: the
 * year's process entering a round, 财务 accepting a section's request (the request's approval
 * reached ACCEPTED), and the year's disclosure being published.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class YearEvents {

    private static final Logger log = LoggerFactory.getLogger(YearEvents.class);

    private final BudgetYearRepository years;
    private final BudgetYearProcess process;
    private final DocumentLookup documents;

    YearEvents(BudgetYearRepository years, BudgetYearProcess process, DocumentLookup documents) {
        this.years = years;
        this.process = process;
        this.documents = documents;
    }

    @EventListener
    public void onRoundReached(BudgetRoundReached reached) {
        BudgetYear year = years.findByFiscalYear(reached.fiscalYear())
            .orElseThrow(() -> new IllegalStateException("budget year process without a year: " + reached.fiscalYear()));
        year.moveTo(BudgetRound.valueOf(reached.round()));
    }

    /**
     * A section's request passed 财务 (ACCEPTED): the year's round stops waiting for the section.
     * A request of a round the year has left, or of a section 财务 meanwhile proceeded without,
     * changes nothing in the year: its process no longer waits for it.
     */
    @EventListener
    public void onMilestone(ApprovalMilestone milestone) {
        if (milestone.status() != DocumentStatus.ACCEPTED) {
            return;
        }
        documents.find(milestone.documentId()).filter(BudgetDraft.class::isInstance).map(BudgetDraft.class::cast)
            .filter(BudgetDraft::isYearRequest).ifPresent(this::accepted);
    }

    private void accepted(BudgetDraft request) {
        int fiscalYear = request.getFiscalYear();
        String section = request.getSection().getCode();
        BudgetRound round = request.round().orElseThrow();
        YearStage collecting = round == BudgetRound.ONE_UP ? YearStage.ONE_UP_REQUESTS : YearStage.TWO_UP_REQUESTS;
        if (process.stage(fiscalYear).filter(collecting::equals).isPresent()
                && process.sectionsWaiting(fiscalYear).contains(section)) {
            process.sectionRequestAccepted(fiscalYear, section);
        } else {
            log.info("request {} of {} {} accepted after the year stopped waiting for it", request.getNumber(), fiscalYear, round);
        }
    }

    @EventListener
    public void onDisclosurePublished(DisclosurePublished published) {
        if (years.findByFiscalYear(published.fiscalYear()).isPresent()
                && process.stage(published.fiscalYear()).filter(YearStage.DISCLOSURE::equals).isPresent()) {
            process.disclosurePublished(published.fiscalYear());
        }
    }
}
