package cn.nanchang.budgetflow.attachment.ui;

import cn.nanchang.budgetflow.attachment.Attachments;
import cn.nanchang.budgetflow.base.ui.PagePart;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

/**
 * Makes the 附件 panel for a document, guarded like every page part: if reading the files fails, a notice
 * stands in its place and the rest of the page (the document, the review form) is shown as usual.
 */
@SpringComponent
public class AttachmentPanels {

    private final Attachments attachments;

    AttachmentPanels(Attachments attachments) {
        this.attachments = attachments;
    }

    public Component panel(long documentId) {
        return PagePart.guarded(AttachmentPanel.ID, "attachment.title", () -> new AttachmentPanel(documentId, attachments));
    }
}
