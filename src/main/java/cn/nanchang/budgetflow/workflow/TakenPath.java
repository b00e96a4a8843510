package cn.nanchang.budgetflow.workflow;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * The path one process instance took through its model. The engine records activities, not
 * sequence flows, so a flow counts as taken when its target ran and its source is the activity
 * that finished most recently before that, among the target's possible sources. For the
 * single-token approval processes this is exact, loops (return and resubmit) included.
 */
record TakenPath(Set<String> completed, Set<String> flows, Set<String> current) {

    static TakenPath of(BpmnModelInstance model, List<HistoricActivityInstance> activities) {
        Set<String> completed = new HashSet<>();
        Set<String> current = new HashSet<>();
        Set<String> flows = new HashSet<>();
        for (int i = 0; i < activities.size(); i++) {
            HistoricActivityInstance target = activities.get(i);
            if (target.getEndTime() == null) {
                current.add(target.getActivityId());
            } else if (!target.isCanceled()) {
                completed.add(target.getActivityId());
            }
            if (model.getModelElementById(target.getActivityId()) instanceof FlowNode node) {
                SequenceFlow flow = incomingTaken(node, activities, i);
                if (flow != null) {
                    flows.add(flow.getId());
                }
            }
        }
        return new TakenPath(completed, flows, current);
    }

    /** The incoming flow whose source finished last before the target started, if any. */
    private static SequenceFlow incomingTaken(FlowNode node, List<HistoricActivityInstance> activities, int targetIndex) {
        HistoricActivityInstance target = activities.get(targetIndex);
        SequenceFlow best = null;
        long bestEnd = Long.MIN_VALUE;
        int bestIndex = -1;
        for (SequenceFlow flow : node.getIncoming()) {
            String source = flow.getSource().getId();
            for (int j = 0; j < activities.size(); j++) {
                HistoricActivityInstance candidate = activities.get(j);
                if (j == targetIndex || !candidate.getActivityId().equals(source) || candidate.getEndTime() == null
                        || candidate.getEndTime().after(target.getStartTime())) {
                    continue;
                }
                long end = candidate.getEndTime().getTime();
                if (end > bestEnd || (end == bestEnd && j > bestIndex)) {
                    best = flow;
                    bestEnd = end;
                    bestIndex = j;
                }
            }
        }
        return best;
    }
}
