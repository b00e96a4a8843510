package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.document.DocumentTypeSupport;
import cn.nanchang.budgetflow.policy.PolicyThresholds;
import cn.nanchang.budgetflow.security.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What a procurement plan brings to the shared drafting steps: its items, checked against the
 * limits in force and the section's approved budget lines, and checked against those lines again
 * at submission. Invalid input is refused whole.
 */
@Component
class ProcurementPlanSupport
        extends DocumentTypeSupport<ProcurementPlan, ProcurementPlanInput, List<ValidItem>, ProcurementPlanDetails> {

    private final ProcurementPlanReader reader;
    private final ProcurementPlanValidator validator;
    private final FundingCheck funding;
    private final ProcurementFreezes freezes;
    private final PolicyThresholds thresholds;
    private final Messages messages;

    ProcurementPlanSupport(ProcurementPlanValidator validator, FundingCheck funding, ProcurementFreezes freezes,
            ProcurementPlanReader reader, PolicyThresholds thresholds, Messages messages) {
        super(ProcurementPlan.class, DocumentType.PROCUREMENT_PLAN, "procurement", ProcurementPlan::new,
            reader::details, ProcurementSnapshot::of);
        this.reader = reader;
        this.validator = validator;
        this.funding = funding;
        this.freezes = freezes;
        this.thresholds = thresholds;
        this.messages = messages;
    }

    @Override
    protected List<ProcurementPlanDetails> detailsOfAll(List<ProcurementPlan> plans) {
        return reader.details(plans);
    }

    @Override
    protected List<ValidItem> validateNew(ProcurementPlanInput input, Actor actor) {
        return validate(input, actor.sectionCode(), null);
    }

    @Override
    protected int fiscalYear(ProcurementPlanInput input, List<ValidItem> items) {
        return input.fiscalYear();
    }

    @Override
    protected List<ValidItem> validateEdit(ProcurementPlanInput input, ProcurementPlan plan) {
        if (input != null && input.fiscalYear() != null && input.fiscalYear() != plan.getFiscalYear()) {
            throw ValidationException.of("fiscalYear", messages.get("doctype.procurement.yearFixed"));
        }
        return validate(input, plan.getSection().getCode(), plan.getId());
    }

    @Override
    protected String describe(ProcurementPlan plan) {
        return "采购项目" + plan.getItems().size() + "个，合计" + plan.total().formatYuan() + "元";
    }

    @Override
    protected void apply(ProcurementPlan plan, List<ValidItem> items, Instant now) {
        plan.replaceItems(items, now);
    }

    /**
     * At submission the plan's money is frozen on its funding 指标 (送审 secures it): the lines are
     * checked again, then the ledger freezes under a lock and refuses with a 409 naming the
     * shortfall in yuan if another plan took the money since this one was saved.
     */
    @Override
    protected void beforeSubmit(ProcurementPlan plan) {
        List<FieldViolation> problems = new ArrayList<>();
        List<ValidItem> items = plan.getItems().stream().map(ProcurementItem::toValid).toList();
        funding.check(plan.getSection().getCode(), plan.getFiscalYear(), plan.getId(), items, problems);
        problems.removeIf(p -> !p.field().endsWith(".fundingLineId"));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        freezes.freeze(plan, plan.getDrafter());
    }

    private List<ValidItem> validate(ProcurementPlanInput input, String sectionCode, Long planId) {
        List<FieldViolation> problems = new ArrayList<>();
        List<ValidItem> items = validator.check(input, ProcurementLimits.of(thresholds), problems);
        boolean yearValid = problems.stream().noneMatch(p -> p.field().equals("fiscalYear"));
        funding.check(sectionCode, yearValid ? input.fiscalYear() : null, planId, items, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return items;
    }
}
