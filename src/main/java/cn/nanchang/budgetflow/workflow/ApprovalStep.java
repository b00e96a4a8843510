package cn.nanchang.budgetflow.workflow;

import cn.nanchang.budgetflow.organization.Role;
import java.util.Arrays;
import java.util.Optional;

/** The user tasks of the approval route, with the role that works on each. */
public enum ApprovalStep {
    SECTION_HEAD_REVIEW(BudgetDraftApproval.TASK_SECTION_HEAD_REVIEW, Role.SECTION_HEAD),
    FINANCE_REVIEW(BudgetDraftApproval.TASK_FINANCE_REVIEW, Role.FINANCE),
    DIRECTOR_REVIEW(BudgetDraftApproval.TASK_DIRECTOR_REVIEW, Role.DIRECTOR),
    /** 主任办公会: the director records the collective decision (三重一大) where the routing table requires one. */
    COLLECTIVE_DECISION(RoutedApproval.TASK_COLLECTIVE_DECISION, Role.DIRECTOR),
    BUREAU_REVIEW(BudgetDraftApproval.TASK_BUREAU_REVIEW, Role.BUREAU),
    /** 加签审核: a reviewer a step's reviewer added before or after themselves (any reviewing role). */
    ADDED_SIGNER_REVIEW(BudgetDraftApproval.TASK_ADDED_SIGNER_REVIEW, null),
    /** The drafter revises a returned document and resubmits it. */
    REVISE(BudgetDraftApproval.TASK_REVISE_DRAFT, Role.STAFF);

    private final String taskKey;
    private final Role role;

    ApprovalStep(String taskKey, Role role) {
        this.taskKey = taskKey;
        this.role = role;
    }

    public String taskKey() {
        return taskKey;
    }

    public Role role() {
        return role;
    }

    public boolean isReview() {
        return this != REVISE;
    }

    public String labelKey() {
        return "step." + name();
    }

    public static Optional<ApprovalStep> ofTaskKey(String taskKey) {
        return Arrays.stream(values()).filter(s -> s.taskKey.equals(taskKey)).findFirst();
    }
}
