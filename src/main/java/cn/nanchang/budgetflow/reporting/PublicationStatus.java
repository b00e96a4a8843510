package cn.nanchang.budgetflow.reporting;

/** Where a year's disclosure stands; the Chinese names are in the bundle under disclosure.status.*. */
public enum PublicationStatus {
    /** Nothing submitted: readers see the figures computed live from approved data. */
    NOT_STARTED,
    /** Submitted by 综合科 with its snapshot; waiting for the 中心主任. */
    IN_REVIEW,
    /** Returned by the 中心主任 with a comment; 综合科 prepares again. */
    RETURNED,
    /** Approved and published: the snapshot is frozen. */
    PUBLISHED;

    public String labelKey() {
        return "disclosure.status." + name();
    }
}
