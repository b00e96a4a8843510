package cn.nanchang.budgetflow.workflow;

/** Where a budget year's process waits (processes/budget-year.bpmn), for pages and checks. */
public enum YearStage {
    /** 一上: the sections' requests are coming in (multi-instance call activity). */
    ONE_UP_REQUESTS,
    /** 一上: all requests are in or excused; 财务 consolidates and the proposal goes up. */
    ONE_UP_PROPOSAL,
    /** 一下: waiting for the bureau's ceilings (控制数). */
    CEILINGS,
    /** 一下: 财务 splits the ceilings among the sections. */
    SPLIT,
    /** 一下: the director approves or returns the split. */
    SPLIT_APPROVAL,
    /** 二上: the sections' revised requests are coming in. */
    TWO_UP_REQUESTS,
    /** 二上: 财务 consolidates and the proposal goes up. */
    TWO_UP_PROPOSAL,
    /** 二下: waiting for the bureau's 批复. */
    APPROVAL,
    /** Approved: the disclosure is due 20 days after 批复. */
    DISCLOSURE,
    /** The year's process has ended: approved and published. */
    CLOSED
}
