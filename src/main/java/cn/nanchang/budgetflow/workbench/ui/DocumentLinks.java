package cn.nanchang.budgetflow.workbench.ui;

import cn.nanchang.budgetflow.workbench.DocumentExports;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;

/**
 * What every reader of a document page may take away: the 审批单 to print, in a tab of its own
 * where the browser prints it or saves it as PDF, and the 导出 of the document with its history.
 */
public final class DocumentLinks {

    private DocumentLinks() {
    }

    public static Component[] of(long documentId, DocumentExports exports) {
        UI ui = UI.getCurrent();
        Anchor sheet = new Anchor("approval-sheet/" + documentId, ui.getTranslation("extras.sheet"));
        sheet.setTarget(AnchorTarget.BLANK);
        sheet.setId("print-sheet");
        sheet.addClassName("export-link");
        return new Component[] {sheet,
            ExportLink.of("export-document", ui.getTranslation("extras.export"), () -> exports.export(documentId))};
    }
}
