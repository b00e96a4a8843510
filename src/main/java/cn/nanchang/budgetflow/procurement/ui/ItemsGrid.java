package cn.nanchang.budgetflow.procurement.ui;

import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.procurement.ProcurementPlanDetails.Item;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** A plan's items read-only, with the funding line and the 不属于政府采购 flag. */
class ItemsGrid extends Grid<Item> {

    ItemsGrid(List<Item> items) {
        setId("items-grid");
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(Item::itemNo).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        addColumn(i -> getTranslation(i.category().labelKey())).setHeader(getTranslation("procurement.item.category")).setAutoWidth(true);
        addColumn(Item::name).setHeader(getTranslation("procurement.item.name")).setFlexGrow(2);
        addColumn(i -> i.quantity().stripTrailingZeros().toPlainString() + " " + i.unit())
            .setHeader(getTranslation("procurement.item.quantity")).setAutoWidth(true);
        addColumn(i -> i.amount().formatYuan()).setHeader(getTranslation("procurement.item.amount"))
            .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(i -> Formats.wan(i.amount())).setHeader(getTranslation("common.wanyuan"))
            .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(i -> i.method().chineseName()).setHeader(getTranslation("procurement.item.method")).setAutoWidth(true);
        addColumn(i -> getTranslation(i.organisationForm().labelKey())).setHeader(getTranslation("procurement.item.form")).setAutoWidth(true);
        addColumn(i -> getTranslation(i.inCatalogue() ? "procurement.yes" : "procurement.no"))
            .setHeader(getTranslation("procurement.item.inCatalogue")).setAutoWidth(true);
        addColumn(i -> i.fundingLine() == null ? String.valueOf(i.fundingLineId()) : i.fundingLine().label())
            .setHeader(getTranslation("procurement.item.funding")).setFlexGrow(2);
        addColumn(i -> i.startMonth().getYear() + "年" + i.startMonth().getMonthValue() + "月")
            .setHeader(getTranslation("procurement.item.startMonth")).setAutoWidth(true);
        addComponentColumn(this::flag).setHeader(getTranslation("common.status")).setAutoWidth(true);
        if (items.stream().anyMatch(i -> i.methodChangeJustification() != null)) {
            addColumn(Item::methodChangeJustification).setHeader(getTranslation("procurement.item.justification")).setFlexGrow(2);
        }
        setItems(items);
    }

    private Component flag(Item item) {
        Span flag = new Span();
        if (item.outsideGovernmentProcurement()) {
            flag.setText(getTranslation("procurement.flag.outside"));
            flag.setTitle(getTranslation("procurement.flag.outsideHint"));
            flag.getElement().getThemeList().add("badge contrast");
            flag.addClassName("item-flag-outside");
            flag.getElement().setAttribute("data-item-no", String.valueOf(item.itemNo()));
        }
        return flag;
    }
}
