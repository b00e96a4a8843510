package cn.nanchang.budgetflow.workflow.internal;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.policy.ThresholdKey;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

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
        execution.setVariables(RoutingTable.decide(execution.getProcessEngineServices().getDecisionService(),
            execution.getVariables(), thresholds.get()));
    }
}
