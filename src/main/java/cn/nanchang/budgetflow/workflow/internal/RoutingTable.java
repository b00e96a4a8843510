package cn.nanchang.budgetflow.workflow.internal;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.policy.ThresholdKey;
import cn.nanchang.budgetflow.workflow.ProcessVariables;
import cn.nanchang.budgetflow.workflow.RoutedApproval;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The approval-routing decision table, evaluated with a document's routing facts and the
 * thresholds in force: one place for the routing task of the models and the path preview.
 */
public final class RoutingTable {

    private RoutingTable() {
    }

    /**
     * The three outputs (collectiveDecision, bureauReview, routingReason) for these facts.
     *
     * @param facts documentType, amountYuan, procurementMethod and methodChanged, by variable name
     */
    public static Map<String, Object> decide(DecisionService decisions, Map<String, Object> facts,
            Map<ThresholdKey, Money> thresholds) {
        VariableMap inputs = Variables.createVariables()
            .putValue(ProcessVariables.DOCUMENT_TYPE, facts.get(ProcessVariables.DOCUMENT_TYPE))
            .putValue(ProcessVariables.AMOUNT_YUAN, facts.get(ProcessVariables.AMOUNT_YUAN))
            .putValue(ProcessVariables.PROCUREMENT_METHOD, facts.get(ProcessVariables.PROCUREMENT_METHOD))
            .putValue(ProcessVariables.METHOD_CHANGED, facts.get(ProcessVariables.METHOD_CHANGED));
        thresholds.forEach((key, amount) -> inputs.putValue(key.name(), amount.yuan().doubleValue()));
        DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey(RoutedApproval.ROUTING_DECISION_KEY, inputs)
            .getSingleResult();
        Map<String, Object> outputs = new HashMap<>();
        outputs.put(ProcessVariables.COLLECTIVE_DECISION, result.getEntry(ProcessVariables.COLLECTIVE_DECISION));
        outputs.put(ProcessVariables.BUREAU_REVIEW, result.getEntry(ProcessVariables.BUREAU_REVIEW));
        outputs.put(ProcessVariables.ROUTING_REASON, result.getEntry(ProcessVariables.ROUTING_REASON));
        return outputs;
    }
}
