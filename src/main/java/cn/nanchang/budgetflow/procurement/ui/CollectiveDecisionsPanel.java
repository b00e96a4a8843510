package cn.nanchang.budgetflow.procurement.ui;

import cn.nanchang.budgetflow.document.CollectiveDecision;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** The 主任办公会 decisions recorded on a document: date, attendees, minutes reference and outcome. */
class CollectiveDecisionsPanel extends Div {

    CollectiveDecisionsPanel(List<CollectiveDecision> decisions) {
        setId("collective-decisions");
        setWidthFull();
        add(new H3(getTranslation("procurement.collective")));
        for (CollectiveDecision d : decisions) {
            Div entry = new Div();
            entry.addClassName("collective-decision");
            entry.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
            entry.getElement().setAttribute("data-passed", String.valueOf(d.isPassed()));
            entry.add(field("procurement.collective.meetingDate", d.getMeetingDate().toString()),
                field("procurement.collective.attendees", d.getAttendees()),
                field("procurement.collective.minutes", d.getMinutesRef()),
                field("procurement.collective.outcome",
                    getTranslation(d.isPassed() ? "procurement.collective.passed" : "procurement.collective.notPassed")));
            if (d.getComment() != null) {
                entry.add(field("history.comment", d.getComment()));
            }
            add(entry);
        }
    }

    private Span field(String labelKey, String value) {
        Span span = new Span(getTranslation(labelKey) + "：" + value);
        span.addClassName("collective-field");
        return span;
    }
}
