package cn.nanchang.budgetflow.project.ui;

import cn.nanchang.budgetflow.approval.ui.DocumentPageLayout;
import cn.nanchang.budgetflow.approval.ui.DocumentPageParts;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.document.ui.DocumentActions;
import cn.nanchang.budgetflow.project.IndicatorCategories;
import cn.nanchang.budgetflow.project.ProjectApplicationDetails;
import cn.nanchang.budgetflow.project.ProjectApplicationService;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;

/**
 * A project application read-only: what every document page shows, with the application's
 * summary, cost lines and performance-target table.
 */
@Route("project-applications/:id([0-9]+)")
class ProjectApplicationView extends DocumentPageLayout<ProjectApplicationDetails> implements HasDynamicTitle {

    private final IndicatorCategories categories;

    ProjectApplicationView(ProjectApplicationService applications, IndicatorCategories categories, DocumentPageParts parts) {
        super(parts, applications::get);
        this.categories = categories;
    }

    @Override
    protected Sheet sheet(long id, ProjectApplicationDetails a) {
        return new Sheet(a.name(), new ProjectSummary(a),
            new DocumentActions.Target(id, DocumentType.PROJECT_APPLICATION, a.status(), "project", "project.inLibrary", null, null)
                .titled(a.number(), a.name()),
            List.of(new H3(getTranslation("project.costLines")), new CostLinesGrid(a.costLines()),
                new H3(getTranslation("project.indicators")), new IndicatorTable(categories.tree(), a.indicators())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.projectApplication");
    }
}
