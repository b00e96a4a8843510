package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.ForbiddenException;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.document.DocumentSummary;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.workflow.Decision;
import cn.nanchang.budgetflow.workflow.OpenTask;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 批量审批: approves several tasks of one step of one process with one comment. Each task is
 * decided in its own transaction through {@link DocumentReview#decide}, exactly as if approved
 * one by one, so audit, history, status and routing are the same; one task lost to someone
 * else does not undo the others. Steps that need more than a comment (主任办公会) are refused.
 */
@Service
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Roles.Reviewer
public class BatchApproval {

    public static final int MAX_TASKS = 100;

    private final DocumentReview review;
    private final DocumentQueries queries;
    private final CurrentActor currentActor;
    private final TransactionTemplate readOnly;
    private final Messages messages;

    BatchApproval(DocumentReview review, DocumentQueries queries, CurrentActor currentActor,
            PlatformTransactionManager transactions, Messages messages) {
        this.review = review;
        this.messages = messages;
        this.queries = queries;
        this.currentActor = currentActor;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Approves every task; the outcome of each, in the order given. */
    public List<BatchOutcome> approve(List<String> taskIds, String comment) {
        Set<String> ids = checkedIds(taskIds);
        DocumentReview.validate(Decision.APPROVE, comment, messages);
        Actor actor = currentActor.get();
        Map<String, OpenTask> open = new LinkedHashMap<>();
        List<BatchOutcome> outcomes = new ArrayList<>();
        for (String id : ids) {
            try {
                // a refused task rolls back its own read only, not the checks of the others
                open.put(id, readOnly.execute(tx -> review.actionable(id, actor)));
            } catch (ConflictException e) {
                outcomes.add(BatchOutcome.refused(id, null, 409, e.getMessage()));
            } catch (NotFoundException e) {
                outcomes.add(BatchOutcome.refused(id, null, 404, messages.get("batch.error.noTask")));
            }
        }
        Map<Long, DocumentSummary> documents = readOnly.execute(
            tx -> queries.summaries(open.values().stream().map(OpenTask::documentId).toList()));
        requireOneStep(open.values(), documents);
        for (OpenTask task : open.values()) {
            outcomes.add(decide(task, documents.get(task.documentId()), comment));
        }
        return order(outcomes, ids);
    }

    private BatchOutcome decide(OpenTask task, DocumentSummary document, String comment) {
        try {
            return BatchOutcome.approved(task.taskId(), document, review.decide(task.taskId(), Decision.APPROVE, comment));
        } catch (ConflictException e) {
            return BatchOutcome.refused(task.taskId(), document, 409, e.getMessage());
        } catch (NotFoundException e) {
            return BatchOutcome.refused(task.taskId(), document, 404, messages.get("batch.error.noTask"));
        } catch (ForbiddenException e) {
            return BatchOutcome.refused(task.taskId(), document, 403, e.getMessage());
        } catch (ValidationException e) {
            return BatchOutcome.refused(task.taskId(), document, 400, e.violations().get(0).message());
        }
    }

    private Set<String> checkedIds(List<String> taskIds) {
        if (taskIds == null || taskIds.isEmpty()) {
            throw ValidationException.of("taskIds", messages.get("batch.error.noneChosen"));
        }
        if (taskIds.size() > MAX_TASKS) {
            throw ValidationException.of("taskIds", messages.get("batch.error.tooMany", MAX_TASKS));
        }
        if (taskIds.stream().anyMatch(id -> id == null || id.isBlank() || id.length() > 64)) {
            throw ValidationException.of("taskIds", messages.get("batch.error.badId"));
        }
        return new LinkedHashSet<>(taskIds);
    }

    /** A batch is one step of one process: the same decision applies to all, and no step asks for more than a comment. */
    private void requireOneStep(Iterable<OpenTask> open, Map<Long, DocumentSummary> documents) {
        Set<String> kinds = new LinkedHashSet<>();
        for (OpenTask task : open) {
            if (task.step() == ApprovalStep.COLLECTIVE_DECISION) {
                throw ValidationException.of("taskIds", messages.get("batch.error.collective"));
            }
            if (!task.step().isReview()) {
                throw ValidationException.of("taskIds", messages.get("batch.error.revise"));
            }
            DocumentSummary document = documents.get(task.documentId());
            kinds.add((document == null ? "" : document.type().name()) + "/" + task.step().name());
        }
        if (kinds.size() > 1) {
            throw ValidationException.of("taskIds", messages.get("batch.error.mixed"));
        }
    }

    private static List<BatchOutcome> order(List<BatchOutcome> outcomes, Set<String> ids) {
        List<String> order = List.copyOf(ids);
        return outcomes.stream().sorted((a, b) -> Integer.compare(order.indexOf(a.taskId()), order.indexOf(b.taskId()))).toList();
    }
}
