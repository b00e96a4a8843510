package cn.nanchang.budgetflow.audit.ui;

import cn.nanchang.budgetflow.audit.AuditCheckpoint;
import cn.nanchang.budgetflow.audit.AuditCheckpoints;
import cn.nanchang.budgetflow.audit.AuditVerifier;
import cn.nanchang.budgetflow.audit.ChainVerification;
import cn.nanchang.budgetflow.audit.CheckpointVerification;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * 审计链校验: one click proves that no one has altered, removed or cut off the audit record;
 * auditors sign a checkpoint to take away, and check the chain against the checkpoints they hold
 * (pasted as the file's text: a file upload would need the upload component in the frontend
 * bundle, which this view does not add on its own).
 */
@Route("audit")
@Menu(title = "nav.audit", order = 90)
@RolesAllowed({"AUDITOR", "ADMIN"})
class AuditView extends VerticalLayout implements HasDynamicTitle {

    AuditView(AuditVerifier verifier, AuditCheckpoints checkpoints) {
        add(new H2(getTranslation("audit.title")), new Paragraph(getTranslation("audit.explain")));
        Div result = new Div();
        result.setId("audit-verify-result");
        Button verify = new Button(getTranslation("audit.verify"), e -> show(result, verifier.verify()));
        verify.setId("audit-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(verify, result);

        add(new H3(getTranslation("audit.checkpoint.title")), new Paragraph(getTranslation("audit.checkpoint.explain")));
        Div made = new Div();
        made.setId("audit-checkpoint-made");
        Button create = new Button(getTranslation("audit.checkpoint.create"), e -> {
            AuditCheckpoint checkpoint = checkpoints.create();
            String text = AuditCheckpoints.toJson(checkpoint);
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "audit-checkpoint-" + checkpoint.seq() + ".json",
                "application/json", text.length())), AttachmentType.DOWNLOAD, getTranslation("audit.checkpoint.download"));
            download.setId("audit-checkpoint-download");
            made.removeAll();
            made.add(new Paragraph(getTranslation("audit.checkpoint.made", checkpoint.seq())), download);
        });
        create.setId("audit-checkpoint-create");

        TextArea held = new TextArea(getTranslation("audit.checkpoint.held"));
        held.setId("audit-checkpoint-held");
        held.setWidthFull();
        held.setPlaceholder(getTranslation("audit.checkpoint.heldHint"));
        Div against = new Div();
        against.setId("audit-checkpoint-result");
        Button check = new Button(getTranslation("audit.checkpoint.verify"), e -> {
            Optional<AuditCheckpoint> checkpoint = AuditCheckpoints.parse(held.getValue());
            held.setInvalid(checkpoint.isEmpty());
            held.setErrorMessage(getTranslation("audit.checkpoint.fileInvalid", 1));
            checkpoint.ifPresent(c -> show(against, checkpoints.verify(List.of(c))));
        });
        check.setId("audit-checkpoint-verify");
        add(create, made, held, check, against);
    }

    private void show(Div result, ChainVerification v) {
        badge(result, v.message(), v.intact());
    }

    private void show(Div result, CheckpointVerification v) {
        badge(result, v.message(), v.intact());
        v.findings().forEach(f -> result.add(new Paragraph(f.message())));
    }

    private static void badge(Div result, String message, boolean intact) {
        result.removeAll();
        result.setText(message);
        result.getElement().setAttribute("data-intact", String.valueOf(intact));
        result.getElement().getThemeList().clear();
        result.getElement().getThemeList().add("badge");
        result.getElement().getThemeList().add(intact ? "success" : "error");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.audit");
    }
}
