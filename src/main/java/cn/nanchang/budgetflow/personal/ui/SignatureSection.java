package cn.nanchang.budgetflow.personal.ui;

import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.personal.Signatures;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Base64;

/** 手写签名: the current signature, a pad to (re)draw it, save, clear the pad, delete the signature. */
class SignatureSection extends VerticalLayout {

    private static final String PNG_DATA_URL = "data:image/png;base64,";

    private final Signatures signatures;
    private final Div current = new Div();
    private final SignaturePad pad = new SignaturePad();

    SignatureSection(Signatures signatures) {
        this.signatures = signatures;
        setPadding(false);
        current.setId("signature-current");
        Button save = new Button(getTranslation("signature.save"), e -> pad.exportPng(this::save));
        save.setId("signature-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clearPad = new Button(getTranslation("signature.clearPad"), e -> pad.clear());
        clearPad.setId("signature-clear-pad");
        Button delete = new Button(getTranslation("signature.delete"), e -> delete());
        delete.setId("signature-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H3(getTranslation("signature.title")), new Span(getTranslation("signature.hint")), current, pad,
            new HorizontalLayout(save, clearPad, delete));
        showCurrent();
    }

    private void save(String dataUrl) {
        byte[] png = dataUrl == null || !dataUrl.startsWith(PNG_DATA_URL) ? new byte[0]
            : Base64.getDecoder().decode(dataUrl.substring(PNG_DATA_URL.length()));
        try {
            signatures.save(png);
            pad.clear();
            notify(getTranslation("signature.saved"), NotificationVariant.LUMO_SUCCESS);
            showCurrent();
        } catch (ValidationException e) {
            notify(e.violations().get(0).message(), NotificationVariant.LUMO_ERROR);
        }
    }

    private void delete() {
        if (signatures.mine().isPresent()) {
            signatures.clear();
            notify(getTranslation("signature.deleted"), NotificationVariant.LUMO_SUCCESS);
        }
        showCurrent();
    }

    private void showCurrent() {
        current.removeAll();
        signatures.mine().ifPresentOrElse(
            png -> current.add(new Image(PNG_DATA_URL + Base64.getEncoder().encodeToString(png), getTranslation("signature.title"))),
            () -> current.add(new Span(getTranslation("signature.none"))));
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_END).addThemeVariants(variant);
    }
}
