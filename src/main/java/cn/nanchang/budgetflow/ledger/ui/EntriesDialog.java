package cn.nanchang.budgetflow.ledger.ui;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.ledger.EntryKind;
import cn.nanchang.budgetflow.ledger.EntryView;
import cn.nanchang.budgetflow.ledger.IndicatorSummary;
import cn.nanchang.budgetflow.ledger.Indicators;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.Arrays;
import java.util.List;

/**
 * The entries behind one figure of an 指标 (all of them for 可用), oldest first: kind, amount in
 * yuan, the document with a link to its page, the item, note, who and when, and the audit entry.
 */
class EntriesDialog extends Dialog {

    EntriesDialog(Indicators indicators, IndicatorSummary indicator, List<EntryKind> kinds) {
        setId("entries-dialog");
        setHeaderTitle(getTranslation("ledger.view.entriesOf", indicator.ref(), indicator.functionCode() + "｜" + indicator.economicCode()));
        setWidth("min(80rem, 98vw)");
        List<EntryView> entries = indicators.entries(indicator.id()).stream()
            .filter(e -> kinds.isEmpty() || kinds.contains(e.kind())).toList();
        Grid<EntryView> grid = new Grid<>();
        grid.setId("entries-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> getTranslation(e.kind().labelKey())).setHeader(getTranslation("ledger.view.entryKind")).setAutoWidth(true);
        grid.addColumn(e -> e.amount().formatYuan()).setHeader(getTranslation("ledger.view.amountYuan")).setAutoWidth(true);
        grid.addComponentColumn(this::document).setHeader(getTranslation("ledger.view.document")).setAutoWidth(true);
        grid.addColumn(e -> e.note() == null ? "" : e.note()).setHeader(getTranslation("ledger.view.note")).setAutoWidth(true);
        grid.addColumn(EntryView::actor).setHeader(getTranslation("ledger.view.actor")).setAutoWidth(true);
        grid.addColumn(e -> Formats.time(e.recordedAt())).setHeader(getTranslation("ledger.view.recordedAt")).setAutoWidth(true);
        grid.addColumn(e -> e.auditEntryId() == null ? "" : String.valueOf(e.auditEntryId()))
            .setHeader(getTranslation("ledger.view.auditEntry")).setAutoWidth(true);
        grid.setItems(entries);
        grid.setEmptyStateText(getTranslation("ledger.view.noEntries"));
        add(grid);
        Button close = new Button(getTranslation("ledger.view.close"), e -> close());
        close.setId("entries-close");
        getFooter().add(close);
    }

    /** The document's number, linked to its page when its type has one. */
    private Component document(EntryView e) {
        if (e.documentNumber() == null) {
            return new Span(getTranslation("ledger.view.payment"));
        }
        String prefix = e.documentNumber().split("-")[0];
        return Arrays.stream(DocumentType.values()).filter(t -> t.numberPrefix().equals(prefix)).findFirst()
            .<Component>map(t -> new Anchor(t.routePrefix() + "/" + e.documentId(), e.documentNumber()))
            .orElseGet(() -> new Span(e.documentNumber()));
    }
}
