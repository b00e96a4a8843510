package cn.nanchang.budgetflow.approval.ui;

import cn.nanchang.budgetflow.approval.BatchApproval;
import cn.nanchang.budgetflow.approval.BatchOutcome;
import cn.nanchang.budgetflow.approval.InboxItem;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.base.ui.UiActions;
import cn.nanchang.budgetflow.personal.CommonOpinions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 批量审批 above the inbox: the tasks ticked in the grid's first column are approved with one comment, and a
 * dialog lists the result for each document (approved, or why not).
 */
class BatchApprovalBar extends HorizontalLayout {

    private final TextArea comment = new TextArea();
    /** The ticked tasks with their document numbers, in the order ticked; a refresh of the inbox starts afresh. */
    private final Map<String, String> selected = new LinkedHashMap<>();

    BatchApprovalBar(BatchApproval batch, CommonOpinions opinions, Runnable refresh) {
        setId("batch-bar");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        setWidthFull();
        comment.setId("batch-comment");
        comment.setLabel(getTranslation("batch.comment"));
        comment.setMaxLength(2000);
        comment.setWidth("28em");
        Button approve = new Button(getTranslation("batch.approve"), e -> confirm(batch, refresh));
        approve.setId("batch-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new OpinionPicker("batch-opinion", opinions, comment), comment, approve);
    }

    /** The tick box of a row; grid cells are flat siblings in the DOM, so it names the row's document. */
    Checkbox checkboxFor(InboxItem item) {
        Checkbox box = new Checkbox(selected.containsKey(item.taskId()));
        box.addClassName("batch-select");
        box.getElement().setAttribute("data-document-number", item.document().number());
        box.setAriaLabel(getTranslation("batch.select") + " " + item.document().number());
        box.addValueChangeListener(e -> {
            if (Boolean.TRUE.equals(e.getValue())) {
                selected.put(item.taskId(), item.document().number());
            } else {
                selected.remove(item.taskId());
            }
        });
        return box;
    }

    void clearSelection() {
        selected.clear();
    }

    /**
     * 全选: ticks all these tasks (those the inbox shows under its filter) if they are of one step,
     * since a batch takes one step only; otherwise says so and ticks nothing.
     *
     * @return whether they were ticked
     */
    boolean selectAll(List<InboxItem> shown) {
        long steps = shown.stream().map(InboxItem::step).distinct().count();
        if (steps > 1) {
            UiActions.notify(getTranslation("batch.mixedSteps", steps), NotificationVariant.LUMO_WARNING);
            return false;
        }
        shown.forEach(i -> selected.put(i.taskId(), i.document().number()));
        return true;
    }

    /** 批量同意 goes out only after a confirmation naming how many documents and which. */
    private void confirm(BatchApproval batch, Runnable refresh) {
        if (selected.isEmpty()) {
            UiActions.notify(getTranslation("batch.noneSelected"), NotificationVariant.LUMO_ERROR);
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("batch-confirm-dialog");
        dialog.setHeader(getTranslation("batch.confirmTitle", selected.size()));
        dialog.setText(getTranslation("batch.confirmText", String.join("、", selected.values())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("ops.cancel"));
        Button yes = new Button(getTranslation("batch.approve"), e -> {
            dialog.close();
            approve(batch, refresh);
        });
        yes.setId("batch-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.setConfirmButton(yes);
        dialog.open();
    }

    private void approve(BatchApproval batch, Runnable refresh) {
        List<String> taskIds = List.copyOf(selected.keySet());
        comment.setInvalid(false);
        try {
            List<BatchOutcome> outcomes = batch.approve(taskIds, comment.getValue());
            comment.clear();
            refresh.run();
            show(outcomes);
        } catch (ValidationException e) {
            String message = e.violations().get(0).message();
            if ("comment".equals(e.violations().get(0).field())) {
                comment.setErrorMessage(message);
                comment.setInvalid(true);
            } else {
                UiActions.notify(message, NotificationVariant.LUMO_ERROR);
            }
        }
    }

    private void show(List<BatchOutcome> outcomes) {
        Dialog dialog = new Dialog();
        dialog.setId("batch-results");
        long approved = outcomes.stream().filter(BatchOutcome::approved).count();
        dialog.setHeaderTitle(getTranslation("batch.resultTitle", approved, outcomes.size() - approved));
        for (BatchOutcome outcome : outcomes) {
            String document = outcome.documentNumber() == null ? getTranslation("batch.unknownTask") : outcome.documentNumber();
            Span line = new Span(document + "：" + (outcome.approved()
                ? getTranslation("batch.approved", getTranslation(outcome.documentStatus().labelKey())) : outcome.message()));
            line.addClassName(outcome.approved() ? "batch-approved" : "batch-failed");
            dialog.add(new Div(line));
        }
        Button close = new Button(getTranslation("batch.close"), e -> dialog.close());
        close.setId("batch-results-close");
        dialog.getFooter().add(close);
        dialog.open();
    }
}
