package cn.nanchang.budgetflow.budgetyear.ui;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.budgetyear.Comparison;
import cn.nanchang.budgetflow.budgetyear.VersionKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The versions side by side, one row per section, kind, function class, economic class and
 * project (at the row's level), one column per version in 万元, and the differences between
 * consecutive versions, each with its reason and a link to the document or decision that made it.
 */
class ComparisonGrid extends Grid<Comparison.Row> {

    private final int fiscalYear;
    private final UnaryOperator<String> names;

    /** @param names a user's display name by username (a difference's source names who decided by username) */
    ComparisonGrid(Comparison comparison, UnaryOperator<String> names) {
        this.fiscalYear = comparison.fiscalYear();
        this.names = names;
        setId("comparison-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setHeight("36rem");
        addColumn(r -> getTranslation("budgetyear.level." + r.level().name())).setHeader(getTranslation("years.level"))
            .setAutoWidth(true).setFrozen(true);
        // a width, not the auto width: the grid measures only the rows it first draws, and longer names wrap letter by letter
        addColumn(r -> r.sectionName() == null ? "" : r.sectionName()).setHeader(getTranslation("common.section")).setWidth("10rem");
        addColumn(r -> r.kind() == null ? "" : getTranslation(r.kind().labelKey())).setHeader(getTranslation("draft.kind")).setAutoWidth(true);
        addColumn(r -> code(r.functionCode(), r.functionName())).setHeader(getTranslation("draft.functionCode")).setWidth("12rem");
        addColumn(r -> code(r.economicCode(), r.economicName())).setHeader(getTranslation("draft.economicCode")).setWidth("10rem");
        addColumn(r -> code(r.projectCode(), r.projectName())).setHeader(getTranslation("draft.project")).setWidth("14rem");
        for (VersionKind version : comparison.versions()) {
            addColumn(r -> amount(r, version)).setHeader(getTranslation(version.labelKey()) + getTranslation("years.wanUnit"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setClassNameGenerator(r -> "amount-" + version.name());
        }
        addComponentColumn(this::differences).setHeader(getTranslation("years.differences")).setWidth("28rem").setFlexGrow(1);
        setItems(comparison.rows());
        setEmptyStateText(getTranslation("years.comparison.none"));
    }

    /** Shows only the rows of one level; null shows all. */
    void showLevel(List<Comparison.Row> rows, Comparison.Level level) {
        setItems(level == null ? rows : rows.stream().filter(r -> r.level() == level).toList());
    }

    private static String code(String code, String name) {
        if (code == null) {
            return "";
        }
        return name == null ? code : code + " " + name;
    }

    private static String amount(Comparison.Row row, VersionKind version) {
        Money amount = row.amounts().get(version);
        return amount == null ? "—" : Formats.wan(amount);
    }

    private Component differences(Comparison.Row row) {
        Div box = new Div();
        box.addClassName("comparison-differences");
        for (Comparison.Difference d : row.differences()) {
            Div line = new Div();
            line.addClassName("comparison-difference");
            String sign = d.amount().isPositive() ? "+" : "";
            line.add(new Span(getTranslation(d.from().labelKey()) + "→" + getTranslation(d.to().labelKey()) + " " + sign
                + Formats.wan(d.amount()) + getTranslation("years.wan")));
            if (d.reason() != null && !d.reason().isBlank()) {
                Span reason = new Span("：" + d.reason());
                reason.addClassName("comparison-reason");
                line.add(reason);
            }
            if (d.source() != null) {
                line.add(new Span(" "), source(d.source()));
            }
            box.add(line);
        }
        return box;
    }

    /** The document behind a difference opens its page; the bureau's and 财务's decisions are recorded on the year's page. */
    private Component source(Comparison.Source source) {
        String route = switch (source.type()) {
            case BUDGET_DRAFT -> source.documentId() == null ? null : DocumentType.BUDGET_DRAFT.routePrefix() + "/" + source.documentId();
            case UNIT_PROPOSAL -> source.documentId() == null ? null : DocumentType.UNIT_PROPOSAL.routePrefix() + "/" + source.documentId();
            case CEILINGS, SPLIT, APPROVAL -> "budget-years/" + fiscalYear;
            case ADJUSTMENT -> "indicators";
        };
        StringBuilder text = new StringBuilder(getTranslation("budgetyear.source." + source.type().name()));
        if (source.number() != null) {
            text.append(' ').append(source.number());
        }
        if (source.decidedBy() != null) {
            text.append(" · ").append(names.apply(source.decidedBy()));
        }
        if (source.decidedAt() != null) {
            text.append(' ').append(Formats.time(source.decidedAt()));
        }
        Component link = route == null ? new Span(text.toString()) : new Anchor(route, text.toString());
        link.getElement().getClassList().add("comparison-source");
        link.getElement().setAttribute("data-source", source.type().name());
        return link;
    }
}
