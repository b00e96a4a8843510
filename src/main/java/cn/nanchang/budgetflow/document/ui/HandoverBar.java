package cn.nanchang.budgetflow.document.ui;

import cn.nanchang.budgetflow.document.DocumentHandover;
import cn.nanchang.budgetflow.document.InboxItem;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.workflow.TaskDelegation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Beside the review form: 转办 to another member of the step's group and 委派 to a colleague, each
 * with a reason; and, when a delegate has given the task back, that it waits for one's confirmation.
 */
class HandoverBar extends HorizontalLayout {

    HandoverBar(InboxItem task, DocumentHandover handover) {
        setId("handover-bar");
        setAlignItems(Alignment.BASELINE);
        Button transfer = new Button(getTranslation("handover.transfer"), e -> dialog("handover.transfer", "transfer",
            handover.transferTargets(task.taskId()), (target, reason) -> handover.transfer(task.taskId(), target, reason),
            "handover.transfer.done").open());
        transfer.setId("transfer-task");
        Button delegate = new Button(getTranslation("handover.delegate"), e -> dialog("handover.delegate", "delegate",
            handover.delegateTargets(task.taskId()), (target, reason) -> handover.delegate(task.taskId(), target, reason),
            "handover.delegate.done").open());
        delegate.setId("delegate-task");
        add(transfer, delegate);
        if (task.delegation() == TaskDelegation.RESOLVED) {
            Span resolved = new Span(getTranslation("handover.resolvedHint"));
            resolved.setId("delegation-resolved");
            add(resolved);
        }
    }

    private ReasonDialog dialog(String titleKey, String idPrefix, List<AppUser> people, BiConsumer<String, String> action,
            String successKey) {
        Select<AppUser> target = new Select<>();
        target.setId(idPrefix + "-target");
        target.setLabel(getTranslation("handover.target"));
        target.setItems(people);
        target.setItemLabelGenerator(AppUser::getDisplayName);
        target.setEmptySelectionAllowed(false);
        target.setWidth("28em");
        ReasonDialog dialog = new ReasonDialog(getTranslation(titleKey), titleKey + ".reason", idPrefix,
            reason -> action.accept(target.getValue() == null ? null : target.getValue().getUsername(), reason), successKey,
            () -> UI.getCurrent().navigate("inbox"));
        dialog.addComponentAsFirst(target);
        dialog.showsErrorsOf("target", target);
        return dialog;
    }
}
