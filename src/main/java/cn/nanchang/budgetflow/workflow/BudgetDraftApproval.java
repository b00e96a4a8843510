package cn.nanchang.budgetflow.workflow;

/**
 * Backing constants of processes/budget-draft-approval.bpmn: the key, element IDs and
 * variable names, in one place so that Java and the model cannot drift apart.
 */
public final class BudgetDraftApproval {

    public static final String PROCESS_KEY = "budget-draft-approval";

    public static final String START_EVENT = "StartEvent_DraftSubmitted";
    public static final String TASK_SECTION_HEAD_REVIEW = "Task_SectionHeadReview";
    public static final String TASK_FINANCE_REVIEW = "Task_FinanceReview";
    public static final String TASK_DIRECTOR_REVIEW = "Task_DirectorReview";
    public static final String TASK_BUREAU_REVIEW = "Task_BureauReview";
    public static final String TASK_REVISE_DRAFT = "Task_ReviseDraft";
    /** Shared by all three models: 加签审核, the signer a reviewer added before or after themselves. */
    public static final String TASK_ADDED_SIGNER_REVIEW = "Task_AddedSignerReview";
    /** Shared by all three models: the added signer approves (on to {@link #GATEWAY_RESUME_AT}) or returns. */
    public static final String GATEWAY_ADDED_SIGNER_DECISION = "Gateway_AddedSignerDecision";
    /** Shared by all three models: after 加签 the approval resumes at the step in {@link ProcessVariables#RESUME_AT}. */
    public static final String GATEWAY_RESUME_AT = "Gateway_ResumeAt";
    /** Shared by all three models: 减签, the boundary event on {@link #TASK_ADDED_SIGNER_REVIEW}. */
    public static final String BOUNDARY_SIGNER_REMOVED = "BoundaryEvent_AddedSignerRemoved";
    public static final String BOUNDARY_WITHDRAWN = "BoundaryEvent_DraftWithdrawn";
    public static final String END_APPROVED = "EndEvent_BudgetApproved";
    /**
     * After 财务审核: a section's request of a budget year ({@link ProcessVariables#BUDGET_YEAR_REQUEST}) ends
     * at {@link #END_REQUEST_ACCEPTED}, any other draft goes on to the director.
     */
    public static final String GATEWAY_YEAR_REQUEST = "Gateway_YearRequest";
    /** 财务已审核: a budget year's section request is in; its milestone is ACCEPTED. */
    public static final String END_REQUEST_ACCEPTED = "EndEvent_RequestAccepted";
    public static final String END_WITHDRAWN = "EndEvent_DraftWithdrawn";
    /** Shared by all three models: where a resubmitted document goes, see {@link ResubmitMode}. */
    public static final String GATEWAY_RESUBMIT_TARGET = "Gateway_ResubmitTarget";
    /** Process-level camunda:property of every model that chooses the {@link ResubmitMode}. */
    public static final String PROPERTY_RESUBMIT_TO = "resubmitTo";

    /** Message that withdraws a submitted draft while the first review is pending. */
    public static final String MESSAGE_WITHDRAW = "Message_DraftWithdrawn";
    /** Message of every review task's boundary event 加签: the task is cancelled and the added signer's task begins. */
    public static final String MESSAGE_ADD_SIGNER = "Message_AddSigner";
    /** Message of 减签 on the added signer's task: it is cancelled and the approval resumes. */
    public static final String MESSAGE_REMOVE_SIGNER = "Message_RemoveSigner";

    private BudgetDraftApproval() {
    }
}
