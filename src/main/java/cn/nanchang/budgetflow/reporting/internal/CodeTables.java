package cn.nanchang.budgetflow.reporting.internal;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import cn.nanchang.budgetflow.reporting.DisclosureTable;
import cn.nanchang.budgetflow.reporting.DisclosureTable.Cell;
import cn.nanchang.budgetflow.reporting.DisclosureTable.HeaderCell;
import cn.nanchang.budgetflow.reporting.DisclosureTable.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The tables whose rows are classification codes (二, 三, 五, 六, 八, 九): a 合计 row, then every
 * code used with its ancestors, functions to 项 and economic codes to 款, each amount column a
 * sum of the lines under that code. A line whose code the catalogue does not know is in 合计
 * but in no code row, which the cross-checks then report.
 */
final class CodeTables {

    private final Messages m;

    CodeTables(Messages m) {
        this.m = m;
    }

    /** A table of codes; {@code scope} chooses its lines, each column further narrows them. */
    DisclosureTable build(String number, List<List<HeaderCell>> header, YearFigures f, boolean function,
            Predicate<ApprovedBudgetLine> scope, List<Predicate<ApprovedBudgetLine>> columns) {
        String title = m.get("disclosure.table." + number);
        if (f.lines().stream().noneMatch(scope)) {
            return new DisclosureTable(number, title, header, List.of(), true, m.get("disclosure.table.empty"));
        }
        // Each line filed once under its code and every ancestor, then each row sums its own lines: a scan
        // of all lines per row and column was most of the disclosure's time at 10,000 lines (issue 17 §3).
        List<ApprovedBudgetLine> inScope = f.lines().stream().filter(scope).toList();
        Map<String, List<ApprovedBudgetLine>> byCode = new HashMap<>();
        for (ApprovedBudgetLine line : inScope) {
            f.codeAndAncestors(line, function).forEach(c -> byCode.computeIfAbsent(c, k -> new ArrayList<>()).add(line));
        }
        List<Row> rows = new ArrayList<>();
        rows.add(row(Cell.text(m.get("disclosure.total")), Cell.text(""), inScope, columns, 0, true));
        for (ClassificationCode code : f.codesUsed(scope, function).values()) {
            rows.add(row(Cell.text(code.getCode()), Cell.text(code.getName()), byCode.getOrDefault(code.getCode(), List.of()),
                columns, code.getLevel() - 1, false));
        }
        return new DisclosureTable(number, title, header, rows, false, null);
    }

    private static Row row(Cell code, Cell name, List<ApprovedBudgetLine> lines, List<Predicate<ApprovedBudgetLine>> columns,
            int level, boolean total) {
        List<Cell> cells = new ArrayList<>(List.of(code, name));
        for (Predicate<ApprovedBudgetLine> column : columns) {
            cells.add(Cell.amount(lines.stream().filter(column).map(ApprovedBudgetLine::amount).reduce(Money.ZERO, Money::plus)));
        }
        return new Row(cells, level, total);
    }

    /** Header 科目编码 · 科目名称 · the given amount columns, one row. */
    List<List<HeaderCell>> header(String... columnKeys) {
        List<HeaderCell> row = new ArrayList<>(List.of(HeaderCell.of(m.get("disclosure.col.code")),
            HeaderCell.of(m.get("disclosure.col.name"))));
        for (String key : columnKeys) {
            row.add(HeaderCell.of(m.get(key)));
        }
        return List.of(row);
    }

    static Predicate<ApprovedBudgetLine> all() {
        return l -> true;
    }

    static Predicate<ApprovedBudgetLine> none() {
        return l -> false;
    }
}
