package cn.nanchang.budgetflow.workflow;

/**
 * Backing constants of processes/budget-year.bpmn and processes/section-budget-request.bpmn:
 * element IDs, messages and variables, in one place so that Java and the models cannot drift
 * apart. The process keys are {@link BudgetYearProcess#PROCESS_KEY} and
 * {@link BudgetYearProcess#SECTION_PROCESS_KEY}.
 */
public final class BudgetYearModel {

    // --- budget-year.bpmn -------------------------------------------------------------------
    public static final String START_EVENT = "StartEvent_YearOpened";
    /** 一上 and 二上: the parallel multi-instance call activities of section-budget-request, one instance per section. */
    public static final String CALL_ONE_UP_REQUESTS = "CallActivity_OneUpRequests";
    public static final String CALL_TWO_UP_REQUESTS = "CallActivity_TwoUpRequests";
    public static final String TASK_AWAIT_ONE_UP_PROPOSAL = "Task_AwaitOneUpProposal";
    public static final String TASK_AWAIT_CEILINGS = "Task_AwaitCeilings";
    public static final String TASK_AWAIT_SPLIT = "Task_AwaitSplit";
    public static final String TASK_AWAIT_SPLIT_APPROVAL = "Task_AwaitSplitApproval";
    public static final String GATEWAY_SPLIT_DECISION = "Gateway_SplitDecision";
    public static final String TASK_AWAIT_TWO_UP_PROPOSAL = "Task_AwaitTwoUpProposal";
    public static final String TASK_AWAIT_APPROVAL = "Task_AwaitApproval";
    public static final String BOUNDARY_APPROVAL_OVERDUE = "BoundaryEvent_ApprovalOverdue";
    public static final String TASK_AWAIT_DISCLOSURE = "Task_AwaitDisclosure";
    public static final String BOUNDARY_DISCLOSURE_REMINDER = "BoundaryEvent_DisclosureReminder";
    public static final String BOUNDARY_DISCLOSURE_OVERDUE = "BoundaryEvent_DisclosureOverdue";
    public static final String END_YEAR_CLOSED = "EndEvent_YearClosed";

    public static final String MESSAGE_PROPOSAL_APPROVED = "Message_ProposalApproved";
    public static final String MESSAGE_CEILINGS_ISSUED = "Message_CeilingsIssued";
    public static final String MESSAGE_SPLIT_RECORDED = "Message_SplitRecorded";
    public static final String MESSAGE_SPLIT_DECIDED = "Message_SplitDecided";
    public static final String MESSAGE_BUDGET_APPROVED = "Message_BudgetApproved";
    public static final String MESSAGE_DISCLOSURE_PUBLISHED = "Message_DisclosurePublished";

    public static final String FISCAL_YEAR = "fiscalYear";
    /**
     * The sections' codes, comma-separated: the engine refuses Java-serialized variables and has no
     * JSON format installed, so a list is kept as text and split by {@code budgetYearSteps.sections}.
     */
    public static final String SECTIONS = "sections";
    public static final String ONE_UP_DEADLINE = "oneUpDeadline";
    public static final String TWO_UP_DEADLINE = "twoUpDeadline";
    public static final String APPROVAL_DUE = "approvalDue";
    public static final String PUBLISH_DUE = "publishDue";
    public static final String SPLIT_APPROVED = "splitApproved";

    // --- section-budget-request.bpmn ---------------------------------------------------------
    public static final String SECTION_START_EVENT = "StartEvent_RequestRoundOpened";
    public static final String TASK_AWAIT_SECTION_REQUEST = "Task_AwaitSectionRequest";
    public static final String BOUNDARY_REQUEST_REMINDER = "BoundaryEvent_RequestReminder";
    public static final String BOUNDARY_REQUEST_OVERDUE = "BoundaryEvent_RequestOverdue";
    public static final String BOUNDARY_SECTION_EXCUSED = "BoundaryEvent_SectionExcused";
    public static final String END_REQUEST_ACCEPTED = "EndEvent_RequestAccepted";
    public static final String END_SECTION_EXCUSED = "EndEvent_SectionExcused";

    public static final String MESSAGE_SECTION_REQUEST_ACCEPTED = "Message_SectionRequestAccepted";
    public static final String MESSAGE_SECTION_EXCUSED = "Message_SectionExcused";

    /** The section-request variables besides {@link #FISCAL_YEAR}: the section, its round and the round's deadline. */
    public static final String SECTION_CODE = ProcessVariables.SECTION_CODE;
    public static final String ROUND = "round";
    public static final String DEADLINE = "deadline";

    private BudgetYearModel() {
    }
}
