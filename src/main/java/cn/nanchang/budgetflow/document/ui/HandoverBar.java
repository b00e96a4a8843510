package cn.nanchang.budgetflow.document.ui;

import cn.nanchang.budgetflow.document.DocumentHandover;
import cn.nanchang.budgetflow.document.DocumentSigners;
import cn.nanchang.budgetflow.document.Eligible;
import cn.nanchang.budgetflow.document.InboxItem;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.workflow.TaskDelegation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.function.BiConsumer;

/**
 * Beside the review form: 转办 to another member of the step's group, 委派 to a colleague and 加签
 * before or after oneself, each with a reason; and, when a delegate has given the task back, that
 * it waits for one's confirmation.
 */
class HandoverBar extends HorizontalLayout {

    HandoverBar(InboxItem task, DocumentHandover handover, DocumentSigners signers) {
        setId("handover-bar");
        setAlignItems(Alignment.BASELINE);
        Button transfer = new Button(getTranslation("handover.transfer"), e -> dialog("handover.transfer", "transfer",
            handover.transferChoice(task.taskId()), (target, reason) -> handover.transfer(task.taskId(), target, reason),
            "handover.transfer.done").open());
        transfer.setId("transfer-task");
        Button delegate = new Button(getTranslation("handover.delegate"), e -> dialog("handover.delegate", "delegate",
            handover.delegateChoice(task.taskId()), (target, reason) -> handover.delegate(task.taskId(), target, reason),
            "handover.delegate.done").open());
        delegate.setId("delegate-task");
        add(transfer, delegate);
        if (task.step() != ApprovalStep.ADDED_SIGNER_REVIEW && task.step() != ApprovalStep.COLLECTIVE_DECISION) {
            Select<DocumentSigners.Position> position = new Select<>();
            position.setId("add-signer-position");
            position.setLabel(getTranslation("signer.position"));
            position.setItems(DocumentSigners.Position.values());
            position.setItemLabelGenerator(p -> getTranslation("signer.position." + p.name()));
            position.setValue(DocumentSigners.Position.BEFORE);
            Button addSigner = new Button(getTranslation("signer.add"), e -> dialog("signer.add", "add-signer",
                signers.signerChoice(task.taskId()),
                (target, reason) -> signers.addSigner(task.taskId(), target, position.getValue(), reason), "signer.add.done",
                position).open());
            addSigner.setId("add-signer");
            add(addSigner);
        }
        if (task.delegation() == TaskDelegation.RESOLVED) {
            Span resolved = new Span(getTranslation("handover.resolvedHint"));
            resolved.setId("delegation-resolved");
            add(resolved);
        }
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
