package cn.nanchang.budgetflow.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asks before a step that cannot be taken back quietly or that goes out to others (提交, 撤回,
 * 停用 or 删除 a section):
 * a dialog naming the document, with a confirm button whose id is {@code confirm-<what>} and a
 * cancel button {@code cancel-<what>}, so that tests and users' scripts find them.
 */
public final class ConfirmStep {

    private ConfirmStep() {
    }

    public static void ask(String what, String header, String text, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-" + what + "-dialog");
        dialog.setHeader(header);
        dialog.setText(text);
        Button confirm = new Button(dialog.getTranslation("confirm.ok", header), e -> {
            dialog.close();
            action.run();
        });
        confirm.setId("confirm-" + what);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.setConfirmButton(confirm);
        Button cancel = new Button(dialog.getTranslation("ops.cancel"), e -> dialog.close());
        cancel.setId("cancel-" + what);
        dialog.setCancelable(true);
        dialog.setCancelButton(cancel);
        dialog.open();
    }
}
