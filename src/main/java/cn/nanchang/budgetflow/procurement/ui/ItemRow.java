package cn.nanchang.budgetflow.procurement.ui;

import cn.nanchang.budgetflow.base.ui.BrowserDraft;
import cn.nanchang.budgetflow.base.ui.AmountField;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.procurement.FundingOption;
import cn.nanchang.budgetflow.procurement.OrganisationForm;
import cn.nanchang.budgetflow.procurement.ProcurementCategory;
import cn.nanchang.budgetflow.procurement.ProcurementLimits;
import cn.nanchang.budgetflow.procurement.ProcurementMethod;
import cn.nanchang.budgetflow.procurement.ProcurementPlanDetails;
import cn.nanchang.budgetflow.procurement.ProcurementPlanInput;
import cn.nanchang.budgetflow.document.ui.EditorRow;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One editable procurement item. The 不属于政府采购 flag and the justification field follow the
 * category, amount, method and catalogue as they are typed, with the limits of unit policy.
 */
class ItemRow extends VerticalLayout implements EditorRow {

    private final Select<ProcurementCategory> category = new Select<>();
    private final TextField name = new TextField();
    private final TextField quantity = new TextField();
    private final TextField unit = new TextField();
    private final AmountField amount = new AmountField(null);
    private final Select<ProcurementMethod> method = new Select<>();
    private final Select<OrganisationForm> form = new Select<>();
    private final Checkbox inCatalogue = new Checkbox();
    private final ComboBox<FundingOption> funding = new ComboBox<>();
    private final Select<YearMonth> startMonth = new Select<>();
    private final TextArea demandOverview = new TextArea();
    private final TextArea justification = new TextArea();
    private final Span flag = new Span();
    private final ProcurementLimits limits;
    /** Every line offered for the plan; the picker shows those that may pay for the chosen category. */
    private List<FundingOption> fundingOptions = List.of();

    ItemRow(ProcurementLimits limits, Runnable onChange, Consumer<ItemRow> onRemove) {
        this.limits = limits;
        addClassName("procurement-item");
        setPadding(false);
        setSpacing(false);
        setWidthFull();
        // items are long; a rule between them keeps each one's fields together for the eye
        getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding-bottom", "var(--lumo-space-m)");
        ItemRowFields.configure(this, category, name, quantity, unit, amount, method, form, inCatalogue, funding,
            startMonth, demandOverview, justification, limits);
        flag.setText(getTranslation("procurement.flag.outside"));
        flag.setTitle(getTranslation("procurement.flag.outsideHint"));
        flag.getElement().getThemeList().add("badge contrast");
        flag.addClassName("item-flag-outside");
        Button remove = new Button(getTranslation("procurement.removeItem"), e -> onRemove.accept(this));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClassName("item-remove");
        HorizontalLayout first = line(category, name, quantity, unit, amount, method, form);
        first.expand(name);
        HorizontalLayout second = line(funding, startMonth, inCatalogue, flag, remove);
        second.expand(funding);
        HorizontalLayout third = line(demandOverview, justification);
        third.expand(demandOverview, justification);
        add(first, second, third);
        List.<AbstractField<?, ?>>of(category, amount, method, inCatalogue)
            .forEach(f -> f.addValueChangeListener(e -> refreshRules()));
        List.<AbstractField<?, ?>>of(category, amount).forEach(f -> f.addValueChangeListener(e -> onChange.run()));
        category.addValueChangeListener(e -> showFunding());
        refreshRules();
    }

    private static HorizontalLayout line(com.vaadin.flow.component.Component... components) {
        HorizontalLayout line = new HorizontalLayout(components);
        line.setWidthFull();
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        return line;
    }

    /** The months of the plan's year and the lines that may fund its items; a chosen value survives if still offered. */
    void offer(List<YearMonth> months, List<FundingOption> options) {
        YearMonth month = startMonth.getValue();
        startMonth.setItems(months);
        if (month != null && months.contains(month)) {
            startMonth.setValue(month);
        }
        fundingOptions = options;
        showFunding();
    }

    /**
     * Offers only the lines whose economic class may pay for the chosen category (no salaries for
     * goods, works or services); a chosen line that no longer qualifies is cleared rather than kept,
     * and the field says so: a choice never disappears without a word.
     */
    private void showFunding() {
        FundingOption chosen = funding.getValue();
        ProcurementCategory c = category.getValue();
        List<FundingOption> shown = fundingOptions.stream().filter(o -> o.funds(c)).toList();
        funding.setItems(shown);
        funding.setHelperText(c != null && shown.isEmpty() && !fundingOptions.isEmpty()
            ? getTranslation("procurement.funding.noneForCategory") : null);
        if (chosen != null) {
            Optional<FundingOption> still = shown.stream().filter(o -> o.lineId() == chosen.lineId()).findFirst();
            still.ifPresent(funding::setValue);
            if (still.isEmpty() && c != null) {
                funding.setErrorMessage(getTranslation("procurement.funding.clearedForCategory", chosen.line().label(),
                    getTranslation(c.labelKey())));
                funding.setInvalid(true);
            }
        }
    }

    void fill(ProcurementPlanDetails.Item item) {
        category.setValue(item.category());
        name.setValue(item.name());
        quantity.setValue(item.quantity().stripTrailingZeros().toPlainString());
        unit.setValue(item.unit());
        amount.setValue(item.amount().toString());
        method.setValue(item.method());
        form.setValue(item.organisationForm());
        inCatalogue.setValue(item.inCatalogue());
        funding.getListDataView().getItems().filter(o -> o.lineId() == item.fundingLineId()).findFirst()
            .ifPresent(funding::setValue);
        startMonth.setValue(item.startMonth());
        demandOverview.setValue(item.demandOverview() == null ? "" : item.demandOverview());
        justification.setValue(item.methodChangeJustification() == null ? "" : item.methodChangeJustification());
        refreshRules();
    }

    /** Puts back an item as it was typed (an autosaved one); the category first, as it decides the funding offered. */
    void restore(ProcurementPlanInput.ItemInput item) {
        category.setValue(BrowserDraft.constant(ProcurementCategory.class, item.category()));
        name.setValue(Objects.toString(item.name(), ""));
        quantity.setValue(Objects.toString(item.quantity(), ""));
        unit.setValue(Objects.toString(item.unit(), ""));
        amount.setValue(Objects.toString(item.amount(), ""));
        method.setValue(BrowserDraft.constant(ProcurementMethod.class, item.method()));
        form.setValue(BrowserDraft.constant(OrganisationForm.class, item.organisationForm()));
        inCatalogue.setValue(Boolean.TRUE.equals(item.inCatalogue()));
        funding.getListDataView().getItems().filter(o -> item.fundingLineId() != null && o.lineId() == item.fundingLineId())
            .findFirst().ifPresent(funding::setValue);
        startMonth.getListDataView().getItems().filter(m -> m.toString().equals(item.startMonth())).findFirst()
            .ifPresent(startMonth::setValue);
        demandOverview.setValue(Objects.toString(item.demandOverview(), ""));
        justification.setValue(Objects.toString(item.methodChangeJustification(), ""));
        refreshRules();
    }

    ProcurementPlanInput.ItemInput input() {
        return new ProcurementPlanInput.ItemInput(
            category.getValue() == null ? null : category.getValue().name(), name.getValue(), quantity.getValue(),
            unit.getValue(), amount.getValue(), method.getValue() == null ? null : method.getValue().name(),
            form.getValue() == null ? null : form.getValue().name(), inCatalogue.getValue(),
            funding.getValue() == null ? null : funding.getValue().lineId(),
            startMonth.getValue() == null ? null : startMonth.getValue().toString(), demandOverview.getValue(),
            justification.isVisible() ? justification.getValue() : null);
    }

    /** Shows the flag and the justification field as the rules of the limits say for what is typed now. */
    private void refreshRules() {
        Money money = parsedAmount();
        ProcurementCategory c = category.getValue();
        boolean outside = c != null && money != null && limits.outsideGovernmentProcurement(c, money, inCatalogue.getValue());
        flag.setVisible(outside);
        justification.setVisible(limits.publicTenderApplies(c, money) && method.getValue() != null
            && method.getValue() != ProcurementMethod.PUBLIC_TENDER);
    }

    private Money parsedAmount() {
        return amount.money().orElse(null);
    }

    /** Marks the field named by a validation path suffix such as "amount". */
    @Override
    public void markInvalid(String field, String message) {
        HasValidation target = switch (field) {
            case "category" -> category;
            case "name" -> name;
            case "quantity" -> quantity;
            case "unit" -> unit;
            case "method" -> method;
            case "organisationForm" -> form;
            case "fundingLineId" -> funding;
            case "startMonth" -> startMonth;
            case "demandOverview" -> demandOverview;
            case "methodChangeJustification" -> justification;
            default -> amount;
        };
        target.setErrorMessage(message);
        target.setInvalid(true);
        if (target == justification) {
            justification.setVisible(true);
        }
    }

    @Override
    public void clearInvalid() {
        List.<HasValidation>of(category, name, quantity, unit, amount, method, form, funding, startMonth, demandOverview,
            justification).forEach(f -> f.setInvalid(false));
    }
}
