package cn.nanchang.budgetflow.base;

/** Where a document stands. It changes only through the approval process. */
public enum DocumentStatus {
    /** 草稿: being written or withdrawn; editable. */
    DRAFT,
    /** 审批中: in the hands of a reviewer. */
    IN_REVIEW,
    /** 已退回: returned to its drafter for revision; editable. */
    RETURNED,
    /**
     * 财务已审核: a section's request of a budget year, passed by its 科长 and 财务 and waiting for
     * the unit's consolidation and the bureau's 批复; locked. The 二上 request becomes APPROVED at 批复.
     */
    ACCEPTED,
    /** 已批复: approved by the data bureau; locked. */
    APPROVED,
    /** 已作废: voided by its drafter, with a reason; its approval ended for good; locked. */
    VOIDED;

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Nothing more happens to the document: approved or voided. */
    public boolean isFinal() {
        return this == APPROVED || this == VOIDED;
    }

    public String labelKey() {
        return "document.status." + name();
    }
}
