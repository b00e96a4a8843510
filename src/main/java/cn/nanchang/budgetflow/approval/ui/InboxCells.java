package cn.nanchang.budgetflow.approval.ui;

import cn.nanchang.budgetflow.approval.DocumentReview;
import cn.nanchang.budgetflow.approval.DueText;
import cn.nanchang.budgetflow.approval.InboxItem;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.base.ui.UiActions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The parts of a 待办 row: the due badge, the buttons, and on a phone the whole task as a card. */
final class InboxCells {

    private final DocumentReview review;
    private final Runnable refresh;

    InboxCells(DocumentReview review, Runnable refresh) {
        this.review = review;
        this.refresh = refresh;
    }

    /** 12月8日 前 / 剩余 2 天 / 今日到期 / 已超期 1 天, red once overdue; the exact time in the tooltip. */
    Component due(InboxItem item) {
        DueText due = item.dueText();
        UI ui = UI.getCurrent();
        Span badge = new Span(ui.getTranslation(due.labelKey(), String.valueOf(due.days()),
            due.date() == null ? "" : String.valueOf(due.date().getMonthValue()),
            due.date() == null ? "" : String.valueOf(due.date().getDayOfMonth())));
        badge.addClassName("due-text");
        badge.getElement().setAttribute("data-document-number", item.document().number());
        badge.getElement().setAttribute("data-due", due.kind().name());
        switch (due.kind()) {
            case OVERDUE -> {
                badge.getElement().getThemeList().add("badge error");
                badge.addClassName("overdue-badge");
            }
            case TODAY, DAYS_LEFT -> badge.getElement().getThemeList().add("badge");
            case BY_DATE -> badge.getElement().getThemeList().add("badge contrast");
            case NONE -> { }
        }
        if (item.due() != null) {
            badge.setTitle(ui.getTranslation("deadline.due") + "：" + Formats.time(item.due()));
        }
        return badge;
    }

    /** 办理, and 签收 or 取消签收 where the task may be claimed; touch-sized on a phone. */
    Component actions(InboxItem item, boolean phone) {
        UI ui = UI.getCurrent();
        Button open = new Button(ui.getTranslation("inbox.handle"), e -> open(item));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClassName("handle-task");
        // grid cells are flat siblings in the DOM, so the row's document is named on its button
        open.getElement().setAttribute("data-document-number", item.document().number());
        HorizontalLayout actions = new HorizontalLayout(open);
        actions.addClassName("inbox-actions");
        if (item.step().isReview() && !item.isWithDelegate()) {
            Button claim = item.isClaimed()
                ? new Button(ui.getTranslation("inbox.unclaim"), e -> UiActions.run(() -> review.unclaim(item.taskId()), "inbox.unclaimed", refresh))
                : new Button(ui.getTranslation("inbox.claim"), e -> UiActions.run(() -> review.claim(item.taskId()), "inbox.claimed", refresh));
            claim.addClassName(item.isClaimed() ? "unclaim-task" : "claim-task");
            actions.add(claim);
        }
        if (!phone) {
            actions.getChildren().forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_SMALL));
        }
        return actions;
    }

    /** On a narrow screen a task is a card: number and due, what and whose, the step and amount, the buttons. */
    Component card(InboxItem item) {
        UI ui = UI.getCurrent();
        var d = item.document();
        Span number = new Span(d.number());
        number.addClassName("inbox-card-number");
        Div top = new Div(number, due(item));
        top.addClassName("inbox-card-top");
        Div what = new Div(ui.getTranslation(d.type().labelKey()) + " · " + d.sectionName() + " · " + d.drafterName());
        what.addClassName("inbox-card-meta");
        Div step = new Div(stepText(item) + " · " + Formats.wan(d.total()) + " " + ui.getTranslation("common.wanyuan"));
        step.addClassName("inbox-card-meta");
        Div card = new Div(top, what, step, actions(item, true));
        card.addClassName("inbox-card");
        card.getElement().setAttribute("data-document-number", d.number());
        return card;
    }

    /** The step, and for a delegated task whether it is to be handled (委派办理) or confirmed (待确认). */
    String stepText(InboxItem item) {
        UI ui = UI.getCurrent();
        String step = ui.getTranslation(item.step().labelKey());
        return item.delegation() == null ? step : step + " · " + ui.getTranslation("handover.inbox." + item.delegation().name());
    }

    private static void open(InboxItem item) {
        UI.getCurrent().navigate(item.document().type().routePrefix() + "/" + item.document().id());
    }
}
