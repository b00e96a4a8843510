package cn.nanchang.budgetflow.budget;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.PreparedYear;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.classification.ClassificationCatalogue;
import cn.nanchang.budgetflow.classification.Scheme;
import cn.nanchang.budgetflow.document.Copied;
import cn.nanchang.budgetflow.document.DocumentDrafting;
import cn.nanchang.budgetflow.document.DocumentTypeService;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private final BudgetDraftRepository drafts;
    private final PreparedYear preparedYear;
    private final CurrentActor currentActor;

    BudgetDraftService(DocumentDrafting drafting, BudgetDraftSupport support, BudgetDraftValidator validator,
            ClassificationCatalogue catalogue, BudgetDraftRepository drafts, PreparedYear preparedYear,
            CurrentActor currentActor) {
        super(drafting, support);
        this.validator = validator;
        this.catalogue = catalogue;
        this.drafts = drafts;
        this.preparedYear = preparedYear;
        this.currentActor = currentActor;
    }

    /**
     * A new draft of the year being prepared, copied from the caller's section's approved draft of
     * the year before: new number, status 草稿, the lines as approved; attachments stay with the source.
     * The notes name each line left out and why.
     */
    @Roles.Staff
    public Copied<BudgetDraftDetails> copyLastYear(long sourceId) {
        return copy(sourceId);
    }

    /** What the editor offers to copy: the caller's section's approved draft of the year before the one being prepared. */
    @Transactional(readOnly = true)
    @Roles.Staff
    public Optional<CopySource> lastYearSource() {
        int year = preparedYear.year();
        return drafts.findFirstBySection_CodeAndFiscalYearAndStatusOrderByIdDesc(currentActor.get().sectionCode(), year - 1,
            DocumentStatus.APPROVED).map(d -> new CopySource(d.getId(), d.getNumber(), d.getFiscalYear(), year));
    }

    /** An approved draft that a new one of {@code targetYear} may start from. */
    public record CopySource(long id, String number, int fiscalYear, int targetYear) {
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
