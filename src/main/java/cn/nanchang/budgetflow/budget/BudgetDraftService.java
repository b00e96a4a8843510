package cn.nanchang.budgetflow.budget;

import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.classification.ClassificationCatalogue;
import cn.nanchang.budgetflow.classification.Scheme;
import cn.nanchang.budgetflow.document.DocumentDrafting;
import cn.nanchang.budgetflow.document.DocumentTypeService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits, reads, submits and withdraws budget drafts. Staff draft for their own section;
 * everyone who may see a section's documents may read its drafts. Edits are accepted only while
 * the draft is DRAFT or RETURNED, and only from its drafter (the shared steps of {@link
 * DocumentTypeService}, with {@link BudgetDraftSupport}).
 */
@Service
@Transactional
public class BudgetDraftService
        extends DocumentTypeService<BudgetDraft, BudgetDraftInput, CheckedDraft, BudgetDraftDetails> {

    private final BudgetDraftValidator validator;
    private final ClassificationCatalogue catalogue;

    BudgetDraftService(DocumentDrafting drafting, BudgetDraftSupport support, BudgetDraftValidator validator,
            ClassificationCatalogue catalogue) {
        super(drafting, support);
        this.validator = validator;
        this.catalogue = catalogue;
    }

    /**
     * Live totals for the editor: a line that is not yet complete or valid is counted nowhere and
     * named as unfinished, so that the form can say so instead of showing a total that looks whole.
     */
    @Transactional(readOnly = true)
    public DraftPreview preview(List<BudgetDraftInput.LineInput> lines) {
        List<ValidLine> usable = new ArrayList<>();
        List<Integer> unfinished = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                usable.addAll(validator.validate(new BudgetDraftInput(BudgetDraftValidator.MIN_YEAR, List.of(lines.get(i)))));
            } catch (ValidationException incomplete) {
                unfinished.add(i);
            }
        }
        return new DraftPreview(BudgetTotals.of(usable, catalogue.index(Scheme.FUNCTION), catalogue.index(Scheme.ECONOMIC)),
            unfinished);
    }
}
