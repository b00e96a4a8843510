package cn.nanchang.budgetflow.document.ui;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.document.DocumentLifecycle;
import cn.nanchang.budgetflow.security.CurrentActor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The drafter's buttons on a document page: edit and submit (or resubmit) while it is editable,
 * withdraw until the first reviewer has decided, and a note once it is approved. Button ids end
 * in the page's suffix (edit-draft, submit-plan, …) so that tests and users' scripts find them.
 */
public class DocumentActions extends HorizontalLayout {

    /** What the buttons act on. {@code submit} and {@code withdraw} default to the document life cycle. */
    public record Target(long id, DocumentType type, String drafter, DocumentStatus status, String idSuffix,
            String approvedNoteKey, Runnable submit, Runnable withdraw) {
    }

    public DocumentActions(Target target, DocumentLifecycle lifecycle, CurrentActor currentActor, Runnable refresh) {
        setId("doc-actions");
        long id = target.id();
        Runnable submit = target.submit() != null ? target.submit() : () -> lifecycle.submit(id);
        Runnable withdraw = target.withdraw() != null ? target.withdraw() : () -> lifecycle.withdraw(id);
        boolean mine = target.drafter().equals(currentActor.get().username());
        if (mine && target.status().isEditable()) {
            Button edit = new Button(getTranslation("doc.edit"),
                e -> UI.getCurrent().navigate(target.type().routePrefix() + "/" + id + "/edit"));
            edit.setId("edit-" + target.idSuffix());
            boolean returned = target.status() == DocumentStatus.RETURNED;
            Button send = new Button(getTranslation(returned ? "doc.resubmit" : "doc.submit"),
                e -> run(submit, "doc.submitted", refresh));
            send.setId("submit-" + target.idSuffix());
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(edit, send);
        }
        if (mine && lifecycle.canWithdraw(id)) {
            Button back = new Button(getTranslation("doc.withdraw"), e -> run(withdraw, "doc.withdrawn", refresh));
            back.setId("withdraw-" + target.idSuffix());
            add(back);
        }
        if (target.status() == DocumentStatus.APPROVED) {
            add(new Span(getTranslation(target.approvedNoteKey())));
        }
    }

    /** Submitting may be refused with a reason (e.g. an overdrawn funding line): show it. */
    private static void run(Runnable action, String successKey, Runnable refresh) {
        try {
            UiActions.run(action, successKey, refresh);
        } catch (ValidationException e) {
            UiActions.notify(e.violations().get(0).message(), NotificationVariant.LUMO_ERROR);
        }
    }
}
