package cn.nanchang.budgetflow.ledger.ui;

import cn.nanchang.budgetflow.base.ui.AmountField;
import cn.nanchang.budgetflow.base.ui.DatePickers;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.base.ui.UiActions;
import cn.nanchang.budgetflow.ledger.IndicatorSummary;
import cn.nanchang.budgetflow.ledger.Indicators;
import cn.nanchang.budgetflow.ledger.PaymentInput;
import cn.nanchang.budgetflow.ledger.Payments;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;

/**
 * 登记支付: 财务 records one payment against an 指标 — amount in yuan, date, payee, summary, 公务卡,
 * and optionally the procurement item it settles (among those still frozen on the 指标). A refusal
 * shows on its field; the payment is stored only when every field is right.
 */
class PaymentDialog extends Dialog {

    private final ComboBox<IndicatorSummary> indicator = new ComboBox<>();
    private final AmountField amount = new AmountField(null);
    private final DatePicker paidOn = DatePickers.of("payment-date", getTranslation("ledger.payment.paidOn"));
    private final TextField payee = new TextField();
    private final TextField summary = new TextField();
    private final Checkbox officialCard = new Checkbox();
    private final ComboBox<Indicators.FrozenItem> item = new ComboBox<>();
    private final Div error = new Div();

    PaymentDialog(Indicators indicators, Payments payments, List<IndicatorSummary> choices, Runnable reload) {
        setId("payment-dialog");
        setHeaderTitle(getTranslation("ledger.payment.record"));
        setWidth("min(40rem, 98vw)");
        indicator.setId("payment-indicator");
        indicator.setLabel(getTranslation("ledger.payment.indicator"));
        indicator.setItems(choices);
        indicator.setItemLabelGenerator(i -> getTranslation("ledger.payment.indicatorLabel", String.valueOf(i.id()), i.sectionName(),
            i.functionCode(), i.economicCode(), i.projectCode() == null ? "" : i.projectCode(), i.available().formatYuan()));
        indicator.addValueChangeListener(e -> item.setItems(e.getValue() == null ? List.of() : indicators.frozenItems(e.getValue().id())));
        amount.setId("payment-amount");
        amount.setLabel(getTranslation("ledger.payment.amount"));
        payee.setId("payment-payee");
        payee.setLabel(getTranslation("ledger.payment.payee"));
        summary.setId("payment-summary");
        summary.setLabel(getTranslation("ledger.payment.summary"));
        officialCard.setId("payment-official-card");
        officialCard.setLabel(getTranslation("ledger.payment.officialCard"));
        item.setId("payment-item");
        item.setLabel(getTranslation("ledger.payment.item"));
        item.setClearButtonVisible(true);
        item.setItemLabelGenerator(f -> getTranslation("ledger.payment.itemLabel", f.documentNumber(), String.valueOf(f.itemId()),
            f.frozen().formatYuan()));
        error.setId("payment-error");
        error.addClassName("field-error");
        add(new FormLayout(indicator, amount, paidOn, payee, summary, officialCard, item), error);
        Button save = new Button(getTranslation("ledger.payment.save"), e -> save(payments, reload));
        save.setId("payment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("ledger.view.close"), e -> close());
        getFooter().add(cancel, save);
    }

    private void save(Payments payments, Runnable reload) {
        List.<HasValidation>of(indicator, amount, paidOn, payee, summary, item).forEach(f -> f.setInvalid(false));
        error.setText("");
        if (indicator.getValue() == null) {
            mark(indicator, getTranslation("ledger.payment.indicatorRequired"));
            return;
        }
        PaymentInput input = new PaymentInput(amount.getValue(), paidOn.getValue() == null ? null : paidOn.getValue().toString(),
            payee.getValue(), summary.getValue(), officialCard.getValue(), item.getValue() == null ? null : item.getValue().itemId());
        try {
            boolean done = UiActions.run(() -> payments.record(indicator.getValue().id(), input), "ledger.payment.saved", reload);
            if (done) {
                close();
            }
        } catch (ValidationException invalid) {
            Map<String, HasValidation> fields = Map.<String, HasValidation>of("amount", amount, "paidOn", paidOn, "payee", payee, "summary", summary,
                "procurementItemId", item);
            for (FieldViolation v : invalid.violations()) {
                HasValidation field = fields.get(v.field());
                if (field != null) {
                    mark(field, v.message());
                } else {
                    error.setText(v.message());
                }
            }
            UiActions.notify(invalid.violations().get(0).message(), NotificationVariant.LUMO_ERROR);
        }
    }

    private static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
