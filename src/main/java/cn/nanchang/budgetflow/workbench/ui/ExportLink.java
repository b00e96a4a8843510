package cn.nanchang.budgetflow.workbench.ui;

import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.workbench.AuditExports.Export;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * A download link whose file is made when it is clicked, by an export service that checks the
 * reader's access to what is exported and records the export in the audit log. The download
 * request carries the signed-in session, so the service's own security check applies.
 */
final class ExportLink {

    private ExportLink() {
    }

    static Anchor of(String id, String text, Supplier<Export> export) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                Export file = export.get();
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                    file.content().length);
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(403);
            } catch (NotFoundException e) {
                // the document is gone, or the reader no longer may see it (e.g. moved to another section)
                return DownloadResponse.error(404);
            }
        }), AttachmentType.DOWNLOAD, text);
        link.setId(id);
        link.addClassName("export-link");
        return link;
    }
}
