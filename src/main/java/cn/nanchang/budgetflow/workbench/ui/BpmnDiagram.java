package cn.nanchang.budgetflow.workbench.ui;

import cn.nanchang.budgetflow.workflow.ProcessDiagram;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;

/**
 * A document's process drawn in the browser by bpmn-js (frontend/components/bpmn-diagram.ts):
 * the deployed model with completed steps and taken flows in green, the current step in blue
 * and overdue steps in red, with a legend and buttons to zoom in and out, fit and show 1:1.
 * Its texts come from the message bundle, keyed as the web component names them.
 */
@Tag("bpmn-diagram")
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@JsModule("./components/bpmn-diagram.ts")
public class BpmnDiagram extends Component implements HasSize {

    /** The web component's label names and the message keys of their texts. */
    private static final Map<String, String> LABEL_KEYS = Map.ofEntries(
        Map.entry("toolbar", "diagram.toolbar"),
        Map.entry("zoom-in", "diagram.zoomIn"), Map.entry("zoom-in.aria", "diagram.zoomIn.aria"),
        Map.entry("zoom-out", "diagram.zoomOut"), Map.entry("zoom-out.aria", "diagram.zoomOut.aria"),
        Map.entry("zoom-fit", "diagram.fit"), Map.entry("zoom-fit.aria", "diagram.fit.aria"),
        Map.entry("zoom-actual", "diagram.actualSize"), Map.entry("zoom-actual.aria", "diagram.actualSize.aria"),
        Map.entry("zoom", "diagram.zoom"), Map.entry("hint", "diagram.hint"), Map.entry("legend", "diagram.legend"),
        Map.entry("completed", "auditor.legend.completed"), Map.entry("current", "auditor.legend.current"),
        Map.entry("untouched", "diagram.legend.untouched"), Map.entry("overdue", "auditor.legend.overdue"));

    public BpmnDiagram(ProcessDiagram diagram) {
        setId("bpmn-diagram");
        getElement().setProperty("xml", diagram.bpmnXml());
        getElement().setAttribute("completed", ids(diagram.completed()));
        getElement().setAttribute("flows", ids(diagram.takenFlows()));
        getElement().setAttribute("current", ids(diagram.current()));
        getElement().setAttribute("overdue", ids(diagram.overdue()));
        getElement().setAttribute("process-key", diagram.processKey());
        getElement().setPropertyJson("labels", labels());
        setWidthFull();
    }

    private JsonObject labels() {
        JsonObject labels = Json.createObject();
        LABEL_KEYS.forEach((label, key) -> labels.put(label, getTranslation(key)));
        return labels;
    }

    private static String ids(Collection<String> ids) {
        return String.join(" ", new TreeSet<>(ids));
    }
}
