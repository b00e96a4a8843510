package cn.nanchang.budgetflow.workflow;

/** The orders an inbox can be read in: by arrival or by due time, either way. */
public enum InboxSort {
    ARRIVED_ASC, ARRIVED_DESC, DUE_ASC, DUE_DESC;

    public String labelKey() {
        return "inbox.sort." + name();
    }
}
