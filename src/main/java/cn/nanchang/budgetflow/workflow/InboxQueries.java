package cn.nanchang.budgetflow.workflow;

import cn.nanchang.budgetflow.base.DocumentType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
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

    /**
     * A page of the union of queries that share no task, in the order asked for. Each query gives its
     * first {@code offset + limit} in that order, so the page is among them; they are merged as the
     * database orders them.
     */
    static List<Task> page(List<TaskQuery> parts, InboxSort sort, int offset, int limit) {
        if (parts.size() == 1) {
            return ordered(parts.get(0), sort).listPage(offset, limit);
        }
        int needed = (int) Math.min(Integer.MAX_VALUE, (long) offset + limit);
        List<Task> merged = new ArrayList<>();
        for (TaskQuery part : parts) {
            merged.addAll(ordered(part, sort).listPage(0, needed));
        }
        merged.sort(order(sort));
        return List.copyOf(merged.subList(Math.min(offset, merged.size()), Math.min(needed, merged.size())));
    }

    /** {@link #ordered} in Java: H2, MySQL and MariaDB sort a missing due date as the lowest value. */
    static Comparator<Task> order(InboxSort sort) {
        Comparator<Date> nullsLow = Comparator.nullsFirst(Comparator.naturalOrder());
        Comparator<Task> byKey = switch (sort) {
            case ARRIVED_ASC -> Comparator.comparing(Task::getCreateTime, nullsLow);
            case ARRIVED_DESC -> Comparator.comparing(Task::getCreateTime, nullsLow.reversed());
            case DUE_ASC -> Comparator.comparing(Task::getDueDate, nullsLow);
            case DUE_DESC -> Comparator.comparing(Task::getDueDate, nullsLow.reversed());
        };
        return byKey.thenComparing(Task::getId);
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
