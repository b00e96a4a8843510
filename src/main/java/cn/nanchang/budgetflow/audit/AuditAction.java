package cn.nanchang.budgetflow.audit;

/** What happened. The Chinese names are in the message bundle under audit.action.*. */
public enum AuditAction {
    CREATE, EDIT, SUBMIT, RESUBMIT, WITHDRAW, CLAIM, UNCLAIM, APPROVE, RETURN, COLLECTIVE_DECISION,
    LOGIN, LOGIN_FAILED, LOGOUT, POLICY_CHANGE,
    /** An auditor downloaded search results or a document's timeline (format, scope and row count in the details). */
    EXPORT, ACCESS_DENIED,
    /** An administrator's change of an account (who was changed is in the details; the values in the field changes). */
    USER_CREATED, USER_CHANGED, USER_DISABLED, USER_ENABLED, USER_PASSWORD_RESET,
    /** A person replaced the one-time initial password of an imported account with their own (never the password itself). */
    USER_PASSWORD_CHANGED,
    /** An administrator's change of a section in 科室管理 (which one is in the details; the values in the field changes). */
    SECTION_CREATED, SECTION_CHANGED, SECTION_DISABLED, SECTION_ENABLED, SECTION_DELETED,
    /** Budget disclosure (预算公开): 综合科 submits, the director approves or returns, publication, a download. */
    DISCLOSURE_PREPARE, DISCLOSURE_APPROVE, DISCLOSURE_RETURN, DISCLOSURE_PUBLISH, DISCLOSURE_EXPORT,
    /** 财务 edited a year's disclosure texts (单位概况, reasons, 名词解释…); the values in the field changes. */
    DISCLOSURE_TEXT_EDIT,
    /** 退回 to an earlier review step rather than to the drafter; the target step is in the details. */
    RETURN_TO_STEP,
    /** 撤回: an approver took back their approval before the next step took the document up. */
    WITHDRAW_APPROVAL,
    /** 作废: the drafter voided the document; the reason is the comment. */
    VOID,
    /** 抄送: someone copied people in on the document; who, in the details. */
    CC,
    /** Too many failed sign-ins stopped a client address for every name (issue 12 §2; before it, a username); the details say which and until when. */
    LOGIN_LOCKED,
    /** An administrator or the operator's command (the actor) lifted the sign-in throttle of the username or address in the details. */
    LOGIN_UNLOCKED,
    /**
     * The audit chain's own entry: from here on entries are sealed with the key and suite in the
     * details (fingerprint, public key); written at the first start with a key, at each rotation
     * and switch of suite. Over the current head, so older entries are covered without a rewrite.
     */
    AUDIT_KEY,
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
    REMOVE_SIGNER,
    /** 催办: the drafter chased the handlers of the open step; the message is the comment, the step and count in the details. */
    CHASE,
    /** A user drew (or redrew) their handwritten signature; its size in the details. */
    SIGNATURE_SAVED,
    /** A user cleared their handwritten signature. */
    SIGNATURE_CLEARED,
    /** 编制启动: 财务 opened a fiscal year's preparation (the year, deadlines and instructions in the changes). */
    BUDGET_YEAR_OPEN,
    /** 财务 proceeded without a section's request of a round (不等待该科室); the reason is the comment. */
    SECTION_EXCUSE,
    /** 下达控制数: the bureau recorded the unit's ceilings (文号, date and amounts in the changes). */
    CEILINGS,
    /** 分解控制数: 财务 split the ceilings among the sections (each section's amounts before and after). */
    CEILINGS_SPLIT,
    /** The director approved the split of the ceilings. */
    SPLIT_APPROVE,
    /** The director returned the split to 财务; the comment says why. */
    SPLIT_RETURN,
    /** 批复: the bureau approved the unit's budget; on the year, and on each 二上 request with its approved amounts. */
    BUDGET_APPROVAL,
    /**
     * A budget year's version figures were recorded (一上 or 二上 from the unit proposal the bureau
     * passed); the version, line count and total in the details, every figure in the field changes.
     */
    VERSION_RECORDED,
    /** 指标下达: indicators issued from approved budget lines (count and total in the details). */
    INDICATOR_ISSUED,
    /** 指标冻结: a document froze (or re-froze) money on its indicators; amounts per indicator in the details. */
    FUNDS_FROZEN,
    /** 指标解冻: what a document held frozen was given back; the reason is the comment. */
    FUNDS_RELEASED,
    /** 支付登记: 财务 recorded a payment (已用) against an indicator; amount, payee and indicator in the details. */
    PAYMENT_RECORDED,
    /** 指标调整: an approved adjustment moved indicators (调增/调减 per indicator in the details). */
    INDICATOR_ADJUSTED,
    /** An API token was issued to the actor (token id and expiry in the details; never the token). */
    API_TOKEN_ISSUED,
    /** The actor revoked their API token (token id in the details). */
    API_TOKEN_REVOKED,
    /** An administrator gave a failed background job (an incident) one more try; job, step, document and error in the details. */
    JOB_RETRIED,
    /**
     * A file was attached to the document (issue 19 §3): its name, size, type and SHA-256 in the details, so that
     * the chain covers the file's bytes ({@link AuditedFiles}).
     */
    ATTACHMENT_ADD,
    /** An attachment was removed from the document (its bytes are kept); its name and SHA-256 in the details. */
    ATTACHMENT_REMOVE;

    public String labelKey() {
        return "audit.action." + name();
    }
}
