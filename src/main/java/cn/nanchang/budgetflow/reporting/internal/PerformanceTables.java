package cn.nanchang.budgetflow.reporting.internal;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.reporting.DisclosureTable;
import cn.nanchang.budgetflow.reporting.DisclosureTable.Cell;
import cn.nanchang.budgetflow.reporting.DisclosureTable.HeaderCell;
import cn.nanchang.budgetflow.reporting.DisclosureTable.Row;
import cn.nanchang.budgetflow.reporting.internal.DisclosureSources.ProjectText;
import cn.nanchang.budgetflow.reporting.internal.DisclosureSources.Target;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The two performance tables published Nanchang 公益一类 budgets carry after the nine: 十 项目支出绩效目标表, one
 * row per indicator of each approved project (its name, budget and 年度绩效目标 on its first row), and 十一
 * 部门（单位）整体支出绩效目标表. The unit's overall goals have no data of their own yet: the 年度总体目标 and the
 * output and cost indicators are derived from the approved figures (basic and project spending, the projects
 * and their amounts), and the projects' 效益 and 满意度 indicators are carried over with their values.
 */
final class PerformanceTables {

    static final String PROJECTS = "十";
    static final String UNIT = "十一";
    private static final String OUTPUT = "产出指标";
    private static final String COST = "成本指标";

    private final Messages m;

    PerformanceTables(Messages m) {
        this.m = m;
    }

    DisclosureTable projects(List<ProjectText> projects) {
        List<List<HeaderCell>> header = List.of(
            List.of(span("disclosure.performance.project", 1, 2), span("disclosure.performance.budget", 1, 2),
                span("disclosure.performance.goal", 1, 2), span("disclosure.performance.indicators", 4, 1)),
            levels());
        List<Row> rows = new ArrayList<>();
        for (ProjectText p : projects) {
            List<Target> targets = p.targets().isEmpty() ? List.of(new Target("", "", "", "")) : p.targets();
            for (int i = 0; i < targets.size(); i++) {
                List<Cell> cells = new ArrayList<>(i == 0
                    ? List.of(Cell.text(p.name()), Cell.amount(p.budgeted()), Cell.text(p.overview()))
                    : blanks(3));
                cells.addAll(target(targets.get(i)));
                rows.add(new Row(cells, 0, false));
            }
        }
        return table(PROJECTS, header, rows);
    }

    DisclosureTable unit(String unitName, YearFigures f, List<ProjectText> projects) {
        List<List<HeaderCell>> header = List.of(
            List.of(span("disclosure.performance.unit", 1, 2), span("disclosure.performance.yearBudget", 3, 1),
                span("disclosure.performance.overallGoal", 1, 2), span("disclosure.performance.indicators", 4, 1)),
            concat(List.of(HeaderCell.of(m.get("disclosure.col.total")), HeaderCell.of(m.get("disclosure.col.basic")),
                HeaderCell.of(m.get("disclosure.col.project"))), levels()));
        if (f.lines().isEmpty()) {
            return table(UNIT, header, List.of());
        }
        Money basic = f.sum(YearFigures.basic());
        Money project = f.sum(YearFigures.project());
        List<Target> targets = new ArrayList<>();
        targets.add(new Target(OUTPUT, m.get("disclosure.performance.quantity"), m.get("disclosure.performance.projectCount"),
            m.get("disclosure.performance.count", String.valueOf(projects.size()))));
        targets.add(new Target(OUTPUT, COST, m.get("disclosure.col.basic"), "≤" + Wan.of(basic) + m.get("disclosure.word.wan")));
        projects.forEach(p -> targets.add(new Target(OUTPUT, COST, p.name(), "≤" + Wan.of(p.budgeted()) + m.get("disclosure.word.wan"))));
        projects.forEach(p -> p.targets().stream().filter(t -> !OUTPUT.equals(t.level1()) && !COST.equals(t.level1()))
            .forEach(targets::add));
        String goal = projects.isEmpty()
            ? m.get("disclosure.performance.unitGoalNoProjects", String.valueOf(f.fiscalYear()), Wan.of(basic))
            : m.get("disclosure.performance.unitGoal", String.valueOf(f.fiscalYear()), Wan.of(basic), String.valueOf(projects.size()),
                String.join("、", projects.stream().map(ProjectText::name).toList()), Wan.of(project));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            List<Cell> cells = new ArrayList<>(i == 0
                ? List.of(Cell.text(unitName), Cell.amount(f.total()), Cell.amount(basic), Cell.amount(project), Cell.text(goal))
                : blanks(5));
            cells.addAll(target(targets.get(i)));
            rows.add(new Row(cells, 0, false));
        }
        return table(UNIT, header, rows);
    }

    private DisclosureTable table(String number, List<List<HeaderCell>> header, List<Row> rows) {
        String title = m.get("disclosure.table." + number);
        return rows.isEmpty() ? new DisclosureTable(number, title, header, List.of(), true, m.get("disclosure.table.empty"))
            : new DisclosureTable(number, title, header, rows, false, null);
    }

    private List<HeaderCell> levels() {
        return List.of(HeaderCell.of(m.get("disclosure.performance.level1")), HeaderCell.of(m.get("disclosure.performance.level2")),
            HeaderCell.of(m.get("disclosure.performance.level3")), HeaderCell.of(m.get("disclosure.performance.value")));
    }

    private static List<Cell> target(Target t) {
        return List.of(Cell.text(t.level1()), Cell.text(t.level2()), Cell.text(t.name()), Cell.text(t.value()));
    }

    private static List<Cell> blanks(int count) {
        return Collections.nCopies(count, Cell.text(""));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private HeaderCell span(String key, int colspan, int rowspan) {
        return new HeaderCell(m.get(key), colspan, rowspan);
    }
}
