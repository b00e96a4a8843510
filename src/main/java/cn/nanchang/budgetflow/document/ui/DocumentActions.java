package cn.nanchang.budgetflow.document.ui;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.base.ui.ConfirmStep;
import cn.nanchang.budgetflow.base.ui.UiActions;
import cn.nanchang.budgetflow.document.DocumentLifecycle;
import cn.nanchang.budgetflow.document.ReturnNotice;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The drafter's buttons on a document page, under its header: edit and submit (or resubmit) while
 * it is editable, withdraw until the first reviewer has decided, a note once it is approved; for
 * every reader the links the page passes in (the 审批单 to print, the 导出); and above them
 * the red banner with the reason when the document is back with its drafter. Submitting and
 * withdrawing ask first ({@link ConfirmStep}). Button ids end in the page's suffix (edit-draft,
 * submit-plan, …) so that tests and users' scripts find them.
 */
public class DocumentActions extends VerticalLayout {

    /**
     * What the buttons act on. {@code submit} and {@code withdraw} default to the document life
     * cycle; {@code number} and {@code title} name the document in the confirmations.
     */
    public record Target(long id, DocumentType type, DocumentStatus status, String idSuffix,
            String approvedNoteKey, Runnable submit, Runnable withdraw, String number, String title) {

        public Target(long id, DocumentType type, DocumentStatus status, String idSuffix,
                String approvedNoteKey, Runnable submit, Runnable withdraw) {
            this(id, type, status, idSuffix, approvedNoteKey, submit, withdraw, null, null);
        }

        /** The same target, named in the confirmations by its number and title. */
        public Target titled(String number, String title) {
            return new Target(id, type, status, idSuffix, approvedNoteKey, submit, withdraw, number, title);
        }
    }

    /**
     * {@code returned} and {@code withdrawable} come with the page's read model, read before; the
     * life cycle is asked only on click. {@code readerLinks}: what every reader may take away (the
     * workbench's 审批单 and 导出 links).
     */
    public DocumentActions(Target target, DocumentLifecycle lifecycle, boolean mine, Supplier<Optional<ReturnNotice>> returned,
            Supplier<Boolean> withdrawable, Runnable refresh, Component... readerLinks) {
        setId("doc-actions");
        setPadding(false);
        setSpacing(false);
        long id = target.id();
        add(ReturnBanner.of(returned, mine));
        HorizontalLayout row = new HorizontalLayout();
        row.addClassName("doc-actions-row");
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(row);
        if (mine && target.status().isEditable()) {
            row.add(drafterButtons(target, lifecycle, refresh));
        }
        if (mine && withdrawable.get()) {
            Runnable withdraw = target.withdraw() != null ? target.withdraw() : () -> lifecycle.withdraw(id);
            Button back = new Button(getTranslation("doc.withdraw"), e -> ConfirmStep.ask("withdraw",
                getTranslation("doc.withdraw"), getTranslation("confirm.withdraw.text", name(target)),
                () -> run(withdraw, "doc.withdrawn", refresh)));
            back.setId("withdraw-" + target.idSuffix());
            row.add(back);
        }
        if (target.status() == DocumentStatus.APPROVED) {
            row.add(new Span(getTranslation(target.approvedNoteKey())));
        }
        row.add(readerLinks);
    }

    private Button[] drafterButtons(Target target, DocumentLifecycle lifecycle, Runnable refresh) {
        long id = target.id();
        Button edit = new Button(getTranslation("doc.edit"),
            e -> UI.getCurrent().navigate(target.type().routePrefix() + "/" + id + "/edit"));
        edit.setId("edit-" + target.idSuffix());
        Runnable submit = target.submit() != null ? target.submit() : () -> lifecycle.submit(id);
        String label = getTranslation(target.status() == DocumentStatus.RETURNED ? "doc.resubmit" : "doc.submit");
        Button send = new Button(label, e -> ConfirmStep.ask("submit", label,
            getTranslation("confirm.submit.text", name(target)), () -> run(submit, "doc.submitted", refresh)));
        send.setId("submit-" + target.idSuffix());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Button[] {edit, send};
    }

    /** 预算草案 YS-2026-S01-001「信息中心 2026年度预算草案」, or as much of it as the page gave. */
    private String name(Target target) {
        String type = getTranslation(target.type().labelKey());
        String number = target.number() == null ? "" : " " + target.number();
        String title = target.title() == null ? "" : "「" + target.title() + "」";
        return type + number + title;
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
