package cn.nanchang.budgetflow.project;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.document.CopyPlan;
import cn.nanchang.budgetflow.document.DocumentTypeSupport;
import cn.nanchang.budgetflow.security.Actor;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What a project application brings to the shared drafting steps: its header, cost lines and
 * performance-target table, checked whole; its reading with code and category names.
 */
@Component
class ProjectApplicationSupport extends
        DocumentTypeSupport<ProjectApplication, ProjectApplicationInput, ValidApplication, ProjectApplicationDetails> {

    private final ProjectApplicationValidator validator;
    private final ProjectDetailsReader reader;
    private final IndicatorCategories categories;
    private final Messages messages;
    private final ProjectApplicationCopy copy;

    ProjectApplicationSupport(ProjectApplicationValidator validator, IndicatorCategories categories,
            ProjectDetailsReader reader, Messages messages, ProjectApplicationCopy copy) {
        super(ProjectApplication.class, DocumentType.PROJECT_APPLICATION, "project", ProjectApplication::new,
            reader::details, ProjectSnapshot::of);
        this.reader = reader;
        this.validator = validator;
        this.categories = categories;
        this.messages = messages;
        this.copy = copy;
    }

    @Override
    protected CopyPlan<ProjectApplicationInput> copyOf(ProjectApplication source, int fiscalYear) {
        return copy.plan(source, fiscalYear);
    }

    @Override
    protected List<ProjectApplicationDetails> detailsOfAll(List<ProjectApplication> applications) {
        return reader.details(applications);
    }

    @Override
    protected ValidApplication validateNew(ProjectApplicationInput input, Actor actor) {
        return validator.validate(input);
    }

    @Override
    protected ValidApplication validateEdit(ProjectApplicationInput input, ProjectApplication application) {
        ValidApplication valid = validator.validate(input);
        if (valid.fiscalYear() != application.getFiscalYear()) {
            throw ValidationException.of("fiscalYear", messages.get("doctype.project.yearFixed"));
        }
        return valid;
    }

    @Override
    protected int fiscalYear(ProjectApplicationInput input, ValidApplication valid) {
        return valid.fiscalYear();
    }

    @Override
    protected void apply(ProjectApplication application, ValidApplication valid, Instant now) {
        application.apply(valid, categories.byCode(), now);
    }

    @Override
    protected String describe(ProjectApplication a) {
        return "项目“" + a.getName() + "”，年度预算" + a.annualBudget() + "元，成本明细" + a.getCostLines().size()
            + "条，绩效指标" + a.getIndicators().size() + "项";
    }
}
