package cn.nanchang.budgetflow.budgetyear.ui;

import cn.nanchang.budgetflow.base.ui.DatePickers;
import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.budgetyear.BudgetYears;
import cn.nanchang.budgetflow.budgetyear.OpenYearInput;
import cn.nanchang.budgetflow.document.ui.FieldErrors;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 启动编制: 财务 opens a fiscal year with its calendar (一上 and 二上 deadlines) and 编制说明. The
 * service checks everything and names the field it refuses; the message is shown on that field.
 * Once opened, the year's page is shown.
 */
class OpenYearDialog extends Dialog {

    /** The service's limit on 编制说明, so that the field stops where the service would refuse. */
    private static final int MAX_INSTRUCTIONS = 2000;

    private final IntegerField year = new IntegerField();
    private final DatePicker oneUp;
    private final DatePicker twoUp;
    private final TextArea instructions = new TextArea();
    private final FieldErrors errors;

    OpenYearDialog(BudgetYears years, int suggestedYear) {
        setId("open-year-dialog");
        setHeaderTitle(getTranslation("years.open.title"));
        year.setId("open-year-year");
        year.setLabel(getTranslation("years.open.year"));
        year.setStepButtonsVisible(true);
        year.setValue(suggestedYear);
        oneUp = DatePickers.of("open-year-one-up", getTranslation("years.open.oneUpDeadline"));
        twoUp = DatePickers.of("open-year-two-up", getTranslation("years.open.twoUpDeadline"));
        instructions.setId("open-year-instructions");
        instructions.setLabel(getTranslation("years.open.instructions"));
        instructions.setMaxLength(MAX_INSTRUCTIONS);
        instructions.setWidth("36em");
        instructions.setMinHeight("8em");
        Div elsewhere = new Div();
        elsewhere.setId("open-year-error");
        elsewhere.addClassName("field-error");
        errors = new FieldErrors(elsewhere).field("fiscalYear", year)
            .field("deadlines." + BudgetRound.ONE_UP.name(), oneUp).field("deadlines." + BudgetRound.TWO_UP.name(), twoUp)
            .field("deadlines", oneUp).field("instructions", instructions);
        VerticalLayout form = new VerticalLayout(year, oneUp, twoUp, instructions, elsewhere);
        form.setPadding(false);
        add(form);
        Button confirm = new Button(getTranslation("years.open.confirm"), e -> open(years));
        confirm.setId("open-year-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("ops.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }

    private void open(BudgetYears years) {
        errors.clear();
        Integer fiscalYear = year.getValue();
        if (YearAction.run(() -> years.open(new OpenYearInput(fiscalYear, deadlines(), instructions.getValue())),
            "years.open.done", () -> { }, errors::show)) {
            close();
            UI.getCurrent().navigate("budget-years/" + fiscalYear);
        }
    }

    private Map<String, String> deadlines() {
        Map<String, String> deadlines = new LinkedHashMap<>();
        deadlines.put(BudgetRound.ONE_UP.name(), iso(oneUp.getValue()));
        deadlines.put(BudgetRound.TWO_UP.name(), iso(twoUp.getValue()));
        return deadlines;
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
