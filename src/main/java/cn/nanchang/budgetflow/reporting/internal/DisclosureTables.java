package cn.nanchang.budgetflow.reporting.internal;

import static cn.nanchang.budgetflow.reporting.internal.CodeTables.all;
import static cn.nanchang.budgetflow.reporting.internal.CodeTables.none;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import cn.nanchang.budgetflow.reporting.DisclosureTable;
import cn.nanchang.budgetflow.reporting.DisclosureTable.Cell;
import cn.nanchang.budgetflow.reporting.DisclosureTable.HeaderCell;
import cn.nanchang.budgetflow.reporting.DisclosureTable.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The nine standard tables of a Nanchang unit budget disclosure, with the columns of the
 * published templates. Every line counts as 一般公共预算拨款 (see {@link YearFigures}), so the
 * government-fund and state-capital tables (八, 九) are published empty with 本表为空表.
 */
@Component
public class DisclosureTables {

    /** The numbers of the performance target tables, which follow the nine figure tables. */
    public static final java.util.Set<String> PERFORMANCE = java.util.Set.of(PerformanceTables.PROJECTS, PerformanceTables.UNIT);

    private final Messages m;
    private final CodeTables codes;
    private final PerformanceTables performance;

    DisclosureTables(Messages m) {
        this.m = m;
        this.codes = new CodeTables(m);
        this.performance = new PerformanceTables(m);
    }

    /** The nine figure tables, then the two performance tables (十, 十一) of the approved projects and the unit. */
    public List<DisclosureTable> build(YearFigures f, String unitName, List<DisclosureSources.ProjectText> projects) {
        List<DisclosureTable> all = new ArrayList<>(build(f));
        all.add(performance.projects(projects));
        all.add(performance.unit(unitName, f, projects));
        return List.copyOf(all);
    }

    /** The nine standard figure tables. */
    public List<DisclosureTable> build(YearFigures f) {
        var basicOrProject = List.of(all(), YearFigures.basic(), YearFigures.project());
        return List.of(
            balance("一", f, false),
            codes.build("二", incomeHeader(), f, true, all(), List.of(all(), all(), none(), none(), none(), none(), none())),
            codes.build("三", codes.header("disclosure.col.total", "disclosure.col.basic", "disclosure.col.project"), f, true,
                all(), basicOrProject),
            balance("四", f, true),
            codes.build("五", codes.header("disclosure.col.total", "disclosure.col.basic", "disclosure.col.project"), f, true,
                all(), basicOrProject),
            codes.build("六", codes.header("disclosure.col.total", "disclosure.col.personnel", "disclosure.col.public"), f,
                false, YearFigures.basic(),
                List.of(all(), YearFigures.kind(ExpenditureKind.BASIC_PERSONNEL), YearFigures.kind(ExpenditureKind.BASIC_PUBLIC))),
            sanGong(f),
            codes.build("八", codes.header("disclosure.col.total", "disclosure.col.basic", "disclosure.col.project"), f, true,
                none(), basicOrProject),
            codes.build("九", codes.header("disclosure.col.total", "disclosure.col.basic", "disclosure.col.project"), f, true,
                none(), basicOrProject));
    }

    private List<List<HeaderCell>> incomeHeader() {
        return List.of(
            List.of(span("disclosure.col.code", 1, 2), span("disclosure.col.name", 1, 2), span("disclosure.col.total", 1, 2),
                span("disclosure.col.appropriation", 3, 1), span("disclosure.col.specialAccount", 1, 2),
                span("disclosure.col.unitFunds", 1, 2), span("disclosure.col.carryOver", 1, 2)),
            List.of(HeaderCell.of(m.get("disclosure.col.generalBudget")), HeaderCell.of(m.get("disclosure.col.governmentFund")),
                HeaderCell.of(m.get("disclosure.col.stateCapital"))));
    }

    /**
     * Tables 一 and 四: income on the left, expenditure by function class (类) on the right, the
     * year's totals and the (nil) carry-over below. 四 keeps only financial appropriations and, as the
     * standard 财政拨款收支总表 does, splits each expenditure into 合计 · 一般公共预算 · 政府性基金预算 ·
     * 国有资本经营预算.
     */
    private DisclosureTable balance(String number, YearFigures f, boolean appropriationOnly) {
        List<Predicate<ApprovedBudgetLine>> split = appropriationOnly ? List.of(all(), all(), none(), none()) : List.of(all());
        List<HeaderCell> columns = new ArrayList<>(List.of(HeaderCell.of(m.get("disclosure.col.item")),
            HeaderCell.of(m.get("disclosure.col.amount")), HeaderCell.of(m.get("disclosure.col.item"))));
        if (appropriationOnly) {
            List.of("disclosure.col.total", "disclosure.col.generalBudgetShort", "disclosure.col.governmentFundShort",
                "disclosure.col.stateCapitalShort").forEach(k -> columns.add(HeaderCell.of(m.get(k))));
        } else {
            columns.add(HeaderCell.of(m.get("disclosure.col.amount")));
        }
        List<List<HeaderCell>> header = List.of(
            List.of(span("disclosure.col.income", 2, 1), span("disclosure.col.expenditure", 1 + split.size(), 1)), columns);
        Money total = f.total();
        List<List<Cell>> income = new ArrayList<>();
        income.add(pair("disclosure.income.generalBudget", total));
        income.add(pair("disclosure.income.governmentFund", Money.ZERO));
        income.add(pair("disclosure.income.stateCapital", Money.ZERO));
        if (!appropriationOnly) {
            income.add(pair("disclosure.income.specialAccount", Money.ZERO));
            income.add(pair("disclosure.income.unitFunds", Money.ZERO));
        }
        List<List<Cell>> spending = new ArrayList<>();
        for (ClassificationCode c : f.codesUsed(all(), true).values()) {
            if (c.getParentCode() == null) {
                spending.add(spent(Cell.text(c.getName()), f, f.underFunction(c.getCode()), split));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(income.size(), spending.size()); i++) {
            List<Cell> cells = new ArrayList<>(i < income.size() ? income.get(i) : blanks(2));
            cells.addAll(i < spending.size() ? spending.get(i) : blanks(1 + split.size()));
            rows.add(new Row(cells, 0, false));
        }
        rows.add(totals("disclosure.income.yearTotal", total, spent(text("disclosure.expenditure.yearTotal"), f, all(), split)));
        rows.add(totals("disclosure.income.carriedIn", Money.ZERO, spent(text("disclosure.expenditure.carriedOut"), f, none(), split)));
        rows.add(totals("disclosure.income.grandTotal", total, spent(text("disclosure.expenditure.grandTotal"), f, all(), split)));
        return new DisclosureTable(number, m.get("disclosure.table." + number), header, rows, false, null);
    }

    private static List<Cell> spent(Cell name, YearFigures f, Predicate<ApprovedBudgetLine> lines,
            List<Predicate<ApprovedBudgetLine>> split) {
        List<Cell> cells = new ArrayList<>(List.of(name));
        split.forEach(column -> cells.add(Cell.amount(f.sum(lines.and(column)))));
        return cells;
    }

    private static List<Cell> blanks(int count) {
        return java.util.Collections.nCopies(count, Cell.text(""));
    }

    /** Table 七: one row, 合计 · 因公出国（境）费 · 公务用车购置及运行费 (小计 · 购置 · 运行) · 公务接待费. */
    private DisclosureTable sanGong(YearFigures f) {
        List<List<HeaderCell>> header = List.of(
            List.of(span("disclosure.col.total", 1, 2), span("disclosure.sanGong.abroad", 1, 2),
                span("disclosure.sanGong.vehicles", 3, 1), span("disclosure.sanGong.reception", 1, 2)),
            List.of(HeaderCell.of(m.get("disclosure.sanGong.vehicleSubtotal")), HeaderCell.of(m.get("disclosure.sanGong.vehiclePurchase")),
                HeaderCell.of(m.get("disclosure.sanGong.vehicleRunning"))));
        Money abroad = f.sum(YearFigures.economic(YearFigures.ABROAD));
        Money purchase = f.sum(YearFigures.economic(YearFigures.VEHICLE_PURCHASE));
        Money running = f.sum(YearFigures.economic(YearFigures.VEHICLE_RUNNING));
        Money reception = f.sum(YearFigures.economic(YearFigures.RECEPTION));
        Money vehicles = purchase.plus(running);
        Row row = new Row(List.of(Cell.amount(abroad.plus(vehicles).plus(reception)), Cell.amount(abroad), Cell.amount(vehicles),
            Cell.amount(purchase), Cell.amount(running), Cell.amount(reception)), 0, true);
        return new DisclosureTable("七", m.get("disclosure.table.七"), header, List.of(row), false, null);
    }

    private Row totals(String incomeKey, Money income, List<Cell> spending) {
        List<Cell> cells = new ArrayList<>(List.of(Cell.text(m.get(incomeKey)), Cell.amount(income)));
        cells.addAll(spending);
        return new Row(cells, 0, true);
    }

    private Cell text(String key) {
        return Cell.text(m.get(key));
    }

    private List<Cell> pair(String key, Money amount) {
        return List.of(Cell.text(m.get(key)), Cell.amount(amount));
    }

    private HeaderCell span(String key, int colspan, int rowspan) {
        return new HeaderCell(m.get(key), colspan, rowspan);
    }
}
