package cn.nanchang.budgetflow.budgetyear.ui;

import cn.nanchang.budgetflow.budgetyear.BudgetYearDetails;
import cn.nanchang.budgetflow.budgetyear.BudgetYears;
import cn.nanchang.budgetflow.budgetyear.SplitDecisionInput;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.UnaryOperator;

/**
 * 审定分解: the director approves the split (on to 二上) or returns it to 财务 with a comment; the
 * split itself is on the page behind the dialog. A return without a comment is refused by the
 * service and the message shows on the comment.
 */
class SplitDecisionDialog extends Dialog {

    private static final int MAX_COMMENT = 2000;

    private final TextArea comment = new TextArea();

    SplitDecisionDialog(BudgetYears years, BudgetYearDetails year, UnaryOperator<String> names, Runnable reload) {
        setId("split-decision-dialog");
        setHeaderTitle(getTranslation("years.splitDecision.title"));
        comment.setId("split-decision-comment");
        comment.setLabel(getTranslation("years.splitDecision.comment"));
        comment.setMaxLength(MAX_COMMENT);
        comment.setWidth("32em");
        add(new SplitPanel("decision-split", year.split(), names), comment);
        setWidth("min(64rem, 96vw)");
        Button approve = new Button(getTranslation("years.splitDecision.approve"), e -> decide(years, year, true, reload));
        approve.setId("split-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button giveBack = new Button(getTranslation("years.splitDecision.return"), e -> decide(years, year, false, reload));
        giveBack.setId("split-return");
        giveBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("ops.cancel"), e -> close()), giveBack, approve);
    }

    private void decide(BudgetYears years, BudgetYearDetails year, boolean approved, Runnable reload) {
        comment.setInvalid(false);
        YearAction.run(() -> years.decideSplit(year.fiscalYear(), new SplitDecisionInput(approved, comment.getValue())),
            approved ? "years.splitDecision.approved" : "years.splitDecision.returned", () -> {
                close();
                reload.run();
            }, v -> {
                comment.setErrorMessage(v.message());
                comment.setInvalid(true);
            });
    }
}
