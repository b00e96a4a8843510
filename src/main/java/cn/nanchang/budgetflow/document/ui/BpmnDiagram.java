package cn.nanchang.budgetflow.document.ui;

import cn.nanchang.budgetflow.workflow.ProcessDiagram;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Collection;
import java.util.TreeSet;

/**
 * A document's process drawn in the browser by bpmn-js (frontend/components/bpmn-diagram.ts):
 * the deployed model with completed steps and taken flows in green, the current step in blue
 * and overdue steps in red.
 */
@Tag("bpmn-diagram")
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@JsModule("./components/bpmn-diagram.ts")
public class BpmnDiagram extends Component implements HasSize {

    public BpmnDiagram(ProcessDiagram diagram) {
        setId("bpmn-diagram");
        getElement().setProperty("xml", diagram.bpmnXml());
        getElement().setAttribute("completed", ids(diagram.completed()));
        getElement().setAttribute("flows", ids(diagram.takenFlows()));
        getElement().setAttribute("current", ids(diagram.current()));
        getElement().setAttribute("overdue", ids(diagram.overdue()));
        getElement().setAttribute("process-key", diagram.processKey());
        setWidthFull();
    }

    private static String ids(Collection<String> ids) {
        return String.join(" ", new TreeSet<>(ids));
    }
}
