package cn.nanchang.budgetflow.budgetyear.ui;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.budgetyear.VersionTotals;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.function.UnaryOperator;

/** The versions recorded so far (一上, 控制数, 分解, 二上, 批复): totals overall and by kind, in 万元. */
class VersionsGrid extends Grid<VersionTotals> {

    /** @param names a user's display name by username */
    VersionsGrid(List<VersionTotals> versions, UnaryOperator<String> names) {
        setId("versions-grid");
        setAllRowsVisible(true);
        addColumn(v -> getTranslation(v.version().labelKey())).setHeader(getTranslation("years.version")).setAutoWidth(true)
            .setClassNameGenerator(v -> "version-" + v.version().name());
        addColumn(v -> Formats.wan(v.total())).setHeader(getTranslation("years.totalWan")).setTextAlign(ColumnTextAlign.END)
            .setAutoWidth(true).setClassNameGenerator(v -> "version-total");
        for (ExpenditureKind kind : ExpenditureKind.values()) {
            addColumn(v -> Formats.wan(v.byKind().getOrDefault(kind, Money.ZERO))).setHeader(getTranslation(kind.labelKey()))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        addColumn(v -> names.apply(v.recordedBy())).setHeader(getTranslation("years.recordedBy")).setAutoWidth(true);
        addColumn(v -> Formats.time(v.recordedAt())).setHeader(getTranslation("years.recordedAt")).setAutoWidth(true);
        setItems(versions);
        setEmptyStateText(getTranslation("years.versions.none"));
    }
}
