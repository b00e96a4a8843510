package cn.nanchang.budgetflow.reporting.internal;

import static cn.nanchang.budgetflow.reporting.internal.CodeTables.all;
import static cn.nanchang.budgetflow.reporting.internal.CodeTables.none;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import cn.nanchang.budgetflow.reporting.DisclosureTable;
import cn.nanchang.budgetflow.reporting.DisclosureTable.Cell;
import cn.nanchang.budgetflow.reporting.DisclosureTable.HeaderCell;
import cn.nanchang.budgetflow.reporting.DisclosureTable.Row;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The nine standard tables of a Nanchang unit budget disclosure, with the columns of the
 * published templates. Every line counts as 一般公共预算拨款 (see {@link YearFigures}), so the
 * government-fund and state-capital tables (八, 九) are published empty with 本表为空表.
 */
@Component
public class DisclosureTables {

    private final Messages m;
    private final CodeTables codes;

    DisclosureTables(Messages m) {
        this.m = m;
        this.codes = new CodeTables(m);
    }

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
     * year's totals and the (nil) carry-over below. 四 keeps only financial appropriations.
     */
    private DisclosureTable balance(String number, YearFigures f, boolean appropriationOnly) {
        List<List<HeaderCell>> header = List.of(
            List.of(span("disclosure.col.income", 2, 1), span("disclosure.col.expenditure", 2, 1)),
            List.of(HeaderCell.of(m.get("disclosure.col.item")), HeaderCell.of(m.get("disclosure.col.amount")),
                HeaderCell.of(m.get("disclosure.col.item")), HeaderCell.of(m.get("disclosure.col.amount"))));
        Money total = f.total();
        List<Cell[]> income = new ArrayList<>();
        income.add(pair("disclosure.income.generalBudget", total));
        income.add(pair("disclosure.income.governmentFund", Money.ZERO));
        income.add(pair("disclosure.income.stateCapital", Money.ZERO));
        if (!appropriationOnly) {
            income.add(pair("disclosure.income.specialAccount", Money.ZERO));
            income.add(pair("disclosure.income.unitFunds", Money.ZERO));
        }
        List<Cell[]> spending = new ArrayList<>();
        for (ClassificationCode c : f.codesUsed(all(), true).values()) {
            if (c.getParentCode() == null) {
                spending.add(new Cell[] {Cell.text(c.getName()), Cell.amount(f.sum(f.underFunction(c.getCode())))});
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(income.size(), spending.size()); i++) {
            Cell[] left = i < income.size() ? income.get(i) : new Cell[] {Cell.text(""), Cell.text("")};
            Cell[] right = i < spending.size() ? spending.get(i) : new Cell[] {Cell.text(""), Cell.text("")};
            rows.add(new Row(List.of(left[0], left[1], right[0], right[1]), 0, false));
        }
        rows.add(totals("disclosure.income.yearTotal", total, "disclosure.expenditure.yearTotal", total));
        rows.add(totals("disclosure.income.carriedIn", Money.ZERO, "disclosure.expenditure.carriedOut", Money.ZERO));
        rows.add(totals("disclosure.income.grandTotal", total, "disclosure.expenditure.grandTotal", total));
        return new DisclosureTable(number, m.get("disclosure.table." + number), header, rows, false, null);
    }

    /** Table 七: one row, 合计 · 因公出国(境)费 · 公务用车购置及运行费 (小计 · 购置 · 运行) · 公务接待费. */
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

    private Row totals(String incomeKey, Money income, String spendingKey, Money spending) {
        return new Row(List.of(Cell.text(m.get(incomeKey)), Cell.amount(income), Cell.text(m.get(spendingKey)),
            Cell.amount(spending)), 0, true);
    }

    private Cell[] pair(String key, Money amount) {
        return new Cell[] {Cell.text(m.get(key)), Cell.amount(amount)};
    }

    private HeaderCell span(String key, int colspan, int rowspan) {
        return new HeaderCell(m.get(key), colspan, rowspan);
    }
}
