package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.document.DocumentTypeSupport;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.workflow.BudgetYearProcess;
import cn.nanchang.budgetflow.workflow.YearStage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a unit proposal brings to the shared drafting steps: it belongs to the center, it is made
 * only while the year's process waits for the round's proposal, one open proposal a year and round,
 * its lines are the round's accepted requests with 财务's cuts, and it goes up only while it still
 * holds exactly those requests.
 */
@Component
class UnitProposalSupport extends DocumentTypeSupport<UnitProposal, UnitProposalInput, UnitProposalSupport.ValidProposal,
        UnitProposalDetails> {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2099;

    /** The input once checked: the round it consolidates and its lines as proposed. */
    record ValidProposal(BudgetRound round, List<ConsolidationLine> lines) {
    }

    private final UnitProposalRepository proposals;
    private final BudgetYearRepository years;
    private final BudgetYearProcess process;
    private final ProposalReader reader;
    private final ProposalCuts cuts;
    private final Messages messages;

    UnitProposalSupport(UnitProposalRepository proposals, BudgetYearRepository years, BudgetYearProcess process,
            ProposalReader reader, Messages messages) {
        super(UnitProposal.class, DocumentType.UNIT_PROPOSAL, "proposal", UnitProposal::new, reader::details,
            UnitProposalSnapshot::of);
        this.proposals = proposals;
        this.years = years;
        this.process = process;
        this.reader = reader;
        this.cuts = new ProposalCuts(messages);
        this.messages = messages;
    }

    @Override
    protected boolean unitWide() {
        return true;
    }

    @Override
    protected ValidProposal validateNew(UnitProposalInput input, Actor actor) {
        List<FieldViolation> problems = new ArrayList<>();
        BudgetRound round = checkYear(body(input).fiscalYear(), problems) ? roundOpenFor(input.fiscalYear(), problems) : null;
        List<ConsolidationLine> requested = round == null ? null : reader.requestLines(input.fiscalYear(), round);
        if (requested != null && requested.isEmpty()) {
            problems.add(new FieldViolation("fiscalYear", messages.get("proposal.year.noRequests", input.fiscalYear(),
                messages.get(round.labelKey()))));
        }
        return valid(round, cuts.apply(requested, input.cuts(), problems), problems);
    }

    @Override
    protected ValidProposal validateEdit(UnitProposalInput input, UnitProposal proposal) {
        List<FieldViolation> problems = new ArrayList<>();
        if (checkYear(body(input).fiscalYear(), problems) && input.fiscalYear() != proposal.getFiscalYear()) {
            problems.add(new FieldViolation("fiscalYear", messages.get("proposal.yearFixed")));
        }
        List<ConsolidationLine> lines = cuts.apply(reader.requestLines(proposal.getFiscalYear(), proposal.round()),
            input.cuts(), problems);
        return valid(proposal.round(), lines, problems);
    }

    @Override
    protected int fiscalYear(UnitProposalInput input, ValidProposal valid) {
        return input.fiscalYear();
    }

    @Override
    protected void apply(UnitProposal proposal, ValidProposal valid, Instant now) {
        if (proposal.round() == null) {
            proposal.belongTo(valid.round());
        }
        proposal.replaceLines(valid.lines(), now);
    }

    @Override
    protected String describe(UnitProposal proposal) {
        long cut = proposal.getLines().stream().filter(l -> l.getCutReason() != null).count();
        return messages.get("proposal.describe", proposal.getLines().size(), proposal.total().formatYuan(), cut);
    }

    /**
     * A proposal goes up only with exactly the round's accepted requests it was made from: a request
     * accepted (or one taken back) since it was saved would otherwise be left out or counted unseen.
     */
    @Override
    protected void beforeSubmit(UnitProposal proposal) {
        Set<String> current = reader.requestLines(proposal.getFiscalYear(), proposal.round()).stream()
            .map(l -> source(l.draftId(), l.lineNo(), l.requested().toString())).collect(Collectors.toSet());
        Set<String> held = proposal.getLines().stream()
            .map(l -> source(l.getSourceDraftId(), l.getSourceLineNo(), l.getRequestedAmount().toString()))
            .collect(Collectors.toSet());
        if (!current.equals(held)) {
            throw ValidationException.of("requests", messages.get("proposal.requestsChanged"));
        }
    }

    private UnitProposalInput body(UnitProposalInput input) {
        if (input == null) {
            throw ValidationException.of("body", messages.get("doctype.bodyMissing"));
        }
        return input;
    }

    private boolean checkYear(Integer year, List<FieldViolation> problems) {
        if (year == null) {
            problems.add(new FieldViolation("fiscalYear", messages.get("doctype.yearMissing")));
        } else if (year < MIN_YEAR || year > MAX_YEAR) {
            problems.add(new FieldViolation("fiscalYear", messages.get("doctype.yearRange", MIN_YEAR, MAX_YEAR)));
        } else {
            return true;
        }
        return false;
    }

    /**
     * The round whose proposal the year's process waits for, if no proposal of it is open; null with
     * the reason under {@code fiscalYear} otherwise.
     */
    private BudgetRound roundOpenFor(int fiscalYear, List<FieldViolation> problems) {
        if (years.findByFiscalYear(fiscalYear).isEmpty()) {
            problems.add(new FieldViolation("fiscalYear", messages.get("proposal.year.notOpened", fiscalYear)));
            return null;
        }
        Optional<YearStage> stage = process.stage(fiscalYear);
        BudgetRound round = stage.map(UnitProposalSupport::proposalRound).orElse(null);
        if (round == null) {
            problems.add(new FieldViolation("fiscalYear", messages.get(stage.filter(UnitProposalSupport::takingRequests)
                .isPresent() ? "proposal.year.requestsPending" : "proposal.year.notAtProposal", fiscalYear)));
            return null;
        }
        Optional<UnitProposal> open = proposals.findByOpenKey(UnitProposal.openKey(fiscalYear, round));
        if (open.isPresent()) {
            problems.add(new FieldViolation("fiscalYear", messages.get("proposal.year.openExists", fiscalYear,
                messages.get(round.labelKey()), open.get().getNumber())));
            return null;
        }
        return round;
    }

    /** The round a year waiting at this stage takes a proposal for; null when it waits for something else. */
    static BudgetRound proposalRound(YearStage stage) {
        return switch (stage) {
            case ONE_UP_PROPOSAL -> BudgetRound.ONE_UP;
            case TWO_UP_PROPOSAL -> BudgetRound.TWO_UP;
            default -> null;
        };
    }

    private static boolean takingRequests(YearStage stage) {
        return stage == YearStage.ONE_UP_REQUESTS || stage == YearStage.TWO_UP_REQUESTS;
    }

    private static ValidProposal valid(BudgetRound round, List<ConsolidationLine> lines, List<FieldViolation> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new ValidProposal(round, lines);
    }

    private static String source(long draftId, int lineNo, String amount) {
        return draftId + "#" + lineNo + "#" + amount;
    }
}
