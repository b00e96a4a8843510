package cn.nanchang.budgetflow.workflow.internal;

import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.policy.ThresholdKey;
import cn.nanchang.budgetflow.workflow.BudgetAdjustmentApproval;
import cn.nanchang.budgetflow.workflow.ProcessVariables;
import cn.nanchang.budgetflow.workflow.RoutedApproval;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The routing decision table of a document's type (adjustment-routing for a budget adjustment,
 * approval-routing for the others), evaluated with a document's routing facts and the
 * thresholds in force: one place for the routing task of the models and the path preview.
 */
public final class RoutingTable {

    private RoutingTable() {
    }

    /**
     * The outputs (collectiveDecision, bureauReview, routingReason; for an adjustment also
     * financeBureauApproval) for these facts.
     *
     * @param facts documentType, amountYuan and the type's facts (procurementMethod and methodChanged, or
     *              adjustmentKind and scope), by variable name
     */
    public static Map<String, Object> decide(DecisionService decisions, Map<String, Object> facts,
            Map<ThresholdKey, Money> thresholds) {
        if (DocumentType.BUDGET_ADJUSTMENT.name().equals(facts.get(ProcessVariables.DOCUMENT_TYPE))) {
            return decideAdjustment(decisions, facts, thresholds);
        }
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

    private static Map<String, Object> decideAdjustment(DecisionService decisions, Map<String, Object> facts,
            Map<ThresholdKey, Money> thresholds) {
        VariableMap inputs = Variables.createVariables()
            .putValue(ProcessVariables.ADJUSTMENT_KIND, facts.get(ProcessVariables.ADJUSTMENT_KIND))
            .putValue(ProcessVariables.ADJUSTMENT_SCOPE, facts.get(ProcessVariables.ADJUSTMENT_SCOPE))
            .putValue(ProcessVariables.AMOUNT_YUAN, facts.get(ProcessVariables.AMOUNT_YUAN));
        thresholds.forEach((key, amount) -> inputs.putValue(key.name(), amount.yuan().doubleValue()));
        DmnDecisionRuleResult result = decisions
            .evaluateDecisionTableByKey(BudgetAdjustmentApproval.ROUTING_DECISION_KEY, inputs).getSingleResult();
        Map<String, Object> outputs = new HashMap<>();
        for (String name : new String[] {ProcessVariables.COLLECTIVE_DECISION, ProcessVariables.BUREAU_REVIEW,
                ProcessVariables.FINANCE_BUREAU_APPROVAL, ProcessVariables.ROUTING_REASON}) {
            outputs.put(name, result.getEntry(name));
        }
        return outputs;
    }
}
