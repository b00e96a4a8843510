package cn.nanchang.budgetflow.approval.ui;

import cn.nanchang.budgetflow.approval.CarbonCopies;
import cn.nanchang.budgetflow.approval.DocumentPageModel;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.base.ui.UiActions;
import cn.nanchang.budgetflow.organization.AppUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * 抄送 on a document page: who was copied in and whether they have read it, and for the drafter
 * and the approvers a button that copies more people in.
 */
class CcPanel extends Div {

    CcPanel(long documentId, DocumentPageModel.Copies read, CarbonCopies copies, Runnable refresh) {
        setId("cc-panel");
        setWidthFull();
        List<CarbonCopies.Recipient> recipients = read.recipients();
        boolean canSend = read.canSend();
        if (recipients.isEmpty() && !canSend) {
            return;
        }
        add(new H3(getTranslation("cc.panelTitle")));
        for (CarbonCopies.Recipient r : recipients) {
            Div line = new Div();
            line.addClassName("cc-recipient");
            line.getElement().setAttribute("data-username", r.username());
            line.getElement().setAttribute("data-read", Boolean.toString(r.readAt() != null));
            String state = r.readAt() == null ? getTranslation("cc.unread")
                : getTranslation("cc.readAt", Formats.time(r.readAt()));
            line.add(new Span(r.displayName() + " · " + state + " · "
                + getTranslation("cc.sentByAt", r.sentByName(), Formats.time(r.sentAt()))));
            add(line);
        }
        if (canSend) {
            Button send = new Button(getTranslation("cc.send"), e -> dialog(documentId, copies, refresh).open());
            send.setId("cc-send");
            add(send);
        }
    }

    private Dialog dialog(long documentId, CarbonCopies copies, Runnable refresh) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("cc.send"));
        MultiSelectComboBox<AppUser> people = PersonPicker.multi("cc-recipients", getTranslation("cc.recipients"),
            copies.candidateChoice());
        TextArea note = new TextArea(getTranslation("cc.note"));
        note.setId("cc-note");
        note.setMaxLength(CarbonCopies.MAX_NOTE_LENGTH);
        note.setWidth("28em");
        dialog.add(people, note);
        Button confirm = new Button(getTranslation("ops.confirm"), e -> {
            people.setInvalid(false);
            try {
                List<String> names = people.getValue().stream().map(AppUser::getUsername).toList();
                UiActions.run(() -> copies.send(documentId, names, note.getValue()), "cc.sent", () -> {
                    dialog.close();
                    refresh.run();
                });
            } catch (ValidationException ex) {
                people.setErrorMessage(ex.violations().get(0).message());
                people.setInvalid(true);
            }
        });
        confirm.setId("cc-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("ops.cancel"), e -> dialog.close()), confirm);
        return dialog;
    }
}
