package cn.nanchang.budgetflow.reporting.ui;

import cn.nanchang.budgetflow.reporting.DisclosureTable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;

/**
 * One disclosure table as plain HTML, laid out like the published one: title, 单位：万元, the
 * header with merged cells, amounts right-aligned in 万元 with two decimals (the exact yuan in
 * the tooltip), names indented by level, and the note under an empty table.
 */
final class TableElement extends Div {

    TableElement(DisclosureTable table, String unit) {
        setId("disclosure-table-" + table.number());
        addClassName("disclosure-table");
        add(new H3(table.number() + "、" + table.title()));
        Paragraph unitLine = new Paragraph(unit);
        unitLine.addClassName("unit");
        add(unitLine);
        NativeTable html = new NativeTable();
        for (var headerRow : table.header()) {
            NativeTableRow row = html.getHead().addRow();
            for (DisclosureTable.HeaderCell h : headerRow) {
                var cell = row.addHeaderCell();
                cell.setText(h.text());
                if (h.colspan() > 1) {
                    cell.getElement().setAttribute("colspan", String.valueOf(h.colspan()));
                }
                if (h.rowspan() > 1) {
                    cell.getElement().setAttribute("rowspan", String.valueOf(h.rowspan()));
                }
            }
        }
        for (DisclosureTable.Row r : table.rows()) {
            NativeTableRow row = html.getBody().addRow();
            if (r.total()) {
                row.addClassName("total");
            }
            for (int c = 0; c < r.cells().size(); c++) {
                DisclosureTable.Cell cell = r.cells().get(c);
                NativeTableCell out = row.addDataCell();
                if (cell.hasAmount()) {
                    out.setText(cell.amount().formatWanYuan());
                    out.addClassName("num");
                    out.getElement().setAttribute("title", getTranslation("disclosure.yuanTitle", cell.amount().formatYuan()));
                } else {
                    out.setText(cell.text());
                    if (c == 1 && r.level() > 0) {
                        out.addClassName("level-" + r.level());
                    }
                }
            }
        }
        add(html);
        if (table.note() != null) {
            Paragraph note = new Paragraph(table.note());
            note.addClassName("table-note");
            add(note);
        }
    }
}
