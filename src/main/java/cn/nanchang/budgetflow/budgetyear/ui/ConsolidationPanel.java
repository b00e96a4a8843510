package cn.nanchang.budgetflow.budgetyear.ui;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.budgetyear.Consolidation;
import cn.nanchang.budgetflow.budgetyear.Consolidation.Amounts;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Function;

/**
 * The consolidation's tables in 万元, each amount as proposed with what was requested beside it
 * where a cut made them differ: sections × kinds with the unit's totals, the function and economic
 * classes, the projects with their library codes, and the 三公 lines against last year's approved.
 */
class ConsolidationPanel extends Div {

    ConsolidationPanel() {
        setId("consolidation");
        addClassName("consolidation-panel");
    }

    void show(Consolidation c) {
        removeAll();
        Span total = new Span(getTranslation("proposal.totalLine", Formats.wan(c.total().proposed()),
            Formats.wan(c.total().requested()), Formats.wan(c.total().cut())));
        total.setId("consolidation-total");
        add(new H3(getTranslation("proposal.bySection")), total, sections(c));
        add(new H3(getTranslation("proposal.byFunction")), classes("by-function", c.byFunctionClass()));
        add(new H3(getTranslation("proposal.byEconomic")), classes("by-economic", c.byEconomicClass()));
        add(new H3(getTranslation("proposal.projects")), projects(c.projects()));
        add(new H3(getTranslation("proposal.threePublic")), threePublic(c.threePublic()));
    }

    private Grid<Consolidation.SectionRow> sections(Consolidation c) {
        Grid<Consolidation.SectionRow> grid = grid("by-section");
        var sectionColumn = grid.addColumn(Consolidation.SectionRow::sectionName).setHeader(getTranslation("common.section"))
            .setAutoWidth(true);
        var footer = grid.appendFooterRow();
        footer.getCell(sectionColumn).setText(getTranslation("proposal.unitTotal"));
        for (ExpenditureKind kind : ExpenditureKind.values()) {
            var column = amountColumn(grid, s -> s.kind(kind), getTranslation(kind.labelKey()));
            footer.getCell(column).setText(amounts(c.byKind().getOrDefault(kind, Amounts.ZERO)));
        }
        var totalColumn = amountColumn(grid, Consolidation.SectionRow::total, getTranslation("proposal.sectionTotal"));
        footer.getCell(totalColumn).setText(amounts(c.total()));
        grid.setItems(c.sections());
        return grid;
    }

    private Grid<Consolidation.ClassRow> classes(String id, List<Consolidation.ClassRow> rows) {
        Grid<Consolidation.ClassRow> grid = grid(id);
        grid.addColumn(Consolidation.ClassRow::label).setHeader(getTranslation("proposal.class")).setAutoWidth(true);
        amountColumns(grid, Consolidation.ClassRow::amounts);
        grid.setItems(rows);
        return grid;
    }

    private Grid<Consolidation.ProjectRow> projects(List<Consolidation.ProjectRow> rows) {
        Grid<Consolidation.ProjectRow> grid = grid("projects");
        grid.addColumn(Consolidation.ProjectRow::projectCode).setHeader(getTranslation("proposal.projectCode")).setAutoWidth(true);
        grid.addColumn(Consolidation.ProjectRow::projectName).setHeader(getTranslation("proposal.projectName")).setAutoWidth(true);
        grid.addColumn(Consolidation.ProjectRow::sectionName).setHeader(getTranslation("common.section")).setAutoWidth(true);
        amountColumns(grid, Consolidation.ProjectRow::amounts);
        grid.setItems(rows);
        return grid;
    }

    private Grid<Consolidation.ThreePublicRow> threePublic(List<Consolidation.ThreePublicRow> rows) {
        Grid<Consolidation.ThreePublicRow> grid = grid("three-public");
        grid.addColumn(t -> t.economicCode() + " " + t.economicName()).setHeader(getTranslation("draft.economicCode"))
            .setAutoWidth(true);
        grid.addColumn(t -> t.sectionCode() == null ? getTranslation("proposal.unitTotal") : t.sectionName())
            .setHeader(getTranslation("common.section")).setAutoWidth(true);
        grid.addColumn(t -> t.lastYear() == null ? getTranslation("proposal.noLastYear") : Formats.wan(t.lastYear()))
            .setHeader(getTranslation("proposal.lastYear"))
            .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        amountColumns(grid, Consolidation.ThreePublicRow::amounts);
        grid.addColumn(t -> t.above() ? getTranslation("proposal.aboveLastYear") : "")
            .setHeader(getTranslation("proposal.check")).setAutoWidth(true);
        grid.setClassNameGenerator(t -> t.above() ? "three-public-above" : null);
        grid.setItems(rows);
        return grid;
    }

    private <T> void amountColumns(Grid<T> grid, Function<T, Amounts> amounts) {
        money(grid, t -> amounts.apply(t).requested(), "proposal.requested");
        money(grid, t -> amounts.apply(t).proposed(), "proposal.proposed");
        money(grid, t -> amounts.apply(t).cut(), "proposal.cut");
    }

    private <T> void money(Grid<T> grid, Function<T, Money> amount, String headerKey) {
        grid.addColumn(t -> Formats.wan(amount.apply(t))).setHeader(getTranslation(headerKey) + "（万元）")
            .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    private <T> Grid.Column<T> amountColumn(Grid<T> grid, Function<T, Amounts> amounts, String header) {
        return grid.addColumn(t -> amounts(amounts.apply(t))).setHeader(header + "（万元）")
            .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    /** "120.00", or "120.00（申报 130.00）" where a cut made them differ. */
    private String amounts(Amounts a) {
        return a.cut().isPositive() ? getTranslation("proposal.cell", Formats.wan(a.proposed()), Formats.wan(a.requested()))
            : Formats.wan(a.proposed());
    }

    private static <T> Grid<T> grid(String id) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
