package cn.nanchang.budgetflow.workflow;

import cn.nanchang.budgetflow.base.DocumentType;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.engine.task.TaskQuery;

/** Turns an {@link InboxFilter} into conditions and an order of the engine's task query. */
final class InboxQueries {

    /** The approval process of every document type; the year's processes have no user tasks, the disclosure's stay out. */
    private static final String[] APPROVAL_PROCESS_KEYS = Arrays.stream(DocumentType.values())
        .map(ApprovalProcesses::processKey).distinct().toArray(String[]::new);

    private InboxQueries() {
    }

    /** Document approvals only (the disclosure's publication tasks are acted on from its own page), then the filter. */
    static TaskQuery narrowed(TaskQuery query, InboxFilter filter) {
        TaskQuery narrowed = filter.type() == null
            ? query.processDefinitionKeyIn(APPROVAL_PROCESS_KEYS)
            : query.processDefinitionKey(ApprovalProcesses.processKey(filter.type()));
        if (filter.step() != null) {
            narrowed = narrowed.taskDefinitionKey(filter.step().taskKey());
        }
        if (filter.overdueBefore() != null) {
            narrowed = narrowed.dueBefore(Date.from(filter.overdueBefore()));
        }
        if (filter.documentIds() != null) {
            narrowed = narrowed.processInstanceBusinessKeyIn(filter.documentIds().stream()
                .map(ApprovalProcesses::businessKey).toArray(String[]::new));
        }
        return narrowed;
    }

    /** The order asked for, then the task id so that pages do not overlap when times tie. */
    static TaskQuery ordered(TaskQuery query, InboxSort sort) {
        TaskQuery ordered = switch (sort) {
            case ARRIVED_ASC -> query.orderByTaskCreateTime().asc();
            case ARRIVED_DESC -> query.orderByTaskCreateTime().desc();
            case DUE_ASC -> query.orderByDueDate().asc();
            case DUE_DESC -> query.orderByDueDate().desc();
        };
        return ordered.orderByTaskId().asc();
    }
}
