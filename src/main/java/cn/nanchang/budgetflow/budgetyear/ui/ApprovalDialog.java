package cn.nanchang.budgetflow.budgetyear.ui;

import cn.nanchang.budgetflow.base.ui.AmountField;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budgetyear.ApprovableLine;
import cn.nanchang.budgetflow.budgetyear.ApprovalInput;
import cn.nanchang.budgetflow.budgetyear.BudgetYears;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 批复: the bureau records its approval, the 文号 and date, and the lines of the 二上 requests it
 * cuts, each with the approved amount in yuan and the reason; a line left blank is approved as
 * requested. The approved total follows the cuts in 万元. Refusals show on the field, a cut's on
 * its line.
 */
class ApprovalDialog extends Dialog {

    private static final Pattern CUT_FIELD = Pattern.compile("cuts\\[(\\d+)]\\.(\\w+)");
    private static final int MAX_REASON = 500;

    private final BureauDocumentFields document = new BureauDocumentFields("approval");
    private final Map<Long, Cut> cuts = new LinkedHashMap<>();
    private final Span totals = new Span();
    private final Div elsewhere = new Div();
    private final List<ApprovableLine> lines;
    private List<Cut> sent = List.of();

    /** The two fields of a line's cut. */
    private record Cut(ApprovableLine line, AmountField amount, TextField reason) {
    }

    ApprovalDialog(BudgetYears years, int fiscalYear, List<ApprovableLine> lines, Runnable reload) {
        this.lines = lines;
        setId("approval-dialog");
        setHeaderTitle(getTranslation("years.approval.title", String.valueOf(fiscalYear)));
        setWidth("min(90rem, 98vw)");
        lines.forEach(l -> cuts.put(l.lineId(), cut(l)));
        totals.setId("approval-totals");
        refreshTotals();
        elsewhere.setId("approval-error");
        elsewhere.addClassName("field-error");
        add(new VerticalLayout(document, new H4(getTranslation("years.approval.lines")),
            new Span(getTranslation("years.approval.hint")), grid(), totals, elsewhere));
        Button confirm = new Button(getTranslation("years.approval.confirm"), e -> record(years, fiscalYear, reload));
        confirm.setId("approval-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("ops.cancel"), e -> close()), confirm);
    }

    private Cut cut(ApprovableLine line) {
        AmountField amount = AmountField.zeroAllowed(null).withId("cut-amount-" + line.lineId());
        amount.getElement().setAttribute("aria-label", getTranslation("years.approval.approvedAmount"));
        amount.addValueChangeListener(e -> refreshTotals());
        TextField reason = new TextField();
        reason.setId("cut-reason-" + line.lineId());
        reason.getElement().setAttribute("aria-label", getTranslation("years.approval.reason"));
        reason.setMaxLength(MAX_REASON);
        reason.setWidth("14em");
        return new Cut(line, amount, reason);
    }

    private Grid<ApprovableLine> grid() {
        Grid<ApprovableLine> grid = new Grid<>();
        grid.setId("approval-lines");
        grid.setAllRowsVisible(true);
        grid.addColumn(ApprovableLine::sectionName).setHeader(getTranslation("common.section")).setAutoWidth(true);
        grid.addColumn(l -> l.requestNumber() + " #" + l.lineNo()).setHeader(getTranslation("years.sections.request")).setAutoWidth(true);
        grid.addColumn(l -> getTranslation(l.kind().labelKey())).setHeader(getTranslation("draft.kind")).setAutoWidth(true);
        grid.addColumn(l -> l.functionCode() + " " + l.functionName()).setHeader(getTranslation("draft.functionCode")).setAutoWidth(true);
        grid.addColumn(l -> l.economicCode() + " " + l.economicName()).setHeader(getTranslation("draft.economicCode")).setAutoWidth(true);
        grid.addColumn(l -> l.projectCode() == null ? "" : l.projectCode() + " " + l.projectName())
            .setHeader(getTranslation("draft.project")).setAutoWidth(true);
        grid.addColumn(l -> l.amount().formatYuan()).setHeader(getTranslation("years.approval.requested"))
            .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(l -> cuts.get(l.lineId()).amount()).setHeader(getTranslation("years.approval.approvedAmount"))
            .setAutoWidth(true);
        grid.addComponentColumn(l -> cuts.get(l.lineId()).reason()).setHeader(getTranslation("years.approval.reason"))
            .setAutoWidth(true);
        grid.setItems(lines);
        grid.setEmptyStateText(getTranslation("years.approval.noLines"));
        return grid;
    }

    /** Requested and approved totals in 万元; a blank or unreadable cut counts as approved as requested. */
    private void refreshTotals() {
        Money requested = Money.ZERO;
        Money approved = Money.ZERO;
        for (Cut c : cuts.values()) {
            requested = requested.plus(c.line().amount());
            approved = approved.plus(c.amount().money().orElse(c.line().amount()));
        }
        totals.setText(getTranslation("years.approval.totals", requested.formatWanYuan(), approved.formatWanYuan()));
    }

    private void record(BudgetYears years, int fiscalYear, Runnable reload) {
        clearErrors();
        sent = cuts.values().stream().filter(c -> !c.amount().isEmpty() || !c.reason().getValue().isBlank()).toList();
        ApprovalInput input = new ApprovalInput(document.ref(), document.isoDate(),
            sent.stream().map(c -> new ApprovalInput.CutInput(c.line().lineId(), c.amount().getValue(), c.reason().getValue()))
                .toList());
        YearAction.run(() -> years.recordApproval(fiscalYear, input), "years.approval.done", () -> {
            close();
            reload.run();
        }, this::show);
    }

    private void show(FieldViolation v) {
        Matcher m = CUT_FIELD.matcher(v.field());
        if (m.matches() && Integer.parseInt(m.group(1)) < sent.size()) {
            Cut cut = sent.get(Integer.parseInt(m.group(1)));
            HasValidation field = "reason".equals(m.group(2)) ? cut.reason() : cut.amount();
            field.setErrorMessage(v.message());
            field.setInvalid(true);
        } else if (!document.show(v)) {
            elsewhere.setText(v.message());
        }
    }

    private void clearErrors() {
        elsewhere.setText("");
        document.clear();
        cuts.values().forEach(c -> {
            c.amount().setInvalid(false);
            c.reason().setInvalid(false);
        });
    }
}
