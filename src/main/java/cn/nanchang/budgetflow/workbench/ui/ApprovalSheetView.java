package cn.nanchang.budgetflow.workbench.ui;

import cn.nanchang.budgetflow.attachment.AttachmentInfo;
import cn.nanchang.budgetflow.attachment.Attachments;
import cn.nanchang.budgetflow.base.ui.PagePart;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.document.DocumentContents.ContentTable;
import cn.nanchang.budgetflow.document.DocumentSummary;
import cn.nanchang.budgetflow.workbench.ApprovalSheet;
import cn.nanchang.budgetflow.workbench.ApprovalSheets;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 审批单: a document's approval on one printable page, without the application frame: header,
 * content (a budget draft's lines), and every step with who acted, when and their opinion. Plain
 * HTML tables so that the browser's print (and "save as PDF") lays them out; the print button is
 * hidden on paper.
 */
@Route(value = "approval-sheet/:id([0-9]+)", autoLayout = false)
@RolesAllowed({"STAFF", "SECTION_HEAD", "FINANCE", "DIRECTOR", "BUREAU", "AUDITOR"})
class ApprovalSheetView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Pattern AMOUNT = Pattern.compile("-?[0-9][0-9,]*\\.[0-9]{2}");

    private final ApprovalSheets sheets;
    private final Attachments attachments;

    ApprovalSheetView(ApprovalSheets sheets, Attachments attachments) {
        this.sheets = sheets;
        this.attachments = attachments;
        addClassName("approval-sheet");
        setId("approval-sheet");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow();
        try {
            render(sheets.of(id));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void render(ApprovalSheet sheet) {
        removeAll();
        DocumentSummary d = sheet.document();
        NativeButton print = new NativeButton(getTranslation("sheet.print"),
            e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("print-sheet");
        print.addClassName("no-print");
        add(print, new Paragraph(getTranslation("app.unit")), new H1(getTranslation(d.type().labelKey()) + getTranslation("sheet.title")));
        add(header(d, sheet));
        for (ContentTable content : sheet.contents()) {
            add(new H3(content.title()), table("sheet-content", content.headers(), content.rows(), content.footer()));
        }
        add(PagePart.guarded("sheet-attachments", "attachment.title", () -> attachmentNames(d.id())));
        add(new H3(getTranslation("sheet.steps")), steps(sheet.steps()));
        add(new Paragraph(getTranslation("sheet.printedAt", Formats.time(sheet.printedAt()))));
        Paragraph anchor = new Paragraph(sheet.coverageText());
        anchor.setId("sheet-audit-anchor");
        add(anchor);
    }

    /** 附件 by name and size, as paper can show them; the files themselves are on the document page. */
    private Div attachmentNames(long documentId) {
        Div part = new Div(new H3(getTranslation("attachment.title")));
        part.setId("sheet-attachments");
        List<AttachmentInfo> files = attachments.list(documentId);
        part.add(new Paragraph(files.isEmpty() ? getTranslation("attachment.none")
            : String.join("；", files.stream().map(AttachmentInfo::name).toList())));
        return part;
    }

    private NativeTable header(DocumentSummary d, ApprovalSheet sheet) {
        NativeTable table = new NativeTable();
        table.setId("sheet-header");
        table.addClassName("sheet-header");
        pair(table, "common.number", d.number(), "common.type", getTranslation(d.type().labelKey()));
        pair(table, "common.section", d.sectionName(), "common.year", String.valueOf(d.fiscalYear()));
        pair(table, "common.drafter", d.drafterName(), "common.total", Formats.wan(d.total()));
        pair(table, "common.status", getTranslation(d.status().labelKey()), "auditor.created", Formats.time(sheet.createdAt()));
        return table;
    }

    private void pair(NativeTable table, String key1, String value1, String key2, String value2) {
        NativeTableRow row = table.getBody().addRow();
        row.addHeaderCell().setText(getTranslation(key1));
        row.addDataCell().setText(value1);
        row.addHeaderCell().setText(getTranslation(key2));
        row.addDataCell().setText(value2);
    }

    private NativeTable steps(List<ApprovalSheet.Step> steps) {
        List<List<String>> rows = new java.util.ArrayList<>();
        int n = 1;
        for (ApprovalSheet.Step s : steps) {
            String stepName = getTranslation(s.step() == null ? "sheet.drafterStep" : s.step().labelKey());
            String opinion = s.comment() == null ? "" : s.comment();
            if (s.details() != null) {
                opinion = opinion.isEmpty() ? s.details() : opinion + "；" + s.details();
            }
            rows.add(List.of(String.valueOf(n++), stepName, s.actorName(),
                s.role() == null ? "" : getTranslation("role." + s.role()), Formats.time(s.at()),
                getTranslation(s.action().labelKey()), opinion));
        }
        NativeTable table = table("sheet-steps", List.of("#", getTranslation("timeline.step"), getTranslation("sheet.approver"),
            getTranslation("timeline.role"), getTranslation("timeline.at"), getTranslation("sheet.decision"),
            getTranslation("timeline.comment")), rows, List.of());
        signatures(table, steps);
        return table;
    }

    /** The decider's handwritten signature under their name, as on a signed paper sheet. */
    private void signatures(NativeTable table, List<ApprovalSheet.Step> steps) {
        for (int i = 0; i < steps.size(); i++) {
            String signature = steps.get(i).signature();
            if (signature != null) {
                table.getBody().getRow(i).flatMap(r -> r.getDataCell(2)).ifPresent(cell -> {
                    Image image = new Image(signature, getTranslation("sheet.signature"));
                    image.addClassName("sheet-signature");
                    cell.add(new Div(image));
                });
            }
        }
    }

    private static NativeTable table(String id, List<String> headers, List<List<String>> rows, List<String> footer) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("sheet-table");
        NativeTableRow head = table.getHead().addRow();
        headers.forEach(h -> head.addHeaderCell().setText(h));
        rows.forEach(cells -> {
            NativeTableRow row = table.getBody().addRow();
            cells.forEach(c -> cell(row.addDataCell(), c));
        });
        if (!footer.isEmpty()) {
            NativeTableRow foot = table.getFoot().addRow();
            footer.forEach(c -> cell(foot.addDataCell(), c));
        }
        return table;
    }

    /** Amounts align right, as on paper. */
    private static void cell(NativeTableCell cell, String text) {
        cell.setText(text);
        if (AMOUNT.matcher(text).matches()) {
            cell.addClassName("num");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.approvalSheet");
    }
}
