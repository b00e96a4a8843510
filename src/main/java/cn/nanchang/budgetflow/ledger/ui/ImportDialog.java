package cn.nanchang.budgetflow.ledger.ui;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.base.ui.UiActions;
import cn.nanchang.budgetflow.ledger.Payments;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 导入支付: 财务 uploads the month's payments as an xlsx in the template's columns. Nothing is stored
 * from a file with any bad row; the rejected rows are listed, each with its row number and reason.
 */
class ImportDialog extends Dialog {

    private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)]\\.(\\w+)");

    private volatile byte[] received;
    private final Grid<Rejected> rejected = new Grid<>();
    private final Span outcome = new Span();

    /** One rejected row of the file, as the sheet numbers it. */
    record Rejected(String row, String reason) {
    }

    ImportDialog(Payments payments, Runnable reload) {
        setId("import-dialog");
        setHeaderTitle(getTranslation("ledger.import.open"));
        setWidth("min(60rem, 98vw)");
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
            new ByteArrayInputStream(payments.importTemplate()), "支付导入模板.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", -1)), getTranslation("ledger.import.template"));
        template.setId("import-template");
        template.getElement().setAttribute("download", true);
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> received = bytes));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".xlsx");
        upload.setMaxFiles(1);
        upload.addAllFinishedListener(e -> {
            byte[] file = received;
            received = null;
            upload.clearFileList();
            if (file != null) {
                importFile(payments, file, reload);
            }
        });
        outcome.setId("import-outcome");
        rejected.setId("import-rejected");
        rejected.setAllRowsVisible(true);
        rejected.addColumn(Rejected::row).setHeader(getTranslation("ledger.import.row")).setAutoWidth(true);
        rejected.addColumn(Rejected::reason).setHeader(getTranslation("ledger.import.reason")).setAutoWidth(true);
        rejected.setVisible(false);
        add(new VerticalLayout(new Span(getTranslation("ledger.import.hint")), template, upload, outcome, rejected));
        Button close = new Button(getTranslation("ledger.view.close"), e -> close());
        close.setId("import-close");
        getFooter().add(close);
    }

    private void importFile(Payments payments, byte[] file, Runnable reload) {
        try {
            int count = payments.importXlsx(file).size();
            rejected.setVisible(false);
            outcome.setText(getTranslation("ledger.import.done", String.valueOf(count)));
            UiActions.notify(outcome.getText(), NotificationVariant.LUMO_SUCCESS);
            reload.run();
        } catch (ValidationException invalid) {
            List<Rejected> rows = invalid.violations().stream().map(this::rejectedRow).toList();
            rejected.setItems(rows);
            rejected.setVisible(true);
            outcome.setText(getTranslation("ledger.import.refused", String.valueOf(rows.size())));
            UiActions.notify(outcome.getText(), NotificationVariant.LUMO_ERROR);
        }
    }

    private Rejected rejectedRow(FieldViolation v) {
        Matcher m = ROW_FIELD.matcher(v.field());
        if (m.matches()) {
            return new Rejected(getTranslation("ledger.import.rowLabel", m.group(1)),
                getTranslation("ledger.import.column." + m.group(2)) + "：" + v.message());
        }
        return new Rejected("", v.message());
    }
}
