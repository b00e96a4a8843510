package cn.nanchang.budgetflow.document.ui;

import cn.nanchang.budgetflow.document.DocumentPathPreview;
import cn.nanchang.budgetflow.document.PathStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** 流程预测: the steps still ahead of the document if everyone approves, with who will handle each. */
class PathPreviewPanel extends Div {

    PathPreviewPanel(long documentId, DocumentPathPreview preview) {
        setId("path-preview");
        setWidthFull();
        add(new H3(getTranslation("preview.title")));
        List<PathStep> steps = preview.ahead(documentId);
        if (steps.isEmpty()) {
            add(new Span(getTranslation("preview.nothingAhead")));
            return;
        }
        OrderedList list = new OrderedList();
        for (PathStep step : steps) {
            ListItem item = new ListItem(getTranslation(step.step().labelKey()) + "：" + (step.handlers().isEmpty()
                ? getTranslation("preview.nobody") : String.join("、", step.handlers())));
            item.addClassName("path-step");
            item.getElement().setAttribute("data-step", step.step().name());
            if (step.current()) {
                Span current = new Span(getTranslation("preview.current"));
                current.getElement().getThemeList().add("badge");
                current.getStyle().set("margin-left", "var(--lumo-space-s)");
                item.add(current);
                item.addClassName("path-step-current");
            }
            list.add(item);
        }
        add(list);
    }
}
