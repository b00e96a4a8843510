package cn.nanchang.budgetflow.project;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.document.Copied;
import cn.nanchang.budgetflow.document.DocumentDrafting;
import cn.nanchang.budgetflow.document.DocumentTypeService;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits, reads, submits and withdraws project applications. Staff file them for their
 * own section; whoever may see a section's documents may read its applications. Edits are
 * accepted only while the application is DRAFT or RETURNED, and only from its drafter (the shared
 * steps of {@link DocumentTypeService}, with {@link ProjectApplicationSupport}).
 */
@Service
@Transactional
public class ProjectApplicationService extends
        DocumentTypeService<ProjectApplication, ProjectApplicationInput, ValidApplication, ProjectApplicationDetails> {

    private final ProjectApplicationRepository applications;
    private final CurrentActor currentActor;

    ProjectApplicationService(DocumentDrafting drafting, ProjectApplicationSupport support,
            ProjectApplicationRepository applications, CurrentActor currentActor) {
        super(drafting, support);
        this.applications = applications;
        this.currentActor = currentActor;
    }

    /**
     * A new application of the year being prepared, copied from an earlier one of the caller's section
     * that went through review: new number, status 草稿, no project code; the notes say what changed.
     */
    @Roles.Staff
    public Copied<ProjectApplicationDetails> copyAsNew(long sourceId) {
        return copy(sourceId);
    }

    /** Whether the page offers 复制为新项目: to a 科员 of the application's section, once it went through review. */
    @Transactional(readOnly = true)
    @Roles.Reader
    public boolean copyable(ProjectApplicationDetails application) {
        Actor actor = currentActor.get();
        return actor.role() == Role.STAFF && application.sectionCode().equals(actor.sectionCode())
            && application.status() != DocumentStatus.DRAFT;
    }

    /** Whether the caller's section already has an application of this name for the year, in any status. */
    @Transactional(readOnly = true)
    @Roles.Staff
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
}
