package cn.nanchang.budgetflow.procurement;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.document.DocumentAccess;
import cn.nanchang.budgetflow.document.DocumentAudit;
import cn.nanchang.budgetflow.document.DocumentLifecycle;
import cn.nanchang.budgetflow.document.DocumentNumbers;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.policy.PolicyThresholds;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits, reads and submits procurement plans. Staff plan for their own section;
 * everyone who may see a section's documents may read its plans. Edits are accepted only while
 * the plan is DRAFT or RETURNED, and only from its drafter. Invalid input is refused whole.
 */
@Service
@Transactional
public class ProcurementPlanService {

    private final ProcurementPlanRepository plans;
    private final ProcurementPlanValidator validator;
    private final FundingCheck funding;
    private final ProcurementPlanReader reader;
    private final PolicyThresholds thresholds;
    private final DocumentAccess access;
    private final DocumentNumbers numbers;
    private final DocumentAudit audit;
    private final DocumentLifecycle lifecycle;
    private final OrganizationService organization;
    private final CurrentActor currentActor;
    private final Messages messages;
    private final Clock clock;

    ProcurementPlanService(ProcurementPlanRepository plans, ProcurementPlanValidator validator, FundingCheck funding,
            ProcurementPlanReader reader, PolicyThresholds thresholds, DocumentAccess access, DocumentNumbers numbers,
            DocumentAudit audit, DocumentLifecycle lifecycle, OrganizationService organization,
            CurrentActor currentActor, Messages messages, Clock clock) {
        this.plans = plans;
        this.validator = validator;
        this.funding = funding;
        this.reader = reader;
        this.thresholds = thresholds;
        this.access = access;
        this.numbers = numbers;
        this.audit = audit;
        this.lifecycle = lifecycle;
        this.organization = organization;
        this.currentActor = currentActor;
        this.messages = messages;
        this.clock = clock;
    }

    /** Creates a plan of the current 科员's section from the input, as the editor, the API or demo data do. */
    @PreAuthorize("hasRole('STAFF')")
    public ProcurementPlanDetails create(ProcurementPlanInput input) {
        Actor actor = currentActor.get();
        List<ValidItem> items = validate(input, actor.sectionCode(), null);
        Instant now = clock.instant();
        var section = organization.sectionByCode(actor.sectionCode()).orElseThrow();
        ProcurementPlan plan = new ProcurementPlan(numbers.next(DocumentType.PROCUREMENT_PLAN, input.fiscalYear()),
            section, input.fiscalYear(), actor.username(), now);
        plan.replaceItems(items, now);
        plans.saveAndFlush(plan);
        ProcurementPlanDetails created = reader.details(plan);
        audit.created(actor, plan, describe(plan), ProcurementSnapshot.of(created, messages));
        return created;
    }

    /**
     * Replaces the plan's items. {@code expectedVersion}, when given, must be the version the
     * editor read; otherwise someone else changed the plan meanwhile and the edit is refused.
     */
    @PreAuthorize("hasRole('STAFF')")
    public ProcurementPlanDetails update(long id, Long expectedVersion, ProcurementPlanInput input) {
        Actor actor = currentActor.get();
        ProcurementPlan plan = editable(id, expectedVersion, actor);
        if (input != null && input.fiscalYear() != null && input.fiscalYear() != plan.getFiscalYear()) {
            throw ValidationException.of("fiscalYear", "预算年度不能修改；如需其他年度，请新建采购计划");
        }
        List<ValidItem> items = validate(input, plan.getSection().getCode(), plan.getId());
        String before = describe(plan);
        var beforeContent = ProcurementSnapshot.of(reader.details(plan), messages);
        plan.replaceItems(items, clock.instant());
        plans.flush();
        ProcurementPlanDetails edited = reader.details(plan);
        audit.edited(actor, plan, before + " → " + describe(plan), beforeContent, ProcurementSnapshot.of(edited, messages));
        return edited;
    }

    /**
     * Submits, or resubmits a returned plan. The funding lines are checked again, under a lock,
     * since other plans may have been submitted against them after this one was saved.
     */
    @PreAuthorize("hasRole('STAFF')")
    public ProcurementPlanDetails submit(long id) {
        Actor actor = currentActor.get();
        ProcurementPlan plan = access.visible(id, ProcurementPlan.class, actor);
        access.requireDrafter(plan, actor);
        if (plan.getStatus().isEditable()) {
            List<FieldViolation> problems = new ArrayList<>();
            List<ValidItem> items = plan.getItems().stream().map(ProcurementItem::toValid).toList();
            funding.check(plan.getSection().getCode(), plan.getFiscalYear(), plan.getId(), items, true, problems);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
        }
        lifecycle.submit(id, ProcurementPlan.class);
        return reader.details(plan);
    }

    @PreAuthorize("hasRole('STAFF')")
    public ProcurementPlanDetails withdraw(long id) {
        lifecycle.withdraw(id, ProcurementPlan.class);
        return reader.details(access.visible(id, ProcurementPlan.class, currentActor.get()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STAFF','SECTION_HEAD','FINANCE','DIRECTOR','BUREAU','AUDITOR')")
    public ProcurementPlanDetails get(long id) {
        return reader.details(access.visible(id, ProcurementPlan.class, currentActor.get()));
    }

    /** The intention notices of a plan's items that need a procurement procedure. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STAFF','SECTION_HEAD','FINANCE','DIRECTOR','BUREAU','AUDITOR')")
    public List<IntentionNotice> intentions(long id) {
        return get(id).intentions();
    }

    private ProcurementPlan editable(long id, Long expectedVersion, Actor actor) {
        ProcurementPlan plan = access.visible(id, ProcurementPlan.class, actor);
        access.requireDrafter(plan, actor);
        if (expectedVersion != null && expectedVersion != plan.getVersion()) {
            throw new ConflictException("该采购计划已被修改（当前版本 " + plan.getVersion() + "），请刷新后再编辑");
        }
        if (!plan.getStatus().isEditable()) {
            throw new ConflictException("采购计划当前状态为“" + messages.get(plan.getStatus().labelKey()) + "”，不能修改");
        }
        return plan;
    }

    private List<ValidItem> validate(ProcurementPlanInput input, String sectionCode, Long planId) {
        List<FieldViolation> problems = new ArrayList<>();
        List<ValidItem> items = validator.check(input, ProcurementLimits.of(thresholds), problems);
        boolean yearValid = problems.stream().noneMatch(p -> p.field().equals("fiscalYear"));
        funding.check(sectionCode, yearValid ? input.fiscalYear() : null, planId, items, true, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return items;
    }

    private static String describe(ProcurementPlan plan) {
        return "采购项目" + plan.getItems().size() + "个，合计" + plan.total() + "元";
    }
}
