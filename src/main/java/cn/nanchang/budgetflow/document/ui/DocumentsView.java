package cn.nanchang.budgetflow.document.ui;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.base.ui.StatusBadge;
import cn.nanchang.budgetflow.document.DocumentFilter;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.document.TrackedDocument;
import cn.nanchang.budgetflow.document.TrackedDocuments;
import cn.nanchang.budgetflow.security.CurrentActor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 我的申报 for staff, 申报查询 for reviewers and auditors: the documents one may see, filtered, each
 * with the step it waits at and who holds it now, so that a drafter knows whom to chase.
 */
@Route("documents")
@Menu(title = "nav.allDocuments", order = 40)
@RolesAllowed({"STAFF", "SECTION_HEAD", "FINANCE", "DIRECTOR", "BUREAU", "AUDITOR"})
class DocumentsView extends VerticalLayout implements HasDynamicTitle {

    private final DocumentQueries queries;
    private final TrackedDocuments tracked;
    private final Grid<TrackedDocument> grid = new Grid<>();
    private final IntegerField year = new IntegerField();
    private final ComboBox<DocumentStatus> status = new ComboBox<>();

    DocumentsView(DocumentQueries queries, TrackedDocuments tracked, CurrentActor currentActor) {
        this.queries = queries;
        this.tracked = tracked;
        boolean staff = currentActor.get().role() == cn.nanchang.budgetflow.organization.Role.STAFF;
        add(new H2(getTranslation(staff ? "documents.title" : "documents.allTitle")));
        year.setPlaceholder(getTranslation("common.year"));
        year.setClearButtonVisible(true);
        status.setPlaceholder(getTranslation("documents.filter.status"));
        status.setItems(DocumentStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setClearButtonVisible(true);
        year.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        add(new HorizontalLayout(year, status));
        configureGrid();
        add(grid);
        setSizeFull();
        refresh();
    }

    private void configureGrid() {
        grid.setId("documents-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(t -> t.document().number()).setHeader(getTranslation("common.number")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation(t.document().type().labelKey())).setHeader(getTranslation("common.type")).setAutoWidth(true);
        grid.addColumn(t -> t.document().sectionName()).setHeader(getTranslation("common.section")).setAutoWidth(true);
        grid.addColumn(t -> t.document().fiscalYear()).setHeader(getTranslation("common.year")).setAutoWidth(true);
        grid.addComponentColumn(t -> new StatusBadge(t.document().status())).setHeader(getTranslation("common.status")).setAutoWidth(true);
        grid.addColumn(t -> HolderText.of(t.holders())).setHeader(getTranslation("holder.now")).setAutoWidth(true)
            .setClassNameGenerator(t -> "document-holder");
        grid.addColumn(t -> Formats.wan(t.document().total())).setHeader(getTranslation("common.total")).setAutoWidth(true)
            .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(t -> t.document().drafterName()).setHeader(getTranslation("common.drafter")).setAutoWidth(true);
        grid.addColumn(t -> Formats.time(t.document().updatedAt())).setHeader(getTranslation("common.updated")).setAutoWidth(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(
            e.getItem().document().type().routePrefix() + "/" + e.getItem().document().id()));
        grid.setEmptyStateText(getTranslation("common.empty"));
    }

    private void refresh() {
        DocumentFilter filter = new DocumentFilter(null, year.getValue(), null, status.getValue());
        grid.setItems(q -> tracked.documents(filter, q.getOffset(), q.getLimit()).stream(), q -> (int) queries.count(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.documents");
    }
}
