package cn.nanchang.budgetflow.adjustment;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.document.DocumentTypeSupport;
import cn.nanchang.budgetflow.security.Actor;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * What an adjustment brings to the shared drafting steps: its fields and rows checked against the
 * section's 指标 and the hard rules, and the 可用 of the 指标 it reduces checked again at submission.
 */
@Component
class BudgetAdjustmentSupport
        extends DocumentTypeSupport<BudgetAdjustment, BudgetAdjustmentInput, ValidAdjustment, BudgetAdjustmentDetails> {

    private final BudgetAdjustmentValidator validator;
    private final Messages messages;

    BudgetAdjustmentSupport(BudgetAdjustmentValidator validator, BudgetAdjustmentReader reader, Messages messages) {
        super(BudgetAdjustment.class, DocumentType.BUDGET_ADJUSTMENT, "adjustment", BudgetAdjustment::new,
            reader::details, AdjustmentSnapshot::of);
        this.validator = validator;
        this.messages = messages;
    }

    @Override
    protected ValidAdjustment validateNew(BudgetAdjustmentInput input, Actor actor) {
        return validator.check(input, actor.sectionCode());
    }

    @Override
    protected ValidAdjustment validateEdit(BudgetAdjustmentInput input, BudgetAdjustment adjustment) {
        if (input != null && input.fiscalYear() != null && input.fiscalYear() != adjustment.getFiscalYear()) {
            throw ValidationException.of("fiscalYear", messages.get("adjustment.error.yearFixed"));
        }
        return validator.check(input, adjustment.getSection().getCode());
    }

    @Override
    protected int fiscalYear(BudgetAdjustmentInput input, ValidAdjustment valid) {
        return valid.fiscalYear();
    }

    @Override
    protected void apply(BudgetAdjustment adjustment, ValidAdjustment valid, Instant now) {
        adjustment.replace(valid, now);
    }

    @Override
    protected String describe(BudgetAdjustment adjustment) {
        return messages.get(adjustment.getAdjustmentKind().labelKey()) + adjustment.getRows().size() + "行，金额"
            + adjustment.total().formatYuan() + "元";
    }

    @Override
    protected void beforeSubmit(BudgetAdjustment adjustment) {
        validator.checkStillAvailable(adjustment.validRows());
    }
}
