package cn.nanchang.budgetflow.budgetyear.ui;

import cn.nanchang.budgetflow.base.ui.AmountField;
import cn.nanchang.budgetflow.budgetyear.ConsolidationLine;
import cn.nanchang.budgetflow.budgetyear.UnitProposalInput.CutInput;
import cn.nanchang.budgetflow.document.ui.EditorRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * One request line in the editor: where it comes from, its codes and the amount requested, with
 * the cut column: the amount proposed instead and the reason. Left empty, the line goes up as requested.
 */
class CutRow extends HorizontalLayout implements EditorRow {

    private final ConsolidationLine line;
    private final AmountField amount = AmountField.zeroAllowed(null);
    private final TextField reason = new TextField();

    CutRow(ConsolidationLine line, Runnable onChange) {
        this.line = line;
        addClassName("cut-row");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        Span source = new Span(line.draftNumber() + " #" + line.lineNo());
        source.addClassName("cut-source");
        Span codes = new Span(line.functionCode() + " " + line.functionName() + "｜" + line.economicCode() + " "
            + line.economicName() + "｜" + getTranslation(line.kind().labelKey())
            + (line.projectCode() == null ? "" : "｜" + line.projectCode() + " " + line.projectName()));
        codes.addClassName("cut-codes");
        codes.setWidth("34em");
        Span requested = new Span(getTranslation("proposal.requested") + " " + line.requested().formatYuan());
        requested.addClassName("cut-requested");
        amount.setLabel(getTranslation("proposal.cutAmount"));
        amount.setPlaceholder(getTranslation("proposal.notCut"));
        amount.addClassName("cut-amount");
        amount.setWidth("11em");
        amount.setValueChangeMode(ValueChangeMode.ON_BLUR);
        amount.addValueChangeListener(e -> onChange.run());
        reason.setLabel(getTranslation("proposal.cutReason"));
        reason.addClassName("cut-reason");
        reason.setWidth("20em");
        reason.setMaxLength(500);
        add(source, codes, requested, amount, reason);
    }

    void fill(ConsolidationLine stored) {
        if (stored.isCut()) {
            amount.setValue(stored.proposed().toString());
            reason.setValue(stored.cutReason() == null ? "" : stored.cutReason());
        }
    }

    /** Whether 财务 typed anything into the cut column of this line. */
    boolean isCut() {
        return !amount.getValue().isBlank() || !reason.getValue().isBlank();
    }

    CutInput input() {
        return new CutInput(line.draftId(), line.lineNo(), amount.getValue(), reason.getValue());
    }

    @Override
    public void markInvalid(String field, String message) {
        TextField target = "reason".equals(field) ? reason : amount;
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    @Override
    public void clearInvalid() {
        amount.setInvalid(false);
        reason.setInvalid(false);
    }
}
