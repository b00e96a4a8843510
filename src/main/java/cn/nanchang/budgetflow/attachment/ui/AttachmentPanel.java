package cn.nanchang.budgetflow.attachment.ui;

import cn.nanchang.budgetflow.attachment.AttachmentDownload;
import cn.nanchang.budgetflow.attachment.AttachmentInfo;
import cn.nanchang.budgetflow.attachment.Attachments;
import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.ForbiddenException;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.UnavailableException;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.base.ui.UiActions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * 附件 of one document: each file with its size, uploader and time, a download link, a preview in a new tab for
 * PDF and pictures, and 删除 for the reader's own files while they may still change them; an upload when the reader
 * may add (the drafter on a draft, a reviewer holding the task). The service decides each of these again when used.
 */
class AttachmentPanel extends Div {

    static final String ID = "attachment-panel";
    private static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    private static final int MAX_FILES = 20;

    private final long documentId;
    private final Attachments attachments;
    private final Div list = new Div();

    AttachmentPanel(long documentId, Attachments attachments) {
        this.documentId = documentId;
        this.attachments = attachments;
        setId(ID);
        setWidthFull();
        list.setId("attachment-list");
        add(new H3(getTranslation("attachment.title")), list);
        refresh();
        if (attachments.mayAdd(documentId)) {
            add(upload());
        }
    }

    private void refresh() {
        list.removeAll();
        List<AttachmentInfo> files = attachments.list(documentId);
        if (files.isEmpty()) {
            list.add(new Span(getTranslation("attachment.none")));
        }
        files.forEach(file -> list.add(row(file)));
    }

    private Div row(AttachmentInfo file) {
        Div row = new Div();
        row.addClassName("attachment-row");
        row.getElement().setAttribute("data-name", file.name());
        Anchor download = link(file, AttachmentType.DOWNLOAD, file.name());
        download.addClassName("attachment-download");
        row.add(download, new Span(" · " + size(file.size()) + " · " + file.uploadedByName() + " · " + Formats.time(file.uploadedAt())));
        if (file.example()) {
            row.add(new Span(" · " + getTranslation("attachment.example")));
        }
        if (file.previewable()) {
            Anchor preview = link(file, AttachmentType.INLINE, getTranslation("attachment.preview"));
            preview.setTarget(AnchorTarget.BLANK);
            preview.addClassName("attachment-preview");
            row.add(new Span(" "), preview);
        }
        if (file.removable()) {
            Button remove = new Button(getTranslation("attachment.remove"),
                e -> UiActions.run(() -> attachments.remove(file.id()), "attachment.removed", this::refresh));
            remove.addClassName("attachment-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            row.add(remove);
        }
        return row;
    }

    /** The file through the session, checked by the service when clicked (not when the page was drawn). */
    private Anchor link(AttachmentInfo file, AttachmentType type, String text) {
        return new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                AttachmentDownload opened = attachments.open(file.id());
                return new DownloadResponse(opened.bytes(), opened.name(), opened.mediaType(), opened.size());
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(403);
            } catch (NotFoundException e) {
                return DownloadResponse.error(404);
            } catch (UnavailableException e) {
                return DownloadResponse.error(503);
            }
        }), type, text);
    }

    private Upload upload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                attachments.add(documentId, metadata.fileName(), bytes);
                UiActions.notify(getTranslation("attachment.added", metadata.fileName()), NotificationVariant.LUMO_SUCCESS);
            } catch (ValidationException e) {
                UiActions.notify(e.violations().get(0).message(), NotificationVariant.LUMO_ERROR);
            } catch (ForbiddenException | ConflictException | NotFoundException | UnavailableException e) {
                UiActions.notify(e.getMessage(), NotificationVariant.LUMO_ERROR);
            }
            refresh();
        }));
        upload.setId("attachment-upload");
        upload.setMaxFiles(MAX_FILES);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("attachment.upload")).setMany(getTranslation("attachment.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("attachment.drop")).setMany(getTranslation("attachment.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("attachment.error.tooMany", MAX_FILES))
            .setFileIsTooBig(getTranslation("attachment.error.tooLarge", "20 MB"))
            .setIncorrectFileType(getTranslation("attachment.error.type")));
        upload.setI18n(i18n);
        upload.addAllFinishedListener(e -> upload.clearFileList());
        return upload;
    }

    /** 12 字节, 3.4 KB, 1.2 MB. */
    private String size(long bytes) {
        if (bytes < 1024) {
            return getTranslation("attachment.bytes", bytes);
        }
        return bytes < 1024 * 1024 ? String.format("%.1f KB", bytes / 1024.0) : String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
