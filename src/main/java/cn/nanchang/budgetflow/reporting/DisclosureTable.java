package cn.nanchang.budgetflow.reporting;

import cn.nanchang.budgetflow.base.Money;
import java.util.List;

/**
 * One of the nine disclosure tables as published: a header of one or more rows with merged
 * cells, and body rows whose amount cells keep exact yuan. An empty table is still a table:
 * it is published with its header and the note 本表为空表.
 *
 * @param number the table's number, 一 … 九
 * @param header header rows; a cell spans {@code colspan} columns and {@code rowspan} rows
 * @param note   printed under the table (本表为空表 for an empty one), or null
 */
public record DisclosureTable(String number, String title, List<List<HeaderCell>> header, List<Row> rows, boolean empty,
        String note) {

    /** How many columns the table has: the first header row's spans. */
    public int columnCount() {
        return header.get(0).stream().mapToInt(HeaderCell::colspan).sum();
    }

    /** The first row whose first cell reads {@code text}, e.g. 合计 or a 科目编码. */
    public Row row(String text) {
        return rows.stream().filter(r -> text.equals(r.cells().get(0).text())).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no row " + text + " in table " + number));
    }

    public record HeaderCell(String text, int colspan, int rowspan) {

        public static HeaderCell of(String text) {
            return new HeaderCell(text, 1, 1);
        }
    }

    /** A body cell: text, or an amount (then {@code text} is null). */
    public record Cell(String text, Money amount) {

        public static Cell text(String text) {
            return new Cell(text, null);
        }

        public static Cell amount(Money amount) {
            return new Cell(null, amount);
        }

        public boolean hasAmount() {
            return amount != null;
        }
    }

    /**
     * A body row; {@code level} is the depth of its code (0 for 合计 and 类, 1 for 款, 2 for 项),
     * for indenting names, and {@code total} marks a 合计 row.
     */
    public record Row(List<Cell> cells, int level, boolean total) {

        /** The amount in column {@code index} (0-based), zero where the cell is text. */
        public Money amount(int index) {
            Cell cell = cells.get(index);
            return cell.hasAmount() ? cell.amount() : Money.ZERO;
        }
    }
}
