package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.audit.AuditRecord;
import cn.nanchang.budgetflow.audit.DocumentSnapshot;
import cn.nanchang.budgetflow.audit.FieldDiff;
import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.workflow.ApprovalMilestone;
import cn.nanchang.budgetflow.workflow.BudgetYearProcess;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the bureau passes a unit proposal (its APPROVED milestone, inside the engine's transaction),
 * the round's figures become a version of the budget year: one figure per proposal line with the
 * amount proposed, the reason of a cut and the request line it comes from, recorded by the bureau
 * reviewer who decided and audited with every value. Then the year's process moves on; the bureau
 * has 15 days to 批复 after its own approval of the 二上 proposal (预算法 Art. 52).
 */
@Component
class ProposalApprovals {

    /** Days the bureau has to 批复 the unit after passing its 二上 proposal. */
    static final int APPROVAL_DAYS = 15;

    private final UnitProposalRepository proposals;
    private final BudgetYearRepository years;
    private final BudgetFigureRepository figures;
    private final BudgetYearProcess process;
    private final AuditLog audit;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final Messages messages;

    ProposalApprovals(UnitProposalRepository proposals, BudgetYearRepository years, BudgetFigureRepository figures,
            BudgetYearProcess process, AuditLog audit, CurrentActor currentActor, Clock clock, Messages messages) {
        this.proposals = proposals;
        this.years = years;
        this.figures = figures;
        this.process = process;
        this.audit = audit;
        this.currentActor = currentActor;
        this.clock = clock;
        this.messages = messages;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onMilestone(ApprovalMilestone milestone) {
        if (milestone.status() == DocumentStatus.APPROVED) {
            proposals.findById(milestone.documentId()).ifPresent(this::recordVersion);
        }
    }

    private void recordVersion(UnitProposal proposal) {
        BudgetYear year = years.findByFiscalYear(proposal.getFiscalYear()).orElseThrow(() -> new ConflictException(
            messages.get("proposal.year.notOpened", proposal.getFiscalYear())));
        VersionKind version = proposal.round() == BudgetRound.ONE_UP ? VersionKind.ONE_UP : VersionKind.TWO_UP;
        if (figures.existsByBudgetYearIdAndVersionKind(year.getId(), version)) {
            throw new ConflictException(messages.get("proposal.versionExists", proposal.getFiscalYear(),
                messages.get(version.labelKey())));
        }
        Actor bureau = currentActor.get();
        Instant now = clock.instant();
        String table = messages.get(version.labelKey());
        DocumentSnapshot recorded = DocumentSnapshot.of().table(table);
        Money total = Money.ZERO;
        for (ProposalLine line : proposal.getLines()) {
            figures.save(new BudgetFigure(year.getId(), version, line.getSectionCode(), line.getKind(), line.getFunctionCode(),
                line.getEconomicCode(), line.getProjectId(), line.getProposedAmount(), line.getSourceDraftId(),
                line.getSourceLineNo(), line.getCutReason(), bureau.username(), now));
            recorded.row(table, DocumentSnapshot.line()
                .put(messages.get("proposal.section"), line.getSectionCode())
                .put(messages.get("proposal.source"), line.getSourceDraftNumber() + " #" + line.getSourceLineNo())
                .put(messages.get("draft.functionCode"), line.getFunctionCode())
                .put(messages.get("draft.economicCode"), line.getEconomicCode())
                .put(messages.get("draft.kind"), messages.get(line.getKind().labelKey()))
                .put(messages.get("proposal.proposed"), line.getProposedAmount().formatYuan())
                .put(messages.get("proposal.cutReason"), line.getCutReason()));
            total = total.plus(line.getProposedAmount());
        }
        audit.record(AuditRecord.of(AuditAction.VERSION_RECORDED, bureau.username(), bureau.role().name())
            .document(proposal.documentType().name(), proposal.getId(), proposal.getNumber())
            .details(messages.get("proposal.versionRecorded", proposal.getFiscalYear(), messages.get(version.labelKey()),
                proposal.getLines().size(), total.formatYuan()))
            .changes(FieldDiff.between(DocumentSnapshot.empty(), recorded)));
        process.proposalApproved(proposal.getFiscalYear(), LocalDate.now(clock).plusDays(APPROVAL_DAYS));
    }
}
