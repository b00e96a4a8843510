package cn.nanchang.budgetflow.workflow;

/**
 * Backing constants of processes/budget-adjustment-approval.bpmn and processes/adjustment-routing.dmn:
 * a 调剂, 追加 or 追减 goes 科长 → 财务 → 中心主任 → [主任办公会] → [数据局], like a procurement
 * plan, but its routing task reads its own table, decided on the adjustment's kind, scope and
 * amount. Review, return, resubmission, 加签 and withdrawal use the element IDs of {@link
 * RoutedApproval} and {@link BudgetDraftApproval}, so the shared steps serve it unchanged.
 */
public final class BudgetAdjustmentApproval {

    public static final String PROCESS_KEY = "budget-adjustment-approval";
    public static final String ROUTING_DECISION_KEY = "adjustment-routing";

    public static final String START_EVENT = "StartEvent_Submitted";
    public static final String TASK_DECIDE_ROUTING = RoutedApproval.TASK_DECIDE_ROUTING;
    public static final String TASK_COLLECTIVE_DECISION = RoutedApproval.TASK_COLLECTIVE_DECISION;
    public static final String GATEWAY_BUREAU_NEEDED = RoutedApproval.GATEWAY_BUREAU_NEEDED;
    public static final String END_APPROVED = RoutedApproval.END_APPROVED;
    public static final String END_WITHDRAWN = RoutedApproval.END_WITHDRAWN;

    private BudgetAdjustmentApproval() {
    }
}
