package cn.nanchang.budgetflow.audit;

/** What happened. The Chinese names are in the message bundle under audit.action.*. */
public enum AuditAction {
    CREATE, EDIT, SUBMIT, RESUBMIT, WITHDRAW, CLAIM, UNCLAIM, APPROVE, RETURN, COLLECTIVE_DECISION,
    LOGIN, LOGIN_FAILED, LOGOUT, POLICY_CHANGE,
    /** An auditor downloaded search results or a document's timeline (format, scope and row count in the details). */
    EXPORT, ACCESS_DENIED,
    /** Too many failed sign-ins locked a username (the actor); the details say until when. */
    LOGIN_LOCKED,
    /** An administrator (the actor) lifted a username's sign-in lock; the details name the username. */
    LOGIN_UNLOCKED;

    public String labelKey() {
        return "audit.action." + name();
    }
}
