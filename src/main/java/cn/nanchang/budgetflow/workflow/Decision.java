package cn.nanchang.budgetflow.workflow;

/** A reviewer's decision on a task. */
public enum Decision {
    /** 同意: pass the document to the next step. */
    APPROVE,
    /** 退回: send it back to its drafter, with a mandatory comment. */
    RETURN
}
