package cn.nanchang.budgetflow.approval.ui;

import cn.nanchang.budgetflow.approval.DocumentProgress;
import cn.nanchang.budgetflow.approval.PathStep;
import cn.nanchang.budgetflow.base.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;

/**
 * 审批进度 at the top of a document page, as 钉钉 and 飞书 show an approval: a vertical line of
 * steps, those done (who, when, their decision, opinion and signature), the one it waits at (who
 * holds it or which people may take it, since when, until when) and those still ahead (who will
 * handle them). Each step carries its state and step name as data attributes for styles and tests.
 */
public class ProgressTimeline extends Div {

    public ProgressTimeline(DocumentProgress progress) {
        setId("progress-timeline");
        addClassName("progress-timeline");
        add(new H3(getTranslation("progress.title")));
        progress.done().forEach(d -> add(done(d)));
        progress.current().forEach(c -> add(current(c)));
        progress.ahead().forEach(a -> add(ahead(a)));
        if (progress.current().isEmpty() && progress.ahead().isEmpty()) {
            add(line("progress-end", getTranslation("preview.nothingAhead")));
        }
    }

    private Div done(DocumentProgress.Done d) {
        String name = d.step() != null ? d.step().name() : d.action().name();
        Div step = step(name, "done", d.step() != null ? getTranslation(d.step().labelKey()) : getTranslation("progress.drafter"));
        Span decision = new Span(getTranslation(d.action().labelKey()));
        decision.addClassName("progress-decision");
        decision.getElement().getThemeList().add(switch (d.action()) {
            case APPROVE, SUBMIT, RESUBMIT, DELEGATE_RESOLVE -> "badge success";
            case RETURN, RETURN_TO_STEP, VOID, WITHDRAW, WITHDRAW_APPROVAL -> "badge error";
            default -> "badge";
        });
        step.add(line("progress-person", d.actorName(), decision, time(d.at())));
        if (d.details() != null) {
            step.add(line("progress-details", d.details()));
        }
        if (d.comment() != null) {
            step.add(line("progress-comment", "“" + d.comment() + "”"));
        }
        if (d.signature() != null) {
            Image signature = new Image(d.signature(), getTranslation("sheet.signature"));
            signature.addClassName("progress-signature");
            step.add(signature);
        }
        return step;
    }

    private Div current(DocumentProgress.Current c) {
        Div step = step(c.step().name(), "current", getTranslation(c.step().labelKey()));
        step.add(line("progress-holder", c.holder() != null ? getTranslation("progress.heldBy", c.holder())
            : getTranslation("progress.group", handlers(c.group()))));
        Div when = line("progress-since", getTranslation("progress.since", Formats.time(c.since())));
        if (c.due() != null) {
            Span due = new Span(getTranslation("progress.due", Formats.time(c.due())));
            due.addClassName("progress-due");
            when.add(due);
            if (c.overdue()) {
                Span overdue = new Span(getTranslation("progress.overdue"));
                overdue.addClassName("progress-overdue");
                overdue.getElement().getThemeList().add("badge error");
                when.add(overdue);
            }
        }
        step.add(when);
        return step;
    }

    private Div ahead(PathStep a) {
        Div step = step(a.step().name(), "ahead", getTranslation(a.step().labelKey()));
        step.add(line("progress-handlers", handlers(a.handlers())));
        return step;
    }

    private Div step(String name, String state, String title) {
        Div step = new Div();
        step.addClassNames("progress-step", "progress-" + state);
        step.getElement().setAttribute("data-step", name);
        step.getElement().setAttribute("data-state", state);
        Span heading = new Span(title);
        heading.addClassName("progress-name");
        Span badge = new Span(getTranslation("progress.state." + state));
        badge.addClassName("progress-state");
        step.add(new Div(heading, badge));
        return step;
    }

    private String handlers(List<String> names) {
        return names.isEmpty() ? getTranslation("preview.nobody") : String.join("、", names);
    }

    private static Span time(Instant at) {
        Span time = new Span(Formats.time(at));
        time.addClassName("progress-time");
        return time;
    }

    private static Div line(String className, String text, Component... more) {
        Div line = new Div(new Span(text));
        line.addClassName(className);
        line.add(more);
        return line;
    }
}
