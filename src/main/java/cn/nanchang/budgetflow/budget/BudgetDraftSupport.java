package cn.nanchang.budgetflow.budget;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.document.DocumentTypeSupport;
import cn.nanchang.budgetflow.security.Actor;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What a budget draft brings to the shared drafting steps: its lines, checked against the
 * classification and the funded projects, and one open draft per section and year.
 */
@Component
class BudgetDraftSupport extends DocumentTypeSupport<BudgetDraft, BudgetDraftInput, List<ValidLine>, BudgetDraftDetails> {

    private final BudgetDraftRepository drafts;
    private final BudgetDraftValidator validator;
    private final Messages messages;

    BudgetDraftSupport(BudgetDraftRepository drafts, BudgetDraftValidator validator, BudgetDraftReader reader,
            Messages messages) {
        super(BudgetDraft.class, DocumentType.BUDGET_DRAFT, "budget", BudgetDraft::new, reader::details, BudgetDraftSnapshot::of);
        this.drafts = drafts;
        this.validator = validator;
        this.messages = messages;
    }

    @Override
    protected List<ValidLine> validateNew(BudgetDraftInput input, Actor actor) {
        List<ValidLine> lines = validator.validate(input, new FundingScope(actor.sectionCode(), null));
        drafts.findByOpenKey(BudgetDraft.openKey(actor.sectionCode(), input.fiscalYear(), null)).ifPresent(existing -> {
            throw ValidationException.of("fiscalYear", messages.get("doctype.budget.openDraftExists",
                String.valueOf(input.fiscalYear()), existing.getNumber()));
        });
        return lines;
    }

    @Override
    protected int fiscalYear(BudgetDraftInput input, List<ValidLine> lines) {
        return input.fiscalYear();
    }

    @Override
    protected List<ValidLine> validateEdit(BudgetDraftInput input, BudgetDraft draft) {
        List<ValidLine> lines = validator.validate(input, new FundingScope(draft.getSection().getCode(), draft.getId()));
        if (input.fiscalYear() != draft.getFiscalYear()) {
            throw ValidationException.of("fiscalYear", messages.get("doctype.budget.yearFixed"));
        }
        return lines;
    }

    @Override
    protected void apply(BudgetDraft draft, List<ValidLine> lines, Instant now) {
        draft.replaceLines(lines, now);
    }

    @Override
    protected String describe(BudgetDraft draft) {
        return "明细" + draft.getLines().size() + "条，合计" + draft.total() + "元";
    }
}
