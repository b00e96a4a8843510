package cn.nanchang.budgetflow.document.api;

import org.springframework.lang.Nullable;
import cn.nanchang.budgetflow.document.ChangeLine;

/**
 * One field's change in a history entry, as the API gives it: where (table, row, the row's former
 * number when rows moved), the value before and after, and the sentence a person reads.
 */
public record Change(@Nullable String table, @Nullable Integer row, @Nullable Integer formerRow, String field, @Nullable String before,
        @Nullable String after, String text) {

    public static Change of(ChangeLine line) {
        var c = line.change();
        return new Change(c.table(), c.row(), c.formerRow(), c.field(), c.before(), c.after(), line.text());
    }
}
