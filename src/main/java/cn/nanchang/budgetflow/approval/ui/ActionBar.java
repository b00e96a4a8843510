package cn.nanchang.budgetflow.approval.ui;

import cn.nanchang.budgetflow.approval.DocumentHandover;
import cn.nanchang.budgetflow.approval.DocumentPageModel;
import cn.nanchang.budgetflow.approval.DocumentReview;
import cn.nanchang.budgetflow.approval.DocumentSigners;
import cn.nanchang.budgetflow.approval.InboxItem;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.workflow.Decision;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The bar fixed at the bottom of the screen for the person who holds the task on the document,
 * as in 钉钉: 同意 and 退回 (通过 and 不通过 at 主任办公会) open the review form with that decision,
 * 转交 and 更多 (委派, 加签) hand the task on; a delegate gets the form to give it back instead.
 * Whatever one needs to decide is reached from here, wherever on the page one has scrolled to.
 */
class ActionBar extends Div {

    ActionBar(DocumentPageModel.MyTask mine, DocumentReview review, DocumentHandover handover, DocumentSigners signers) {
        InboxItem task = mine.item();
        setId("action-bar");
        addClassName("action-bar");
        if (task.isWithDelegate()) {
            Dialog dialog = dialog("delegated-dialog", new DelegatedTaskPanel(task, handover));
            Button resolve = new Button(getTranslation("handover.resolve"), e -> dialog.open());
            resolve.setId("delegate-open");
            resolve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Span(getTranslation("handover.delegated.title")), resolve, dialog);
            return;
        }
        ReviewPanel form = new ReviewPanel(mine, review);
        Dialog dialog = dialog("review-dialog", form);
        boolean collective = task.step() == ApprovalStep.COLLECTIVE_DECISION;
        Button approve = new Button(getTranslation(collective ? "bar.pass" : "review.approve"), e -> {
            form.choose(Decision.APPROVE);
            dialog.open();
        });
        approve.setId("action-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button giveBack = new Button(getTranslation(collective ? "bar.notPass" : "review.return"), e -> {
            form.choose(Decision.RETURN);
            dialog.open();
        });
        giveBack.setId("action-return");
        giveBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(approve, giveBack, new HandoverBar(task, handover, signers), dialog);
    }

    private Dialog dialog(String id, Component form) {
        Dialog dialog = new Dialog(form);
        dialog.setId(id);
        dialog.addClassName("action-dialog");
        dialog.setCloseOnOutsideClick(false);
        dialog.setWidth("34em");
        Button close = new Button(getTranslation("ops.cancel"), e -> dialog.close());
        close.setId(id + "-cancel");
        dialog.getFooter().add(close);
        return dialog;
    }
}
