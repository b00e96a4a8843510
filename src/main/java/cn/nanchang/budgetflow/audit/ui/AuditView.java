package cn.nanchang.budgetflow.audit.ui;

import cn.nanchang.budgetflow.audit.AuditCheckpoint;
import cn.nanchang.budgetflow.audit.AuditCheckpoints;
import cn.nanchang.budgetflow.audit.AuditVerifier;
import cn.nanchang.budgetflow.audit.ChainVerification;
import cn.nanchang.budgetflow.audit.CheckpointVerification;
import cn.nanchang.budgetflow.base.ValidationException;
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
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * 审计链校验: one click proves that no one has altered, removed or cut off the audit record;
 * auditors sign a checkpoint to take away, and check the chain against the checkpoints they hold:
 * uploaded as files (several at once), or one pasted as the file's text.
 */
@Route("audit")
@Menu(title = "nav.audit", order = 90)
@RolesAllowed({"AUDITOR", "ADMIN"})
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_FILES = 20;
    /** A checkpoint file is under 1 KB; anything far larger is not one. */
    private static final int MAX_FILE_BYTES = 64 * 1024;

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
        add(create, made, checkpointUpload(checkpoints, against), held, check, against);
    }

    /** Checkpoint files chosen or dropped together are verified together once the last has arrived. */
    private Upload checkpointUpload(AuditCheckpoints checkpoints, Div against) {
        List<String> received = Collections.synchronizedList(new ArrayList<>());
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> received.add(new String(bytes, StandardCharsets.UTF_8))));
        upload.setId("audit-checkpoint-upload");
        upload.setAcceptedFileTypes(".json", "application/json");
        upload.setMaxFiles(MAX_FILES);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("audit.checkpoint.upload")).setMany(getTranslation("audit.checkpoint.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("audit.checkpoint.drop")).setMany(getTranslation("audit.checkpoint.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("audit.checkpoint.tooMany", MAX_FILES))
            .setFileIsTooBig(getTranslation("audit.checkpoint.tooBig")).setIncorrectFileType(getTranslation("audit.checkpoint.notJson")));
        upload.setI18n(i18n);
        upload.addAllFinishedListener(e -> {
            List<String> texts = List.copyOf(received);
            received.clear();
            upload.clearFileList();
            try {
                show(against, checkpoints.verifyFiles(texts));
            } catch (ValidationException refused) {
                badge(against, refused.violations().get(0).message(), false);
            }
        });
        return upload;
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
