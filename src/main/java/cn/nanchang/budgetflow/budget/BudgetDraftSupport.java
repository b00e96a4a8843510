package cn.nanchang.budgetflow.budget;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.document.CopyPlan;
import cn.nanchang.budgetflow.document.DocumentTypeSupport;
import cn.nanchang.budgetflow.security.Actor;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * What a budget draft brings to the shared drafting steps: its lines, checked against the
 * classification and the funded projects, and one open draft per section and year, or, in a
 * year prepared as a budget year, one open request per section and round. A new draft of such a
 * year learns its round from {@link RequestRounds}, which also checks a request as it is submitted.
 */
@Component
class BudgetDraftSupport extends DocumentTypeSupport<BudgetDraft, BudgetDraftInput, CheckedDraft, BudgetDraftDetails> {

    private final BudgetDraftRepository drafts;
    private final BudgetDraftValidator validator;
    private final RequestRounds rounds;
    private final Messages messages;
    private final BudgetDraftCopy copy;

    BudgetDraftSupport(BudgetDraftRepository drafts, BudgetDraftValidator validator, BudgetDraftReader reader,
            RequestRounds rounds, Messages messages, BudgetDraftCopy copy) {
        super(BudgetDraft.class, DocumentType.BUDGET_DRAFT, "budget", BudgetDraft::new, reader::details, BudgetDraftSnapshot::of);
        this.drafts = drafts;
        this.validator = validator;
        this.rounds = rounds;
        this.messages = messages;
        this.copy = copy;
    }

    @Override
    protected CopyPlan<BudgetDraftInput> copyOf(BudgetDraft source, int fiscalYear) {
        return copy.plan(source, fiscalYear);
    }

    @Override
    protected CheckedDraft validateNew(BudgetDraftInput input, Actor actor) {
        BudgetRound round = roundOfNew(input, actor.sectionCode());
        CheckedDraft checked = new CheckedDraft(validator.validate(input, new FundingScope(actor.sectionCode(), null, round)), round);
        drafts.findByOpenKey(BudgetDraft.openKey(actor.sectionCode(), input.fiscalYear(), round)).ifPresent(existing -> {
            throw ValidationException.of("fiscalYear", round == null
                ? messages.get("doctype.budget.openDraftExists", String.valueOf(input.fiscalYear()), existing.getNumber())
                : messages.get("doctype.budget.openRequestExists", String.valueOf(input.fiscalYear()),
                    messages.get(round.labelKey()), existing.getNumber()));
        });
        return checked;
    }

    /** The round of a new draft's budget year; null for a year prepared outside the system, or a year the validator refuses. */
    private BudgetRound roundOfNew(BudgetDraftInput input, String sectionCode) {
        Integer year = input == null ? null : input.fiscalYear();
        if (year == null || year < BudgetDraftValidator.MIN_YEAR || year > BudgetDraftValidator.MAX_YEAR) {
            return null;
        }
        return rounds.roundFor(sectionCode, year).orElse(null);
    }

    @Override
    protected int fiscalYear(BudgetDraftInput input, CheckedDraft checked) {
        return input.fiscalYear();
    }

    @Override
    protected CheckedDraft validateEdit(BudgetDraftInput input, BudgetDraft draft) {
        BudgetRound round = draft.round().orElse(null);
        CheckedDraft checked = new CheckedDraft(
            validator.validate(input, new FundingScope(draft.getSection().getCode(), draft.getId(), round)), round);
        if (input.fiscalYear() != draft.getFiscalYear()) {
            throw ValidationException.of("fiscalYear", messages.get("doctype.budget.yearFixed"));
        }
        return checked;
    }

    /** A new draft of a budget year is bound to its round here, before it is first saved; an edit keeps its round. */
    @Override
    protected void apply(BudgetDraft draft, CheckedDraft checked, Instant now) {
        if (checked.round() != null && draft.round().isEmpty()) {
            draft.belongTo(checked.round());
        }
        draft.replaceLines(checked.lines(), now);
    }

    /** A request of a budget year meets what its round asks (ceilings, 三公) at each submission. */
    @Override
    protected void beforeSubmit(BudgetDraft draft) {
        draft.round().ifPresent(round -> rounds.checkSubmission(draft));
    }

    @Override
    protected String describe(BudgetDraft draft) {
        return "明细" + draft.getLines().size() + "条，合计" + draft.total().formatYuan() + "元";
    }
}
