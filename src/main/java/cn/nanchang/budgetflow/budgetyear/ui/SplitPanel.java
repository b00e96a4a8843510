package cn.nanchang.budgetflow.budgetyear.ui;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.budgetyear.SplitState;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The current split of the ceilings (分解控制数): each section's ceilings by kind and the bureau's
 * project ceilings of the section, what is left unallocated (未分配), and whether the director has
 * approved it. A section sees its own row only, as the service gives it.
 */
class SplitPanel extends Div {

    /** @param id this panel's id, the prefix of its parts' ids (the page and the director's dialog each show one) */
    /** @param names a user's display name by username (the split records who made and approved it by username) */
    SplitPanel(String id, SplitState split, UnaryOperator<String> names) {
        setId(id);
        addClassName("year-box");
        add(new H3(getTranslation("years.split")));
        Span state = new Span(split.approved()
            ? getTranslation("years.split.approved", names.apply(split.approvedBy()), Formats.time(split.approvedAt()))
            : getTranslation("years.split.pending", names.apply(split.recordedBy()), Formats.time(split.recordedAt())));
        state.setId(id + "-state");
        state.getElement().getThemeList().add("badge");
        if (split.approved()) {
            state.getElement().getThemeList().add("success");
        }
        add(new Div(state), grid(id + "-grid", split));
        if (split.unallocated() != null && !split.unallocated().isEmpty()) {
            Span left = new Span(getTranslation("years.split.unallocated") + "：" + java.util.Arrays.stream(ExpenditureKind.values())
                .map(k -> getTranslation(k.labelKey()) + " " + Formats.wan(split.unallocated().getOrDefault(k, Money.ZERO)))
                .collect(Collectors.joining("，")) + " " + getTranslation("years.wan"));
            left.setId(id + "-unallocated");
            add(new Div(left));
        }
    }

    private Grid<SplitState.SectionCeilings> grid(String id, SplitState split) {
        Grid<SplitState.SectionCeilings> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addColumn(SplitState.SectionCeilings::sectionName).setHeader(getTranslation("common.section")).setAutoWidth(true);
        for (ExpenditureKind kind : ExpenditureKind.values()) {
            grid.addColumn(s -> Formats.wan(s.byKind().getOrDefault(kind, Money.ZERO))).setHeader(getTranslation(kind.labelKey()))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        grid.addColumn(s -> Formats.wan(s.byKind().values().stream().reduce(Money.ZERO, Money::plus)))
            .setHeader(getTranslation("years.totalWan")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(s -> s.projects().stream().map(p -> p.projectCode() + " " + Formats.wan(p.amount()))
            .collect(Collectors.joining("；"))).setHeader(getTranslation("years.split.projects")).setFlexGrow(1);
        grid.setItems(split.sections());
        grid.setEmptyStateText(getTranslation("years.split.noneForYou"));
        return grid;
    }
}
