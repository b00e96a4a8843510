package cn.nanchang.budgetflow.project.ui;

import cn.nanchang.budgetflow.approval.ui.DocumentPageLayout;
import cn.nanchang.budgetflow.approval.ui.DocumentPageParts;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.PreparedYear;
import cn.nanchang.budgetflow.document.ui.CopyNotice;
import cn.nanchang.budgetflow.document.ui.DocumentActions;
import cn.nanchang.budgetflow.project.IndicatorCategories;
import cn.nanchang.budgetflow.project.ProjectApplicationDetails;
import cn.nanchang.budgetflow.project.ProjectApplicationService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;

/**
 * A project application read-only: what every document page shows, with the application's
 * summary, cost lines and performance-target table.
 */
@Route("project-applications/:id([0-9]+)")
class ProjectApplicationView extends DocumentPageLayout<ProjectApplicationDetails> implements HasDynamicTitle {

    private final ProjectApplicationService applications;
    private final IndicatorCategories categories;
    private final PreparedYear preparedYear;

    ProjectApplicationView(ProjectApplicationService applications, IndicatorCategories categories, PreparedYear preparedYear,
            DocumentPageParts parts) {
        super(parts, applications::get);
        this.applications = applications;
        this.categories = categories;
        this.preparedYear = preparedYear;
    }

    @Override
    protected Sheet sheet(long id, ProjectApplicationDetails a) {
        List<Component> parts = new ArrayList<>();
        if (applications.copyable(a)) {
            parts.add(copyBar(id));
        }
        parts.addAll(List.of(new H3(getTranslation("project.costLines")), new CostLinesGrid(a.costLines()),
            new H3(getTranslation("project.indicators")), new IndicatorTable(categories.tree(), a.indicators())));
        return new Sheet(a.name(), new ProjectSummary(a),
            new DocumentActions.Target(id, DocumentType.PROJECT_APPLICATION, a.status(), "project", "project.inLibrary", null, null)
                .titled(a.number(), a.name()),
            parts);
    }

    /** 复制为新项目: a new draft of the year being prepared from this application, opened in the editor. */
    private HorizontalLayout copyBar(long id) {
        Button copy = new Button(getTranslation("project.copy.button"),
            e -> CopyNotice.run(DocumentType.PROJECT_APPLICATION, () -> applications.copyAsNew(id)));
        copy.setId("copy-project");
        Span hint = new Span(getTranslation("project.copy.hint", String.valueOf(preparedYear.year())));
        hint.setId("copy-hint");
        HorizontalLayout bar = new HorizontalLayout(copy, hint);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        return bar;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.projectApplication");
    }
}
