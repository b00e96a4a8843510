package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.budgetyear.UnitProposalInput.CutInput;
import cn.nanchang.budgetflow.document.DocumentDrafting;
import cn.nanchang.budgetflow.document.DocumentTypeService;
import cn.nanchang.budgetflow.security.Roles;
import cn.nanchang.budgetflow.workflow.BudgetYearProcess;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit's budget proposal (单位预算建议数): 财务 consolidates the sections' accepted requests
 * of a round, may cut lines with reasons, and sends it to 主任办公会 → 中心主任 → 数据局. Only
 * 财务 creates, edits, submits and withdraws it ({@link DocumentTypeService}'s steps with {@link
 * UnitProposalSupport}); it belongs to the center, so only unit-wide roles read it. The
 * consolidation can be read before a proposal exists.
 */
@Service
@Transactional
public class UnitProposalService
        extends DocumentTypeService<UnitProposal, UnitProposalInput, UnitProposalSupport.ValidProposal, UnitProposalDetails> {

    private final ProposalReader reader;
    private final BudgetYearRepository years;
    private final UnitProposalRepository proposals;
    private final BudgetYearProcess process;
    private final ProposalCuts cuts;
    private final Messages messages;

    UnitProposalService(DocumentDrafting drafting, UnitProposalSupport support, ProposalReader reader,
            BudgetYearRepository years, UnitProposalRepository proposals, BudgetYearProcess process, Messages messages) {
        super(drafting, support);
        this.reader = reader;
        this.years = years;
        this.proposals = proposals;
        this.process = process;
        this.cuts = new ProposalCuts(messages);
        this.messages = messages;
    }

    /** Consolidates the round the year's process waits for into a new proposal, with the cuts given. */
    @Override
    @Roles.Finance
    public UnitProposalDetails create(UnitProposalInput input) {
        return super.create(input);
    }

    @Override
    @Roles.Finance
    public UnitProposalDetails update(long id, Long expectedVersion, UnitProposalInput input) {
        return super.update(id, expectedVersion, input);
    }

    @Override
    @Roles.Finance
    public UnitProposalDetails submit(long id) {
        return super.submit(id);
    }

    @Override
    @Roles.Finance
    public UnitProposalDetails withdraw(long id) {
        return super.withdraw(id);
    }

    /**
     * The consolidation of a year's round as it stands, every accepted request line as requested:
     * what a proposal would start from. Without a round, the round of the year's preparation (一上
     * until the ceilings are in, 二上 after). 404 for a year not opened.
     */
    @Transactional(readOnly = true)
    @Roles.UnitWide
    public Consolidation consolidation(int fiscalYear, BudgetRound round) {
        BudgetYear year = years.findByFiscalYear(fiscalYear)
            .orElseThrow(() -> new NotFoundException(messages.get("proposal.year.notOpened", fiscalYear)));
        BudgetRound shown = round != null ? round : year.getRound() == BudgetRound.ONE_UP
            || year.getRound() == BudgetRound.CEILINGS ? BudgetRound.ONE_UP : BudgetRound.TWO_UP;
        if (!shown.takesRequests()) {
            throw ValidationException.of("round", messages.get("proposal.roundInvalid"));
        }
        return reader.consolidation(fiscalYear, shown, reader.requestLines(fiscalYear, shown));
    }

    /** The editor's live tables with the cuts typed so far; a cut not yet valid is left out until it is. */
    @Transactional(readOnly = true)
    @Roles.Finance
    public Consolidation preview(int fiscalYear, BudgetRound round, List<CutInput> typed) {
        List<FieldViolation> ignored = new ArrayList<>();
        return reader.consolidation(fiscalYear, round, cuts.apply(reader.requestLines(fiscalYear, round), typed, ignored));
    }

    /** The round a new proposal of the year would consolidate: the one the year's process waits for, if any. */
    @Transactional(readOnly = true)
    @Roles.Finance
    public Optional<BudgetRound> roundAwaitingProposal(int fiscalYear) {
        if (years.findByFiscalYear(fiscalYear).isEmpty()) {
            return Optional.empty();
        }
        return process.stage(fiscalYear).map(UnitProposalSupport::proposalRound);
    }

    /**
     * The proposal of a year's round that the bureau passed, if any: the document behind the round's
     * version figures (id, number, and when it was approved), for the year's comparison.
     */
    @Transactional(readOnly = true)
    @Roles.Reader
    public Optional<ApprovedProposal> approved(int fiscalYear, BudgetRound round) {
        return proposals.findFirstByFiscalYearAndRoundAndStatusOrderByIdDesc(fiscalYear, round,
                DocumentStatus.APPROVED)
            .map(p -> new ApprovedProposal(p.getId(), p.getNumber(), round, p.getUpdatedAt()));
    }

    /** An approved proposal as the year's comparison names it. */
    public record ApprovedProposal(long documentId, String number, BudgetRound round, Instant approvedAt) {
    }
}
