package cn.nanchang.budgetflow.approval.ui;

import cn.nanchang.budgetflow.approval.DocumentHandover;
import cn.nanchang.budgetflow.approval.DocumentSigners;
import cn.nanchang.budgetflow.approval.Eligible;
import cn.nanchang.budgetflow.approval.InboxItem;
import cn.nanchang.budgetflow.base.ui.ReasonDialog;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.workflow.TaskDelegation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.function.BiConsumer;

/**
 * On the action bar: 转交 (转办) to another member of the step's group, and under 更多 委派 to a
 * colleague and 加签 before or after oneself, each with a reason; and, when a delegate has given
 * the task back, that it waits for one's confirmation.
 */
class HandoverBar extends HorizontalLayout {

    HandoverBar(InboxItem task, DocumentHandover handover, DocumentSigners signers) {
        setId("handover-bar");
        addClassName("handover-bar");
        setAlignItems(Alignment.CENTER);
        Button transfer = new Button(getTranslation("bar.transfer"), e -> dialog("handover.transfer", "transfer",
            handover.transferChoice(task.taskId()), (target, reason) -> handover.transfer(task.taskId(), target, reason),
            "handover.transfer.done").open());
        transfer.setId("transfer-task");
        Button more = new Button(getTranslation("bar.more"));
        more.setId("action-more");
        ContextMenu menu = new ContextMenu(more);
        menu.setOpenOnClick(true);
        menu.addItem(getTranslation("handover.delegate"), e -> dialog("handover.delegate", "delegate",
            handover.delegateChoice(task.taskId()), (target, reason) -> handover.delegate(task.taskId(), target, reason),
            "handover.delegate.done").open()).setId("delegate-task");
        if (task.step() != ApprovalStep.ADDED_SIGNER_REVIEW && task.step() != ApprovalStep.COLLECTIVE_DECISION) {
            addSignerItem(menu, task, signers, DocumentSigners.Position.BEFORE, "add-signer");
            addSignerItem(menu, task, signers, DocumentSigners.Position.AFTER, "add-signer-after");
        }
        add(transfer, more);
        if (task.delegation() == TaskDelegation.RESOLVED) {
            Span resolved = new Span(getTranslation("handover.resolvedHint"));
            resolved.setId("delegation-resolved");
            add(resolved);
        }
    }

    /** 前加签 or 后加签 on the menu; the dialog still shows the position, so that one may change one's mind there. */
    private void addSignerItem(ContextMenu menu, InboxItem task, DocumentSigners signers, DocumentSigners.Position preset,
            String id) {
        menu.addItem(getTranslation("bar.addSigner." + preset.name()), e -> {
            Select<DocumentSigners.Position> position = new Select<>();
            position.setId("add-signer-position");
            position.setLabel(getTranslation("signer.position"));
            position.setItems(DocumentSigners.Position.values());
            position.setItemLabelGenerator(p -> getTranslation("signer.position." + p.name()));
            position.setValue(preset);
            dialog("signer.add", "add-signer", signers.signerChoice(task.taskId()),
                (target, reason) -> signers.addSigner(task.taskId(), target, position.getValue(), reason), "signer.add.done",
                position).open();
        }).setId(id);
    }

    private ReasonDialog dialog(String titleKey, String idPrefix, Eligible people, BiConsumer<String, String> action,
            String successKey, Component... more) {
        // the people picker by org tree; with no one eligible it says why
        ComboBox<AppUser> target = PersonPicker.single(idPrefix + "-target", getTranslation("handover.target"), people);
        ReasonDialog dialog = new ReasonDialog(getTranslation(titleKey), titleKey + ".reason", idPrefix,
            reason -> action.accept(target.getValue() == null ? null : target.getValue().getUsername(), reason), successKey,
            () -> UI.getCurrent().navigate("inbox"));
        dialog.addComponentAsFirst(target);
        for (Component extra : more) {
            dialog.addComponentAtIndex(1, extra);
        }
        dialog.showsErrorsOf("target", target);
        return dialog;
    }
}
