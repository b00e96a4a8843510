package cn.nanchang.budgetflow.project.ui;

import cn.nanchang.budgetflow.project.IndicatorTree;
import cn.nanchang.budgetflow.project.ProjectApplicationDetails.Indicator;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Objects;

/**
 * The performance-target table read-only: the same {@link IndicatorSheet} as the editor, each
 * indicator as text under its 一级/二级 headings, 未填写 under a category without any. An indicator
 * whose category is no longer in the tree is still shown, under its own 二级 name at the end.
 */
class IndicatorTable extends Composite<IndicatorSheet> {

    private final IndicatorTree tree;
    private final List<Indicator> indicators;

    IndicatorTable(IndicatorTree tree, List<Indicator> indicators) {
        this.tree = tree;
        this.indicators = indicators;
        setId("indicator-table");
    }

    @Override
    protected IndicatorSheet initContent() {
        IndicatorSheet sheet = new IndicatorSheet(tree, false, (leaf, cell) -> {
            cell.setText(getTranslation("indicator.empty"));
            cell.getStyle().set("color", "var(--lumo-secondary-text-color)");
        });
        for (Indicator i : indicators) {
            Element row = new Element("tr");
            row.getClassList().add("indicator-row");
            row.setAttribute("data-category", i.categoryCode());
            for (String text : List.of(i.name(), i.direction().symbol(), i.targetValue(), Objects.toString(i.unit(), ""),
                    i.weight() == null ? "" : i.weight().stripTrailingZeros().toPlainString(), Objects.toString(i.note(), ""))) {
                row.appendChild(IndicatorSheet.cell("td", text));
            }
            if (sheet.hasCategory(i.categoryCode())) {
                sheet.insert(i.categoryCode(), row);
            } else {
                sheet.append(i.categoryName(), row);
            }
        }
        return sheet;
    }
}
