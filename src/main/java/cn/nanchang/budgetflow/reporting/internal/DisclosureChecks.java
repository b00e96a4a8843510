package cn.nanchang.budgetflow.reporting.internal;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.reporting.CheckFinding;
import cn.nanchang.budgetflow.reporting.DisclosureTable;
import cn.nanchang.budgetflow.reporting.DisclosureTable.Row;
import cn.nanchang.budgetflow.reporting.internal.DisclosureSources.ProcuredItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The cross-checks that block publication (DOMAIN.md §6), run on the tables as they would be
 * published and on the sources they came from. Each finding names the check, the difference in
 * yuan and where it comes from: the table row, or the budget lines and procurement items.
 */
@Component
public class DisclosureChecks {

    public static final String TOTALS = "TOTALS";
    public static final String TABLE_3 = "TABLE_3_KINDS";
    public static final String TABLE_6 = "TABLE_6_KINDS";
    public static final String SAN_GONG = "SAN_GONG";
    public static final String PROCUREMENT = "PROCUREMENT_FUNDING";

    private final Messages m;

    DisclosureChecks(Messages m) {
        this.m = m;
    }

    public List<CheckFinding> run(List<DisclosureTable> tables, DisclosureSources s) {
        List<CheckFinding> findings = new ArrayList<>();
        totals(tables, s.now(), findings);
        columnsAddUp(table(tables, "三"), TABLE_3, findings);
        columnsAddUp(table(tables, "六"), TABLE_6, findings);
        sanGong(table(tables, "七"), s.now(), findings);
        procurement(s, findings);
        return findings;
    }

    /** Function total (the class rows of 三) = economic total (lines by economic class) = income total (合计 of 二). */
    private void totals(List<DisclosureTable> tables, YearFigures f, List<CheckFinding> findings) {
        DisclosureTable income = table(tables, "二");
        Money incomeTotal = income.empty() ? Money.ZERO : income.rows().get(0).amount(2);
        DisclosureTable spending = table(tables, "三");
        Money functionTotal = spending.rows().stream().filter(r -> !r.total() && r.level() == 0).map(r -> r.amount(2))
            .reduce(Money.ZERO, Money::plus);
        Money economicTotal = f.sum(l -> f.economicClass(l) != null);
        if (functionTotal.compareTo(incomeTotal) != 0) {
            findings.add(new CheckFinding(TOTALS, functionTotal.minus(incomeTotal), m.get("disclosure.check.functionVsIncome",
                functionTotal.formatYuan(), incomeTotal.formatYuan(), functionTotal.minus(incomeTotal).formatYuan(),
                unplaced(f.lines().stream().filter(l -> f.functionClass(l) == null).toList(), true))));
        }
        if (economicTotal.compareTo(incomeTotal) != 0) {
            findings.add(new CheckFinding(TOTALS, economicTotal.minus(incomeTotal), m.get("disclosure.check.economicVsIncome",
                economicTotal.formatYuan(), incomeTotal.formatYuan(), economicTotal.minus(incomeTotal).formatYuan(),
                unplaced(f.lines().stream().filter(l -> f.economicClass(l) == null).toList(), false))));
        }
    }

    private String unplaced(List<ApprovedBudgetLine> lines, boolean function) {
        if (lines.isEmpty()) {
            return m.get("disclosure.check.noUnplacedLines");
        }
        return lines.stream().map(l -> m.get("disclosure.check.unplacedLine", l.draftNumber(), String.valueOf(l.lineNo()),
            function ? l.functionCode() : l.economicCode(), l.amount().formatYuan())).collect(Collectors.joining("；"));
    }

    /** In tables 三 and 六 every row's 合计 (column 3) is the sum of the next two columns. */
    private void columnsAddUp(DisclosureTable table, String check, List<CheckFinding> findings) {
        for (Row row : table.rows()) {
            Money parts = row.amount(3).plus(row.amount(4));
            if (row.amount(2).compareTo(parts) != 0) {
                Money diff = row.amount(2).minus(parts);
                findings.add(new CheckFinding(check, diff, m.get("disclosure.check.columns", table.number(), table.title(),
                    row.cells().get(0).text(), row.amount(2).formatYuan(), parts.formatYuan(), diff.formatYuan(),
                    table.header().get(0).get(3).text(), table.header().get(0).get(4).text())));
            }
        }
    }

    /** Table 七: its 合计 is the sum of the lines coded 30212, 30217, 30231 and 31013, and its columns add up. */
    private void sanGong(DisclosureTable table, YearFigures f, List<CheckFinding> findings) {
        Row row = table.rows().get(0);
        Money lines = f.sum(l -> YearFigures.SAN_GONG.contains(l.economicCode()));
        Money columns = row.amount(1).plus(row.amount(3)).plus(row.amount(4)).plus(row.amount(5));
        if (row.amount(0).compareTo(lines) != 0) {
            Money diff = row.amount(0).minus(lines);
            findings.add(new CheckFinding(SAN_GONG, diff, m.get("disclosure.check.sanGongLines", row.amount(0).formatYuan(),
                lines.formatYuan(), diff.formatYuan())));
        }
        if (row.amount(0).compareTo(columns) != 0 || row.amount(2).compareTo(row.amount(3).plus(row.amount(4))) != 0) {
            Money diff = row.amount(0).minus(columns);
            findings.add(new CheckFinding(SAN_GONG, diff, m.get("disclosure.check.sanGongColumns", row.amount(0).formatYuan(),
                columns.formatYuan(), diff.formatYuan())));
        }
    }

    /** No approved line funds more procurement than its amount, and every item names an approved line of the year. */
    private void procurement(DisclosureSources s, List<CheckFinding> findings) {
        Map<Long, ApprovedBudgetLine> lines = s.now().lines().stream()
            .collect(Collectors.toMap(ApprovedBudgetLine::lineId, Function.identity()));
        Map<Long, List<ProcuredItem>> byLine = new LinkedHashMap<>();
        s.procurement().forEach(i -> byLine.computeIfAbsent(i.fundingLineId(), k -> new ArrayList<>()).add(i));
        byLine.forEach((lineId, items) -> {
            Money procured = items.stream().map(ProcuredItem::amount).reduce(Money.ZERO, Money::plus);
            String named = items.stream().map(i -> m.get("disclosure.check.item", i.planNumber(), String.valueOf(i.itemNo()), i.name(),
                i.amount().formatYuan())).collect(Collectors.joining("、"));
            ApprovedBudgetLine line = lines.get(lineId);
            if (line == null) {
                findings.add(new CheckFinding(PROCUREMENT, procured, m.get("disclosure.check.procurementUnfunded",
                    String.valueOf(lineId), named, procured.formatYuan())));
            } else if (procured.compareTo(line.amount()) > 0) {
                Money diff = procured.minus(line.amount());
                findings.add(new CheckFinding(PROCUREMENT, diff, m.get("disclosure.check.procurementExceeds", line.label(),
                    line.amount().formatYuan(), named, procured.formatYuan(), diff.formatYuan())));
            }
        });
    }

    private static DisclosureTable table(List<DisclosureTable> tables, String number) {
        return tables.stream().filter(t -> t.number().equals(number)).findFirst().orElseThrow();
    }
}
