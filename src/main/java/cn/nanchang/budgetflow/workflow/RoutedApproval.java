package cn.nanchang.budgetflow.workflow;

/**
 * Backing constants shared by the two routed processes, processes/project-application-approval.bpmn
 * and processes/procurement-plan-approval.bpmn: the budget draft's route plus a routing decision
 * after the director, an optional collective decision (主任办公会) and an optional bureau review.
 * Review task IDs are the same as in {@link BudgetDraftApproval}, so one set of steps serves all.
 */
public final class RoutedApproval {

    public static final String PROJECT_PROCESS_KEY = "project-application-approval";
    public static final String PROCUREMENT_PROCESS_KEY = "procurement-plan-approval";
    public static final String ROUTING_DECISION_KEY = "approval-routing";

    public static final String START_EVENT = "StartEvent_Submitted";
    public static final String TASK_DECIDE_ROUTING = "Task_DecideRouting";
    public static final String TASK_COLLECTIVE_DECISION = "Task_CollectiveDecision";
    public static final String GATEWAY_BUREAU_NEEDED = "Gateway_BureauNeeded";
    public static final String END_APPROVED = "EndEvent_Approved";
    public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

    private RoutedApproval() {
    }
}
