package cn.nanchang.budgetflow.document.ui;

import cn.nanchang.budgetflow.security.ui.MainLayout;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.document.BatchApproval;
import cn.nanchang.budgetflow.document.DocumentReview;
import cn.nanchang.budgetflow.document.InboxItem;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.personal.CommonOpinions;
import cn.nanchang.budgetflow.security.CurrentActor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 待办: the tasks of my groups and those I have claimed, oldest first, with claim, unclaim, open and 批量审批. */
@Route(value = "inbox", layout = MainLayout.class)
@PageTitle("待办 · 预算审批系统")
@RolesAllowed({"STAFF", "SECTION_HEAD", "FINANCE", "DIRECTOR", "BUREAU"})
class InboxView extends VerticalLayout {

    private final DocumentReview review;
    private final Grid<InboxItem> grid = new Grid<>();
    private final BatchApprovalBar batchBar;

    InboxView(DocumentReview review, BatchApproval batch, CommonOpinions opinions, CurrentActor currentActor) {
        this.review = review;
        add(new H2(getTranslation("inbox.title")));
        grid.setId("inbox-grid");
        if (currentActor.get().role() != Role.STAFF) {
            // reviewers tick tasks of one step and approve them together; a drafter's revisions are one by one
            batchBar = new BatchApprovalBar(batch, opinions, this::refresh);
            add(batchBar);
            grid.addComponentColumn(batchBar::checkboxFor).setHeader(getTranslation("batch.select")).setAutoWidth(true)
                .setFrozen(true);
        } else {
            batchBar = null;
        }
        // Ten columns outgrow a laptop screen: the number and the buttons stay in view while the middle scrolls.
        grid.addColumn(i -> i.document().number()).setHeader(getTranslation("common.number")).setAutoWidth(true).setFrozen(true);
        grid.addColumn(i -> getTranslation(i.document().type().labelKey())).setHeader(getTranslation("common.type")).setAutoWidth(true);
        grid.addColumn(i -> i.document().sectionName()).setHeader(getTranslation("common.section")).setAutoWidth(true);
        grid.addColumn(i -> i.document().fiscalYear()).setHeader(getTranslation("common.year")).setAutoWidth(true);
        grid.addColumn(this::stepText).setHeader(getTranslation("inbox.step")).setAutoWidth(true);
        grid.addColumn(i -> Formats.wan(i.document().total())).setHeader(getTranslation("common.total"))
            .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(i -> i.document().drafterName()).setHeader(getTranslation("common.drafter")).setAutoWidth(true);
        grid.addColumn(i -> Formats.time(i.created())).setHeader(getTranslation("inbox.received")).setAutoWidth(true);
        grid.addComponentColumn(this::due).setHeader(getTranslation("deadline.due")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true)
            .setFrozenToEnd(true);
        grid.setEmptyStateText(getTranslation("common.empty"));
        add(grid);
        setSizeFull();
        refresh();
    }

    private Component actions(InboxItem item) {
        Button open = new Button(getTranslation("inbox.handle"), e -> open(item));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        open.addClassName("handle-task");
        // grid cells are flat siblings in the DOM, so the row's document is named on its button
        open.getElement().setAttribute("data-document-number", item.document().number());
        HorizontalLayout actions = new HorizontalLayout(open);
        if (item.step().isReview() && !item.isWithDelegate()) {
            Button claim = item.isClaimed()
                ? new Button(getTranslation("inbox.unclaim"), e -> UiActions.run(() -> review.unclaim(item.taskId()), "inbox.unclaimed", this::refresh))
                : new Button(getTranslation("inbox.claim"), e -> UiActions.run(() -> review.claim(item.taskId()), "inbox.claimed", this::refresh));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            claim.addClassName(item.isClaimed() ? "unclaim-task" : "claim-task");
            actions.add(claim);
        }
        return actions;
    }

    /** The step, and for a delegated task whether it is to be handled (委派办理) or confirmed (待确认). */
    private String stepText(InboxItem item) {
        String step = getTranslation(item.step().labelKey());
        return item.delegation() == null ? step : step + " · " + getTranslation("handover.inbox." + item.delegation().name());
    }

    /** The due date, with a red 已超期 badge once it has passed. */
    private Component due(InboxItem item) {
        HorizontalLayout cell = new HorizontalLayout(new Span(item.due() == null ? "" : Formats.time(item.due())));
        if (item.overdue()) {
            Span badge = new Span(getTranslation("deadline.overdue"));
            badge.getElement().getThemeList().add("badge error");
            badge.addClassName("overdue-badge");
            badge.getElement().setAttribute("data-document-number", item.document().number());
            cell.add(badge);
        }
        return cell;
    }

    private void open(InboxItem item) {
        UI.getCurrent().navigate(item.document().type().routePrefix() + "/" + item.document().id());
    }

    private void refresh() {
        if (batchBar != null) {
            batchBar.clearSelection();
        }
        grid.setItems(q -> review.inbox(q.getOffset(), q.getLimit()).stream(), q -> (int) review.inboxCount());
    }
}
