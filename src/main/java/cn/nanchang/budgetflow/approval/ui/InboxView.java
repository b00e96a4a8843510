package cn.nanchang.budgetflow.approval.ui;

import cn.nanchang.budgetflow.approval.BatchApproval;
import cn.nanchang.budgetflow.approval.DocumentReview;
import cn.nanchang.budgetflow.approval.InboxItem;
import cn.nanchang.budgetflow.approval.InboxSearch;
import cn.nanchang.budgetflow.approval.Worklist;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.personal.CommonOpinions;
import cn.nanchang.budgetflow.security.CurrentActor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * 待办: my tasks, searched, filtered, sorted and grouped by type (the tabs) in the query; the due
 * time in words; 批量同意 of ticked tasks or of all the shown step's. On a phone each task is a card.
 */
@Route("inbox")
@Menu(title = "nav.inbox", order = 10)
@RolesAllowed({"STAFF", "SECTION_HEAD", "FINANCE", "DIRECTOR", "BUREAU"})
class InboxView extends VerticalLayout implements HasDynamicTitle {

    /** Below this window width (px) a task is shown as a card rather than a row of nine columns. */
    static final int PHONE_WIDTH = 700;

    private final Worklist worklist;
    private final Grid<InboxItem> grid = new Grid<>();
    private final BatchApprovalBar batchBar;
    private final InboxFilterBar filters = new InboxFilterBar(f -> refresh());
    private final InboxTypeTabs tabs = new InboxTypeTabs(t -> refresh());
    private final InboxCells cells;
    private final Checkbox selectAll = new Checkbox();

    InboxView(DocumentReview review, Worklist worklist, BatchApproval batch, CommonOpinions opinions,
            CurrentActor currentActor) {
        this.worklist = worklist;
        this.cells = new InboxCells(review, this::refresh);
        addClassName("inbox-view");
        add(new H2(getTranslation("inbox.title")), filters, tabs);
        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // reviewers tick tasks of one step and approve them together; a drafter's revisions are one by one
        batchBar = currentActor.get().role() == Role.STAFF ? null : new BatchApprovalBar(batch, opinions, this::refresh);
        if (batchBar != null) {
            add(batchBar);
        }
        grid.setEmptyStateText(getTranslation("common.empty"));
        add(grid);
        setSizeFull();
        // the window's width decides between rows and cards; it is known once the browser has told it
        UI.getCurrent().getPage().retrieveExtendedClientDetails(d -> columns(d.getWindowInnerWidth() < PHONE_WIDTH));
    }

    private void columns(boolean phone) {
        grid.removeAllColumns();
        if (batchBar != null) {
            selectAll.setId("batch-select-all");
            selectAll.setAriaLabel(getTranslation("batch.selectAll"));
            selectAll.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    selectAll(e.getValue());
                }
            });
            grid.addComponentColumn(batchBar::checkboxFor).setHeader(selectAll).setAutoWidth(true).setFlexGrow(0)
                .setFrozen(true);
        }
        if (phone) {
            addClassName("inbox-phone");
            grid.addComponentColumn(cells::card).setHeader(getTranslation("inbox.tasks")).setFlexGrow(1);
        } else {
            desktopColumns();
        }
        refresh();
    }

    /** Nine columns: the number and the due time stay at the left, the buttons at the right, at any width. */
    private void desktopColumns() {
        grid.addColumn(i -> i.document().number()).setHeader(getTranslation("common.number")).setAutoWidth(true).setFrozen(true);
        grid.addComponentColumn(cells::due).setHeader(getTranslation("deadline.due")).setAutoWidth(true);
        grid.addColumn(cells::stepText).setHeader(getTranslation("inbox.step")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation(i.document().type().labelKey())).setHeader(getTranslation("common.type")).setAutoWidth(true);
        grid.addColumn(i -> i.document().sectionName()).setHeader(getTranslation("common.section")).setAutoWidth(true);
        grid.addColumn(i -> i.document().drafterName()).setHeader(getTranslation("common.drafter")).setAutoWidth(true);
        grid.addColumn(i -> Formats.wan(i.document().total())).setHeader(getTranslation("common.total"))
            .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(i -> Formats.time(i.created())).setHeader(getTranslation("inbox.received")).setAutoWidth(true);
        grid.addComponentColumn(i -> cells.actions(i, false)).setHeader(getTranslation("common.actions")).setAutoWidth(true)
            .setFrozenToEnd(true);
    }

    private void selectAll(boolean ticked) {
        List<InboxItem> shown = ticked ? worklist.inbox(search(), 0, BatchApproval.MAX_TASKS) : List.of();
        batchBar.clearSelection();
        if (ticked && !batchBar.selectAll(shown)) {
            selectAll.setValue(false);
        }
        grid.getDataProvider().refreshAll();
    }

    private InboxSearch search() {
        return filters.search(tabs.selected());
    }

    private void refresh() {
        if (batchBar != null) {
            batchBar.clearSelection();
            selectAll.setValue(false);
        }
        InboxSearch search = search();
        try {
            tabs.show(worklist.inboxCountsByType(search));
            filters.textInvalid(null);
        } catch (ValidationException e) {
            filters.textInvalid(e.violations().get(0).message());
            return;
        }
        grid.setItems(q -> worklist.inbox(search, q.getOffset(), q.getLimit()).stream(), q -> (int) worklist.inboxCount(search));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.inbox");
    }
}
