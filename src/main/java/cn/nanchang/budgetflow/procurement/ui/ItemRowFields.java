package cn.nanchang.budgetflow.procurement.ui;

import cn.nanchang.budgetflow.base.ui.AmountField;
import cn.nanchang.budgetflow.base.ui.Formats;
import cn.nanchang.budgetflow.procurement.FundingOption;
import cn.nanchang.budgetflow.procurement.OrganisationForm;
import cn.nanchang.budgetflow.procurement.ProcurementCategory;
import cn.nanchang.budgetflow.procurement.ProcurementLimits;
import cn.nanchang.budgetflow.procurement.ProcurementMethod;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.YearMonth;

/** Labels, widths, choices and class names of an item's fields, kept apart from the row's behaviour. */
final class ItemRowFields {

    private ItemRowFields() {
    }

    @SuppressWarnings("java:S107")
    static void configure(Component row, Select<ProcurementCategory> category, TextField name, TextField quantity,
            TextField unit, AmountField amount, Select<ProcurementMethod> method, Select<OrganisationForm> form,
            Checkbox inCatalogue, ComboBox<FundingOption> funding, Select<YearMonth> startMonth, TextArea demandOverview,
            TextArea justification, ProcurementLimits limits) {
        category.setLabel(row.getTranslation("procurement.item.category"));
        category.setItems(ProcurementCategory.values());
        category.setItemLabelGenerator(c -> row.getTranslation(c.labelKey()));
        category.addClassName("item-category");
        category.setWidth("7em");
        name.setLabel(row.getTranslation("procurement.item.name"));
        name.setMaxLength(200);
        name.addClassName("item-name");
        quantity.setLabel(row.getTranslation("procurement.item.quantity"));
        quantity.setAllowedCharPattern("[0-9.]");
        quantity.addClassName("item-quantity");
        quantity.setWidth("6em");
        unit.setLabel(row.getTranslation("procurement.item.unit"));
        unit.setMaxLength(20);
        unit.addClassName("item-unit");
        unit.setWidth("5em");
        amount.setLabel(row.getTranslation("procurement.item.amount"));
        amount.addClassName("item-amount");
        amount.setWidth("10em");
        method.setLabel(row.getTranslation("procurement.item.method"));
        method.setItems(ProcurementMethod.values());
        method.setItemLabelGenerator(ProcurementMethod::chineseName);
        method.addClassName("item-method");
        method.setWidth("9em");
        form.setLabel(row.getTranslation("procurement.item.form"));
        form.setItems(OrganisationForm.values());
        form.setItemLabelGenerator(f -> row.getTranslation(f.labelKey()));
        form.addClassName("item-form");
        form.setWidth("8em");
        inCatalogue.setLabel(row.getTranslation("procurement.item.inCatalogue"));
        inCatalogue.addClassName("item-in-catalogue");
        funding.setLabel(row.getTranslation("procurement.item.funding"));
        funding.setItemLabelGenerator(o -> row.getTranslation("doctype.procurement.fundingOption", o.line().label(),
            Formats.wan(o.line().amount()), row.getTranslation("procurement.item.fundingAvailable", Formats.wan(o.available()))));
        funding.addClassName("item-funding");
        funding.setMinWidth("28em");
        startMonth.setLabel(row.getTranslation("procurement.item.startMonth"));
        startMonth.setItemLabelGenerator(m -> row.getTranslation("doctype.yearMonth", m.getYear(), m.getMonthValue()));
        startMonth.addClassName("item-start-month");
        startMonth.setWidth("9em");
        demandOverview.setLabel(row.getTranslation("procurement.item.demandOverview"));
        demandOverview.setMaxLength(1000);
        demandOverview.addClassName("item-demand-overview");
        justification.setLabel(row.getTranslation("procurement.item.justification"));
        justification.setHelperText(row.getTranslation("procurement.item.justificationHint", limits.publicTender().formatWanYuan()));
        justification.setMaxLength(2000);
        justification.addClassName("item-justification");
    }
}
