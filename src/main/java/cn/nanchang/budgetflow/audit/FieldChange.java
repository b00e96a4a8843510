package cn.nanchang.budgetflow.audit;

import org.springframework.lang.Nullable;
/**
 * One changed value of an edit, as recorded in the audit log. A header field has neither
 * {@code table} nor row numbers. A line of a table (a budget line, a cost line, an item) that
 * was changed has both its row number after the edit and the one it had before; an added line
 * has only {@code row}, a removed one only {@code formerRow}. A value that did not exist
 * (before an addition, after a removal, an empty optional field) is null.
 *
 * @param table the table's name as the document shows it, e.g. 预算明细
 * @param field the field's name as the document shows it, e.g. 金额（元）
 */
public record FieldChange(@Nullable String table, @Nullable Integer row, @Nullable Integer formerRow, String field, @Nullable String before, @Nullable String after) {

    /** Where the change is: the header, a changed line, an added line or a removed line. */
    public Place place() {
        if (table == null) {
            return Place.HEADER;
        }
        if (formerRow == null) {
            return Place.ADDED_ROW;
        }
        return row == null ? Place.REMOVED_ROW : Place.CHANGED_ROW;
    }

    /** Where in a document a change is. */
    public enum Place {
        HEADER, CHANGED_ROW, ADDED_ROW, REMOVED_ROW
    }
}
