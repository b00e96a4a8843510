package cn.nanchang.budgetflow.audit;

/** What happened. The Chinese names are in the message bundle under audit.action.*. */
public enum AuditAction {
    CREATE, EDIT, SUBMIT, RESUBMIT, WITHDRAW, CLAIM, UNCLAIM, APPROVE, RETURN, COLLECTIVE_DECISION,
    LOGIN, LOGIN_FAILED, LOGOUT, POLICY_CHANGE,
    /** An auditor downloaded search results or a document's timeline (format, scope and row count in the details). */
    EXPORT, ACCESS_DENIED,
    /** An administrator's change of an account (who was changed is in the details; the values in the field changes). */
    USER_CREATED, USER_CHANGED, USER_DISABLED, USER_ENABLED, USER_PASSWORD_RESET,
    /** Budget disclosure (预算公开): 综合科 submits, the director approves or returns, publication, a download. */
    DISCLOSURE_PREPARE, DISCLOSURE_APPROVE, DISCLOSURE_RETURN, DISCLOSURE_PUBLISH, DISCLOSURE_EXPORT,
    /** 退回 to an earlier review step rather than to the drafter; the target step is in the details. */
    RETURN_TO_STEP,
    /** 撤回: an approver took back their approval before the next step took the document up. */
    WITHDRAW_APPROVAL,
    /** 作废: the drafter voided the document; the reason is the comment. */
    VOID,
    /** 抄送: someone copied people in on the document; who, in the details. */
    CC,
    /** Too many failed sign-ins locked a username (the actor); the details say until when. */
    LOGIN_LOCKED,
    /** An administrator (the actor) lifted a username's sign-in lock; the details name the username. */
    LOGIN_UNLOCKED,
    /** 转办: the holder of a review task handed it to another member of its group; who, in the details. */
    TRANSFER,
    /** 委派: the holder delegated a review task; the delegate is named in the details. */
    DELEGATE,
    /** The delegate handed a delegated task back to its owner with their opinion (the comment). */
    DELEGATE_RESOLVE,
    /** 代理审批: a reviewer named a proxy for a date range (who and when in the details, the reason as comment). */
    PROXY_NAMED,
    /** A reviewer cancelled a proxy they had named. */
    PROXY_CANCELLED,
    /** 加签: a reviewer added a signer before or after themselves (which, and who, in the details). */
    ADD_SIGNER,
    /** 减签: the reviewer who added a signer took them out before they acted. */
    REMOVE_SIGNER;

    public String labelKey() {
        return "audit.action." + name();
    }
}
