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
        addColumn(i -> getTranslation(i.category().labelKey())).setHeader(getTranslation("procurement.item.category")).setAutoWidth(true).setFlexGrow(0);
        addColumn(Item::name).setHeader(getTranslation("procurement.item.name")).setWidth("10em").setFlexGrow(2);
        addColumn(i -> i.quantity().stripTrailingZeros().toPlainString() + " " + i.unit())
            .setHeader(getTranslation("procurement.item.quantity")).setAutoWidth(true).setFlexGrow(0);
        addColumn(i -> Formats.wan(i.amount())).setHeader(getTranslation("procurement.item.amountWan"))
            .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        addColumn(i -> i.method().chineseName()).setHeader(getTranslation("procurement.item.method")).setAutoWidth(true).setFlexGrow(0);
        addColumn(i -> getTranslation(i.organisationForm().labelKey())
                + (i.inCatalogue() ? " · " + getTranslation("procurement.item.inCatalogueShort") : ""))
            .setHeader(getTranslation("procurement.item.form")).setAutoWidth(true).setFlexGrow(0);
        addColumn(this::funding).setHeader(getTranslation("procurement.item.fundingShort")).setWidth("10em").setFlexGrow(2);
        addColumn(i -> getTranslation("doctype.yearMonth", i.startMonth().getYear(), i.startMonth().getMonthValue()))
            .setHeader(getTranslation("procurement.item.startMonthShort")).setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(this::flag).setHeader(getTranslation("procurement.item.flag")).setAutoWidth(true).setFlexGrow(0);
        setItems(items);
    }

    /** "YS-2024-0001 第1行 30201 办公费": enough to recognise the line in a narrow column. */
    private String funding(Item item) {
        var line = item.fundingLine();
        return line == null ? String.valueOf(item.fundingLineId())
            : getTranslation("doctype.procurement.fundingShort", line.draftNumber(), line.lineNo(), line.economicCode(),
                line.economicName());
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
