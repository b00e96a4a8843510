package cn.nanchang.budgetflow.workflow.internal;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.workflow.ApprovalMilestone;
import cn.nanchang.budgetflow.workflow.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Called from execution listeners in the models, e.g.
 * {@code ${approvalMilestones.reached(execution, 'RETURNED')}}: turns a point in the process
 * into an {@link ApprovalMilestone} event. Thin on purpose; the document module decides what
 * the status means.
 */
@Component("approvalMilestones")
public class ApprovalMilestones {

    private final ApplicationEventPublisher events;

    ApprovalMilestones(ApplicationEventPublisher events) {
        this.events = events;
    }

    public void reached(DelegateExecution execution, String status) {
        Number documentId = (Number) execution.getVariable(ProcessVariables.DOCUMENT_ID);
        events.publishEvent(new ApprovalMilestone(documentId.longValue(), DocumentStatus.valueOf(status)));
    }
}
