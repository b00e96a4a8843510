package cn.nanchang.budgetflow.workflow;

/**
 * Backing constants of processes/unit-proposal-approval.bpmn: the unit's budget proposal
 * (单位预算建议数) of one round goes 主任办公会 → 中心主任 → 数据局. Review task IDs are those of
 * {@link BudgetDraftApproval} and {@link RoutedApproval}, so the shared steps serve it too.
 */
public final class UnitProposalApproval {

    public static final String PROCESS_KEY = "unit-proposal-approval";

    private UnitProposalApproval() {
    }
}
