package cn.nanchang.budgetflow.project;

import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.document.DocumentAccess;
import cn.nanchang.budgetflow.document.DocumentAudit;
import cn.nanchang.budgetflow.document.DocumentNumbers;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits and reads project applications. Staff file them for their own section; whoever
 * may see a section's documents may read its applications. Edits are accepted only while the
 * application is DRAFT or RETURNED, and only from its drafter. Submission, withdrawal and
 * decisions go through the document module like every other document type.
 */
@Service
@Transactional
public class ProjectApplicationService {

    private final ProjectApplicationRepository applications;
    private final ProjectApplicationValidator validator;
    private final IndicatorCategories categories;
    private final ProjectDetailsReader reader;
    private final DocumentAccess access;
    private final DocumentNumbers numbers;
    private final DocumentAudit audit;
    private final OrganizationService organization;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final Messages messages;

    ProjectApplicationService(ProjectApplicationRepository applications, ProjectApplicationValidator validator,
            IndicatorCategories categories, ProjectDetailsReader reader, DocumentAccess access, DocumentNumbers numbers,
            DocumentAudit audit, OrganizationService organization, CurrentActor currentActor, Clock clock, Messages messages) {
        this.applications = applications;
        this.validator = validator;
        this.categories = categories;
        this.reader = reader;
        this.access = access;
        this.numbers = numbers;
        this.audit = audit;
        this.organization = organization;
        this.currentActor = currentActor;
        this.clock = clock;
        this.messages = messages;
    }

    @PreAuthorize("hasRole('STAFF')")
    public ProjectApplicationDetails create(ProjectApplicationInput input) {
        Actor actor = currentActor.get();
        ValidApplication valid = validator.validate(input);
        Instant now = clock.instant();
        var section = organization.sectionByCode(actor.sectionCode()).orElseThrow();
        ProjectApplication application = new ProjectApplication(
            numbers.next(DocumentType.PROJECT_APPLICATION, valid.fiscalYear()), section, valid.fiscalYear(),
            actor.username(), now);
        application.apply(valid, categories.byCode(), now);
        applications.saveAndFlush(application);
        ProjectApplicationDetails created = reader.details(application);
        audit.created(actor, application, describe(application), ProjectSnapshot.of(created, messages));
        return created;
    }

    /**
     * Replaces the application's content. {@code expectedVersion}, when given, must be the version
     * the editor read; otherwise someone else changed it meanwhile and the edit is refused.
     */
    @PreAuthorize("hasRole('STAFF')")
    public ProjectApplicationDetails update(long id, Long expectedVersion, ProjectApplicationInput input) {
        Actor actor = currentActor.get();
        ProjectApplication application = access.visible(id, ProjectApplication.class, actor);
        access.requireDrafter(application, actor);
        if (expectedVersion != null && expectedVersion != application.getVersion()) {
            throw new ConflictException("该申报已被修改（当前版本 " + application.getVersion() + "），请刷新后再编辑");
        }
        if (!application.getStatus().isEditable()) {
            throw new ConflictException("该申报当前状态不能修改（仅草稿或已退回时可修改）");
        }
        ValidApplication valid = validator.validate(input);
        if (valid.fiscalYear() != application.getFiscalYear()) {
            throw ValidationException.of("fiscalYear", "预算年度不能修改；如需其他年度，请新建申报");
        }
        String before = describe(application);
        var beforeContent = ProjectSnapshot.of(reader.details(application), messages);
        application.apply(valid, categories.byCode(), clock.instant());
        applications.flush();
        ProjectApplicationDetails edited = reader.details(application);
        audit.edited(actor, application, before + " → " + describe(application), beforeContent,
            ProjectSnapshot.of(edited, messages));
        return edited;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STAFF','SECTION_HEAD','FINANCE','DIRECTOR','BUREAU','AUDITOR')")
    public ProjectApplicationDetails get(long id) {
        return reader.details(access.visible(id, ProjectApplication.class, currentActor.get()));
    }

    /** Whether the caller's section already has an application of this name for the year, in any status. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public boolean existsInMySection(int fiscalYear, String name) {
        return applications.existsBySection_CodeAndFiscalYearAndName(currentActor.get().sectionCode(), fiscalYear, name);
    }

    /** Live sum of the cost lines against the annual budget, for the editor; amounts not (yet) valid count as nothing. */
    public CostPreview previewCosts(String annualBudget, List<ProjectApplicationInput.CostLineInput> lines) {
        Money sum = Money.ZERO;
        for (var line : lines) {
            Money amount = line == null ? null : amountOrNull(line.amount());
            if (amount != null) {
                sum = sum.plus(amount);
            }
        }
        return new CostPreview(sum, amountOrNull(annualBudget));
    }

    private static Money amountOrNull(String text) {
        var value = text == null || text.isBlank() ? null : InputChecks.number(text);
        return value != null && value.signum() > 0 && value.stripTrailingZeros().scale() <= 2
            ? new Money(value.setScale(2)) : null;
    }

    private static String describe(ProjectApplication a) {
        return "项目“" + a.getName() + "”，年度预算" + a.annualBudget() + "元，成本明细" + a.getCostLines().size()
            + "条，绩效指标" + a.getIndicators().size() + "项";
    }
}
