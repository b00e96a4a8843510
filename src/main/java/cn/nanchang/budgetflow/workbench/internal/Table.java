package cn.nanchang.budgetflow.workbench.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table to export: a name (the sheet's), column headers and rows. A cell is text, a number
 * (written as a number, money as BigDecimal yuan), an {@link java.time.Instant} (written as Beijing
 * time) or null (an empty cell).
 */
public final class Table {

    private final String name;
    private final List<String> headers;
    private final List<List<Object>> rows = new ArrayList<>();

    public Table(String name, String... headers) {
        this.name = name;
        this.headers = List.of(headers);
    }

    public Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row of " + cells.length + " cells for " + headers.size() + " columns");
        }
        rows.add(Arrays.asList(cells));
        return this;
    }

    public String name() {
        return name;
    }

    public List<String> headers() {
        return headers;
    }

    public List<List<Object>> rows() {
        return rows;
    }
}
