package cn.nanchang.budgetflow.budgetyear.ui;

import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.workflow.YearStage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The year's four rounds as steps, 一上 → 一下 → 二上 → 二下: those behind are done, the current
 * one is marked and says where the year's process waits. A year whose process has ended shows
 * every step done.
 */
class RoundStepper extends Div {

    RoundStepper(BudgetRound current, YearStage stage) {
        setId("year-rounds");
        addClassName("year-rounds");
        getElement().setAttribute("role", "list");
        boolean closed = stage == YearStage.CLOSED;
        for (BudgetRound round : BudgetRound.values()) {
            Div step = new Div();
            step.addClassName("year-step");
            step.getElement().setAttribute("role", "listitem");
            step.getElement().setAttribute("data-round", round.name());
            String state = closed || round.ordinal() < current.ordinal() ? "done" : round == current ? "current" : "todo";
            step.addClassName("year-step-" + state);
            step.getElement().setAttribute("data-state", state);
            if ("current".equals(state)) {
                step.getElement().setAttribute("aria-current", "step");
            }
            Span name = new Span(getTranslation(round.labelKey()));
            name.addClassName("year-step-name");
            Span hint = new Span(getTranslation("years.round.hint." + round.name()));
            hint.addClassName("year-step-hint");
            step.add(name, hint);
            if (stage != null && ("current".equals(state) || closed && round == BudgetRound.APPROVED)) {
                Span where = new Span(getTranslation("budgetyear.stage." + stage.name()));
                where.setId("year-stage");
                where.addClassName("year-step-stage");
                step.add(where);
            }
            add(step);
        }
    }
}
