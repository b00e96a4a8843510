package cn.nanchang.budgetflow.workflow.internal;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.policy.ThresholdKey;
import cn.nanchang.budgetflow.workflow.ProcessVariables;
import cn.nanchang.budgetflow.workflow.RoutedApproval;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The business rule task 判定审批路由: evaluates the approval-routing table with the document's
 * routing facts and the current thresholds, and sets the three result variables. Thresholds are
 * read at evaluation time, so an administrator's change applies to the next decision.
 */
public class DecideRoutingDelegate implements JavaDelegate {

    private final Supplier<Map<ThresholdKey, Money>> thresholds;

    public DecideRoutingDelegate(Supplier<Map<ThresholdKey, Money>> thresholds) {
        this.thresholds = thresholds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        VariableMap inputs = Variables.createVariables()
            .putValue(ProcessVariables.DOCUMENT_TYPE, execution.getVariable(ProcessVariables.DOCUMENT_TYPE))
            .putValue(ProcessVariables.AMOUNT_YUAN, execution.getVariable(ProcessVariables.AMOUNT_YUAN))
            .putValue(ProcessVariables.PROCUREMENT_METHOD, execution.getVariable(ProcessVariables.PROCUREMENT_METHOD))
            .putValue(ProcessVariables.METHOD_CHANGED, execution.getVariable(ProcessVariables.METHOD_CHANGED));
        thresholds.get().forEach((key, amount) -> inputs.putValue(key.name(), amount.yuan().doubleValue()));
        DmnDecisionRuleResult result = execution.getProcessEngineServices().getDecisionService()
            .evaluateDecisionTableByKey(RoutedApproval.ROUTING_DECISION_KEY, inputs).getSingleResult();
        execution.setVariable(ProcessVariables.COLLECTIVE_DECISION, result.getEntry(ProcessVariables.COLLECTIVE_DECISION));
        execution.setVariable(ProcessVariables.BUREAU_REVIEW, result.getEntry(ProcessVariables.BUREAU_REVIEW));
        execution.setVariable(ProcessVariables.ROUTING_REASON, result.getEntry(ProcessVariables.ROUTING_REASON));
    }
}
