package cn.nanchang.budgetflow.workflow;

import java.util.List;

/** Names of the process variables. They carry IDs and routing facts only, never entities. */
public final class ProcessVariables {

    public static final String DOCUMENT_ID = "documentId";
    public static final String DOCUMENT_TYPE = "documentType";
    public static final String SECTION_CODE = "sectionCode";
    public static final String SECTION_HEAD_GROUP = "sectionHeadGroup";
    public static final String DRAFTER = "drafter";
    public static final String AMOUNT_YUAN = "amountYuan";
    /** Routing facts for the approval-routing decision table that one document type supplies (procurement plans). */
    public static final String PROCUREMENT_METHOD = "procurementMethod";
    public static final String METHOD_CHANGED = "methodChanged";
    /** Routing facts of a budget adjustment for adjustment-routing.dmn: its kind (TRANSFER, ADDITION, REDUCTION) and scope. */
    public static final String ADJUSTMENT_KIND = "adjustmentKind";
    /** WITHIN_PROJECT_ECONOMIC, ACROSS_PROJECTS_OR_FUNCTIONS, BASIC_PROJECT or OTHER. */
    public static final String ADJUSTMENT_SCOPE = "scope";
    /** The routing tables' inputs that come from a type's facts; null for the types without them. */
    public static final List<String> TYPE_ROUTING_FACTS = List.of(PROCUREMENT_METHOD, METHOD_CHANGED, ADJUSTMENT_KIND,
        ADJUSTMENT_SCOPE);
    /**
     * Set on a budget draft's approval: true for a section's request of a budget year, which ends
     * after 财务审核 (ACCEPTED) instead of going on to the director and the bureau.
     */
    public static final String BUDGET_YEAR_REQUEST = "budgetYearRequest";
    /** Results of the approval-routing decision table. */
    public static final String COLLECTIVE_DECISION = "collectiveDecision";
    public static final String BUREAU_REVIEW = "bureauReview";
    public static final String ROUTING_REASON = "routingReason";
    /** Result of adjustment-routing.dmn: the adjustment is recorded as needing 财政 approval after 数据局 (基本 ↔ 项目). */
    public static final String FINANCE_BUREAU_APPROVAL = "financeBureauApproval";
    /** Set by each review: true to pass the document on, false to return it to its drafter. */
    public static final String APPROVED = "approved";
    /** Task key of the review that last returned the document to its drafter. */
    public static final String RETURNED_FROM = "returnedFrom";
    /** Set when the drafter resubmits: the task key Gateway_ResubmitTarget sends the document to, or empty for 科长. */
    public static final String RESUBMIT_TO = "resubmitTo";
    /** Task id of the latest approval, cleared by any return: the one decision its approver may still withdraw (撤回). */
    public static final String LAST_APPROVAL = "lastApproval";
    /** 加签: the added signer (assignee of Task_AddedSignerReview), who added them, and the step their approval resumes at. */
    public static final String ADDED_SIGNER = "addedSigner";
    public static final String ADDED_BY = "addedBy";
    public static final String RESUME_AT = "resumeAt";

    private ProcessVariables() {
    }
}
