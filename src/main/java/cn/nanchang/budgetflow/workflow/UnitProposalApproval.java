package cn.nanchang.budgetflow.workflow;

/**
 * Backing constants of processes/unit-proposal-approval.bpmn: the unit's budget proposal
 * (单位预算建议数) of one round goes 主任办公会 → 中心主任 → 数据局. Review task IDs are those of
 * {@link BudgetDraftApproval} and {@link RoutedApproval}, so the shared steps serve it too; so are
 * the IDs of the return, resubmission and 加签 elements and the messages.
 */
public final class UnitProposalApproval {

    public static final String PROCESS_KEY = "unit-proposal-approval";

    public static final String START_EVENT = "StartEvent_Submitted";
    /** The first step: the proposal is withdrawable while the meeting has not decided. */
    public static final String TASK_COLLECTIVE_DECISION = RoutedApproval.TASK_COLLECTIVE_DECISION;
    public static final String GATEWAY_COLLECTIVE_OUTCOME = "Gateway_CollectiveOutcome";
    public static final String END_APPROVED = "EndEvent_Approved";
    public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

    private UnitProposalApproval() {
    }
}
