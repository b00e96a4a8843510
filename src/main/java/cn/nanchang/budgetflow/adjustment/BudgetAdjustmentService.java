package cn.nanchang.budgetflow.adjustment;

import cn.nanchang.budgetflow.document.DocumentDrafting;
import cn.nanchang.budgetflow.document.DocumentTypeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits, reads, submits and withdraws budget adjustments. Staff file them for their own
 * section's 指标; everyone who may see the section's documents may read them. Edits only while
 * DRAFT or RETURNED and only by the drafter (the shared steps of {@link DocumentTypeService}).
 */
@Service
@Transactional
public class BudgetAdjustmentService
        extends DocumentTypeService<BudgetAdjustment, BudgetAdjustmentInput, ValidAdjustment, BudgetAdjustmentDetails> {

    BudgetAdjustmentService(DocumentDrafting drafting, BudgetAdjustmentSupport support) {
        super(drafting, support);
    }
}
