package cn.nanchang.budgetflow.workflow;

import java.util.Set;

/**
 * A document's process model as deployed (BPMN 2.0 XML, with its diagram) and the state of its
 * latest approval on it, by element ID: activities completed, sequence flows taken, the current
 * steps and which of those are overdue. All sets are empty for a document never submitted.
 */
public record ProcessDiagram(String processKey, String processInstanceId, String bpmnXml, Set<String> completed,
        Set<String> takenFlows, Set<String> current, Set<String> overdue, boolean ended) {

    public ProcessDiagram {
        completed = Set.copyOf(completed);
        takenFlows = Set.copyOf(takenFlows);
        current = Set.copyOf(current);
        overdue = Set.copyOf(overdue);
    }
}
