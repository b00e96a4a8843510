package cn.nanchang.budgetflow.project.ui;

import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.project.ApprovedProject;
import cn.nanchang.budgetflow.project.ProjectLibrary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 项目库: the approved projects one may see, with their project codes, optionally of one year. */
@Route("projects")
@Menu(title = "nav.projectLibrary", order = 50)
@RolesAllowed({"STAFF", "SECTION_HEAD", "FINANCE", "DIRECTOR", "BUREAU", "AUDITOR"})
class ProjectLibraryView extends VerticalLayout implements HasDynamicTitle {

    private final ProjectLibrary library;
    private final Grid<ApprovedProject> grid = new Grid<>();
    private final IntegerField year = new IntegerField();

    ProjectLibraryView(ProjectLibrary library) {
        this.library = library;
        add(new H2(getTranslation("library.title")));
        year.setId("library-year");
        year.setPlaceholder(getTranslation("common.year"));
        year.setClearButtonVisible(true);
        year.addValueChangeListener(e -> refresh());
        grid.setId("library-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        Span codeHeader = new Span(getTranslation("project.code"));
        codeHeader.getElement().setAttribute("title", getTranslation("project.code.hint"));
        grid.addColumn(ApprovedProject::projectCode).setHeader(codeHeader).setAutoWidth(true);
        grid.addColumn(ApprovedProject::name).setHeader(getTranslation("project.name")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation(p.category().labelKey())).setHeader(getTranslation("project.category")).setAutoWidth(true);
        grid.addColumn(ApprovedProject::sectionName).setHeader(getTranslation("common.section")).setAutoWidth(true);
        grid.addColumn(ApprovedProject::fiscalYear).setHeader(getTranslation("common.year")).setAutoWidth(true);
        grid.addColumn(p -> Formats.wan(p.annualBudget())).setHeader(getTranslation("project.annualBudgetWan"))
            .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(p -> Formats.time(p.approvedAt())).setHeader(getTranslation("project.approvedAt")).setAutoWidth(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate("project-applications/" + e.getItem().id()));
        grid.setEmptyStateText(getTranslation("common.empty"));
        add(year, grid);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        grid.setItems(library.list(year.getValue(), null));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.projectLibrary");
    }
}
