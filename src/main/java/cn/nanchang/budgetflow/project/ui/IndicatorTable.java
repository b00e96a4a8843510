package cn.nanchang.budgetflow.project.ui;

import cn.nanchang.budgetflow.project.ProjectApplicationDetails.Indicator;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The performance-target table read-only, in the published layout: 一级指标 · 二级指标 · 三级指标 ·
 * 方向 · 指标值 · 单位 · 权重 · 备注. A level-1 or level-2 name is printed on the first row of its group only.
 */
class IndicatorTable extends Grid<IndicatorTable.Row> {

    record Row(String level1, String level2, Indicator indicator) {
    }

    IndicatorTable(List<Indicator> indicators) {
        setId("indicator-table");
        addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(Row::level1).setHeader(getTranslation("indicator.level1")).setAutoWidth(true).setFlexGrow(0);
        addColumn(Row::level2).setHeader(getTranslation("indicator.level2")).setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> r.indicator().name()).setHeader(getTranslation("indicator.level3")).setFlexGrow(3);
        addColumn(r -> r.indicator().direction().symbol()).setHeader(getTranslation("indicator.direction")).setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> r.indicator().targetValue()).setHeader(getTranslation("indicator.target")).setAutoWidth(true);
        addColumn(r -> Objects.toString(r.indicator().unit(), "")).setHeader(getTranslation("indicator.unit")).setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> r.indicator().weight() == null ? "" : r.indicator().weight().stripTrailingZeros().toPlainString())
            .setHeader(getTranslation("indicator.weight")).setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> Objects.toString(r.indicator().note(), "")).setHeader(getTranslation("indicator.note")).setFlexGrow(1);
        setItems(rows(indicators));
    }

    /** Indicators arrive grouped in tree order; blank out repeated group names. */
    private static List<Row> rows(List<Indicator> indicators) {
        List<Row> rows = new ArrayList<>();
        String lastLevel1 = null;
        String lastCategory = null;
        for (Indicator i : indicators) {
            boolean newLevel1 = !i.level1Code().equals(lastLevel1);
            boolean newCategory = newLevel1 || !i.categoryCode().equals(lastCategory);
            String level2 = i.categoryCode().equals(i.level1Code()) ? "" : i.categoryName();
            rows.add(new Row(newLevel1 ? i.level1Name() : "", newCategory ? level2 : "", i));
            lastLevel1 = i.level1Code();
            lastCategory = i.categoryCode();
        }
        return rows;
    }
}
