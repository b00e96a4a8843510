package cn.nanchang.budgetflow.workflow;

import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.NotFoundException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks as people see them: the inbox of a person with their groups, claiming, and completing
 * with a decision. Guards against taking a task one is not a candidate for (answered as not
 * found, so that other groups' task ids reveal nothing) and against completing a task twice
 * (answered as a conflict). Who the person is comes from the caller.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ApprovalTasks {

    /** What the slower of two people deciding, claiming or releasing the same task at once is told (a message key). */
    static final String TAKEN = "task.error.taken";

    /** What a delegate (委派) trying to decide, return or hand on the task is told (a message key). */
    public static final String WITH_DELEGATE = "task.error.withDelegate";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final SeparationOfDuties duties;

    ApprovalTasks(TaskService tasks, RuntimeService runtime, HistoryService history) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.duties = new SeparationOfDuties(tasks, history);
    }

    /** Open tasks that this person may take: unclaimed ones of their groups and those assigned to them, oldest first. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<OpenTask> inbox(String username, Collection<String> groups, int offset, int limit) {
        return inbox(List.of(username), groups, offset, limit);
    }

    /**
     * The inbox of several people at once: a proxy's own and those of the people they stand in for
     * (代理审批), with all their groups.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<OpenTask> inbox(Collection<String> usernames, Collection<String> groups, int offset, int limit) {
        return inbox(usernames, groups, InboxFilter.ALL, offset, limit);
    }

    /** A page of the inbox, narrowed and ordered in the task query itself (the inbox can hold thousands). */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<OpenTask> inbox(Collection<String> usernames, Collection<String> groups, InboxFilter filter, int offset,
            int limit) {
        if (filter.matchesNothing()) {
            return List.of();
        }
        return toOpenTasks(InboxQueries.page(inboxParts(usernames, groups, filter), filter.sort(), offset, limit));
    }

    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public long inboxCount(String username, Collection<String> groups) {
        return inboxCount(List.of(username), groups);
    }

    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public long inboxCount(Collection<String> usernames, Collection<String> groups) {
        return inboxCount(usernames, groups, InboxFilter.ALL);
    }

    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public long inboxCount(Collection<String> usernames, Collection<String> groups, InboxFilter filter) {
        return filter.matchesNothing() ? 0 : inboxParts(usernames, groups, filter).stream().mapToLong(TaskQuery::count).sum();
    }

    /** The open tasks of one document, whoever they belong to. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<OpenTask> openTasksOf(long documentId) {
        return toOpenTasks(tasks.createTaskQuery()
            .processInstanceBusinessKey(ApprovalProcesses.businessKey(documentId)).active().list());
    }

    /**
     * The task if this person may act on it now.
     *
     * @throws NotFoundException if it does not exist or the person is not a candidate
     * @throws ConflictException if it was completed already or someone else has claimed it
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public OpenTask actionable(String taskId, String username, Collection<String> groups) {
        return actionable(taskId, List.of(username), groups);
    }

    /** As {@link #actionable(String, String, Collection)} for a proxy acting as any of these people (代理审批). */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public OpenTask actionable(String taskId, Collection<String> usernames, Collection<String> groups) {
        Task task = checkedTask(taskId, usernames, groups);
        // Empty when the task's process ended between the two reads: another decision, perhaps on another instance, completed it.
        return toOpenTasks(List.of(task)).stream().findFirst().orElseThrow(() -> new ConflictException(Messages.text(TAKEN)));
    }

    /**
     * As {@link #actionable(String, Collection, Collection)} for a task whose document is known already, found by
     * {@link #documentOfOpenTask} and locked: a task's process instance never changes, so its business key is not
     * read again.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public OpenTask actionable(String taskId, long documentId, Collection<String> usernames, Collection<String> groups) {
        return openTask(checkedTask(taskId, usernames, groups), documentId);
    }

    /** The task if one of these people may act on it now, with the refusals {@link #actionable} documents. */
    private Task checkedTask(String taskId, Collection<String> usernames, Collection<String> groups) {
        Task task = asCandidate(tasks.createTaskQuery().taskId(taskId), groups).stream().findFirst().orElse(null);
        if (task == null) {
            task = tasks.createTaskQuery().taskId(taskId).singleResult();
            if (task == null) {
                throw completedBefore(taskId) ? new ConflictException(Messages.text(TAKEN)) : new NotFoundException("task " + taskId);
            }
            if (task.getAssignee() == null || !usernames.contains(task.getAssignee()) || !heldInOwnRight(task)) {
                throw new NotFoundException("task " + taskId);
            }
        }
        if (task.getAssignee() != null && !usernames.contains(task.getAssignee())) {
            throw new ConflictException(Messages.text("task.error.claimedByOther"));
        }
        if (ApprovalStep.ofTaskKey(task.getTaskDefinitionKey()).isEmpty()) {
            throw new NotFoundException("task " + taskId);
        }
        return task;
    }

    /**
     * The document whose approval an open task belongs to, found by the task alone in one
     * statement (task joined to its process instance), with no check of who asks: only to know
     * which document row to lock before {@link #actionable} checks the person under that lock.
     * Empty when no such task is open or its process is not a document's.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<Long> documentOfOpenTask(String taskId) {
        ProcessInstance instance = runtime.createNativeProcessInstanceQuery()
            .sql("SELECT E.* FROM ACT_RU_EXECUTION E JOIN ACT_RU_TASK T ON T.PROC_INST_ID_ = E.ID_ WHERE T.ID_ = #{taskId}")
            .parameter("taskId", taskId).singleResult();
        // a year's or a disclosure's process has a key of its own ("budget-year-2027"): no document, nothing to lock
        return Optional.ofNullable(instance).map(ProcessInstance::getBusinessKey).filter(key -> key.matches("\\d{1,18}"))
            .map(Long::parseLong);
    }

    /** The open task on a document that this person may act on now, if any. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<OpenTask> actionableOn(long documentId, String username, Collection<String> groups) {
        return actionableOn(documentId, List.of(username), groups);
    }

    /** As {@link #actionableOn(long, String, Collection)} for a proxy acting as any of these people. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<OpenTask> actionableOn(long documentId, Collection<String> usernames, Collection<String> groups) {
        String key = ApprovalProcesses.businessKey(documentId);
        Optional<Task> task = asCandidate(tasks.createTaskQuery().processInstanceBusinessKey(key).active(), groups).stream()
            .filter(t -> t.getAssignee() == null || usernames.contains(t.getAssignee()))
            .findFirst()
            .or(() -> tasks.createTaskQuery().processInstanceBusinessKey(key).active()
                .taskAssigneeIn(usernames.toArray(String[]::new)).list().stream().filter(this::heldInOwnRight).findFirst());
        return task.filter(t -> ApprovalStep.ofTaskKey(t.getTaskDefinitionKey()).isPresent()).map(t -> openTask(t, documentId));
    }

    /** An approval step's task (its key names an {@link ApprovalStep}) on a known document. */
    private static OpenTask openTask(Task task, long documentId) {
        return new OpenTask(task.getId(), documentId, ApprovalStep.ofTaskKey(task.getTaskDefinitionKey()).orElseThrow(),
            toInstant(task.getCreateTime()), task.getAssignee(), toInstant(task.getDueDate()), task.getOwner(), delegationOf(task));
    }

    /**
     * Whether a task assigned to someone who is in none of its candidate groups is still theirs:
     * only a task of one person (revision, added signer) or one delegated to them (委派). A task
     * claimed from a group is not: whoever claimed it through someone else's group (代理审批)
     * holds it only while that group is among theirs, so being its assignee is not enough.
     */
    private boolean heldInOwnRight(Task task) {
        return task.getDelegationState() == DelegationState.PENDING || !hasAnyCandidateGroup(task);
    }

    private boolean hasAnyCandidateGroup(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
            .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null);
    }

    /**
     * Gives back to their groups the review tasks this person claimed through groups that are no
     * longer theirs (a proxy's grant ended): a claimed group task in none of {@code groups}. Tasks
     * of one person and tasks delegated to them stay.
     *
     * @return the tasks given back, each with the candidate groups it went back to
     */
    public Map<OpenTask, List<String>> releaseClaimsOutside(String username, Collection<String> groups) {
        Map<OpenTask, List<String>> released = new java.util.LinkedHashMap<>();
        for (Task held : tasks.createTaskQuery().active().taskAssignee(username).list()) {
            if (ApprovalStep.ofTaskKey(held.getTaskDefinitionKey()).filter(ApprovalStep::isReview).isEmpty()
                    || held.getDelegationState() == DelegationState.PENDING) {
                continue;
            }
            List<String> candidates = tasks.getIdentityLinksForTask(held.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).distinct().toList();
            if (!candidates.isEmpty() && candidates.stream().noneMatch(groups::contains)) {
                toOpenTasks(List.of(held)).forEach(t -> released.put(t, candidates));
                tasks.setAssignee(held.getId(), null);
            }
        }
        return released;
    }

    /**
     * The query's tasks of which one of these groups is a candidate, assigned or not: the
     * candidacy is checked in the task query itself instead of loading each task's identity links
     * (which costs a command that reads task, execution, definition and links).
     */
    private static List<Task> asCandidate(TaskQuery query, Collection<String> groups) {
        return groups.isEmpty() ? List.of() : query.taskCandidateGroupIn(List.copyOf(groups)).includeAssignedTasks().list();
    }

    public void claim(String taskId, String username) {
        try {
            tasks.claim(taskId, username);
        } catch (TaskAlreadyClaimedException | OptimisticLockingException | NullValueException e) {
            throw new ConflictException(Messages.text(TAKEN), e);
        }
    }

    public void unclaim(String taskId) {
        try {
            tasks.setAssignee(taskId, null);
        } catch (OptimisticLockingException | NullValueException e) {
            throw new ConflictException(Messages.text(TAKEN), e);
        }
    }

    /**
     * Gives back to their groups the review tasks this person has claimed but may no longer take
     * (their role or section changed, or their account was disabled): a claimed task waits for
     * its holder alone, so it would otherwise stay stuck. Revision tasks stay with their drafter.
     *
     * @param groups the groups the person is in now; none for a disabled account
     * @return the tasks given back
     */
    public List<OpenTask> releaseClaimsNoLongerAllowed(String username, Collection<String> groups) {
        List<Task> held = tasks.createTaskQuery().active().taskAssignee(username).list().stream()
            .filter(t -> ApprovalStep.ofTaskKey(t.getTaskDefinitionKey()).filter(ApprovalStep::isReview).isPresent())
            .filter(t -> !hasCandidateGroup(t, groups))
            .toList();
        List<OpenTask> released = toOpenTasks(held);
        held.forEach(t -> tasks.setAssignee(t.getId(), null));
        return released;
    }

    /**
     * 不相容岗位分离: whether this person may decide this task, as every completion checks; for the
     * decisions that do not complete it (退回 to an earlier step).
     *
     * @throws ConflictException if they drafted the document or decided another step of this approval
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public void requireSeparateDuties(OpenTask task, String username) {
        Task open = tasks.createTaskQuery().taskId(task.taskId()).singleResult();
        if (open == null) {
            throw new ConflictException(Messages.text(TAKEN));
        }
        try {
            duties.check(task, username, open.getProcessInstanceId());
        } catch (NullValueException goneMeanwhile) {
            // another decision (on this node or another) completed the task between the query and the check's read
            throw new ConflictException(Messages.text(TAKEN), goneMeanwhile);
        }
    }

    /** Who has decided a step of this task's approval: 不相容岗位分离 lets none of them decide another. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Set<String> decidersOfApproval(OpenTask task) {
        Task open = tasks.createTaskQuery().taskId(task.taskId()).singleResult();
        return open == null ? Set.of() : duties.deciders(open.getProcessInstanceId());
    }

    /** Completes a review task with a decision; the comment is kept with the task in the engine's history too. */
    public void complete(OpenTask task, String username, Decision decision, String comment) {
        if (task.isWithDelegate()) {
            // the engine would complete it; a delegate only gives the task back (委派), its owner decides
            throw new ConflictException(Messages.text(WITH_DELEGATE));
        }
        try {
            Map<String, Object> variables = decisionVariables(task, decision);
            // a return by an added signer counts as one by the step they signed for, for a resubmission back to it
            boolean signerReturns = task.step() == ApprovalStep.ADDED_SIGNER_REVIEW && decision != Decision.APPROVE;
            // unclaimed, or a proxy deciding the principal's task: the engine records who decided
            String assignee = username.equals(task.assignee()) ? null : username;
            ((ServiceImpl) tasks).getCommandExecutor().execute(new DecideTaskCmd(task.taskId(), assignee,
                comment == null || comment.isBlank() ? null : comment, variables, loaded -> {
                    // 不相容岗位分离, checked on the task as the deciding command loaded it (as requireSeparateDuties does)
                    duties.check(task, username, loaded.getProcessInstanceId(), () -> loaded.getVariable(ProcessVariables.DRAFTER));
                    if (signerReturns) {
                        variables.put(ProcessVariables.RETURNED_FROM, loaded.getVariable(ProcessVariables.RESUME_AT));
                    }
                }));
        } catch (OptimisticLockingException | NullValueException e) {
            // Two people decided at the same moment: the other one's transaction changed or removed the task first.
            throw new ConflictException(Messages.text(TAKEN), e);
        } catch (NullPointerException | ProcessEngineException e) {
            // The engine reads rows one by one without locks; a row it expects (the task, a variable such as
            // documentId in a milestone listener) is gone when the other decision ended the process between two of
            // those reads, or the database chose this transaction as a deadlock's victim. If the task has been
            // completed meanwhile, or the database rolled back, this is the lost race.
            if (lostRace(e) || causedByMissingRow(e) && completedBefore(task.taskId())) {
                throw new ConflictException(Messages.text(TAKEN), e);
            }
            throw e;
        }
    }

    /**
     * The decision, and what later operations need: an approval is the one its approver may still
     * withdraw; a return remembers the returning step, for a resubmission straight back to it.
     */
    private static Map<String, Object> decisionVariables(OpenTask task, Decision decision) {
        Map<String, Object> variables = new HashMap<>();
        boolean approved = decision == Decision.APPROVE;
        variables.put(ProcessVariables.APPROVED, approved);
        variables.put(ProcessVariables.LAST_APPROVAL, approved ? task.taskId() : null);
        if (!approved) {
            variables.put(ProcessVariables.RETURNED_FROM, task.step().taskKey());
        }
        return variables;
    }

    /** Tasks this person completed, newest first: the 已办 list. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<CompletedTask> handledBy(String username, int offset, int limit) {
        List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery()
            .taskAssignee(username).finished().orderByHistoricActivityInstanceStartTime().desc()
            .listPage(offset, limit);
        Map<String, String> keys = historicBusinessKeys(done.stream().map(HistoricTaskInstance::getProcessInstanceId).collect(Collectors.toSet()));
        return done.stream()
            .filter(t -> ApprovalStep.ofTaskKey(t.getTaskDefinitionKey()).isPresent())
            .map(t -> new CompletedTask(t.getId(), Long.parseLong(keys.get(t.getProcessInstanceId())),
                ApprovalStep.ofTaskKey(t.getTaskDefinitionKey()).orElseThrow(),
                t.getStartTime().toInstant(), t.getEndTime().toInstant()))
            .toList();
    }

    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public long handledCount(String username) {
        return history.createHistoricTaskInstanceQuery().taskAssignee(username).finished().count();
    }

    /**
     * The inbox as two queries that never overlap, each starting from an index of its own: the tasks
     * assigned to these people ({@code ACT_RU_TASK.ASSIGNEE_}) and the unassigned tasks of their groups
     * ({@code ACT_RU_IDENTITYLINK.GROUP_ID_}). One query with an OR across the two tables can use
     * neither index: on MariaDB it read every open task of the approval processes for each page
     * (README, Benchmark). Document approvals only: the disclosure's publication tasks are acted on
     * from its own page.
     */
    private List<TaskQuery> inboxParts(Collection<String> usernames, Collection<String> groups, InboxFilter filter) {
        String[] people = usernames.toArray(String[]::new);
        TaskQuery assigned = InboxQueries.narrowed(tasks.createTaskQuery().active(), filter);
        assigned = people.length == 1 ? assigned.taskAssignee(people[0]) : assigned.taskAssigneeIn(people);
        if (groups.isEmpty()) {
            return List.of(assigned);
        }
        // without includeAssignedTasks() the engine offers a group's tasks only while no one holds them
        TaskQuery offered = InboxQueries.narrowed(tasks.createTaskQuery().active(), filter)
            .taskCandidateGroupIn(List.copyOf(groups));
        return List.of(assigned, offered);
    }

    private boolean hasCandidateGroup(Task task, Collection<String> groups) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
            .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && groups.contains(link.getGroupId()));
    }

    /**
     * Whether the database rolled this transaction back to let a concurrent one through (a
     * deadlock, SQLSTATE 40001 on MySQL and MariaDB, 40P01 elsewhere): on the last step two
     * deciders lock the task, the instance and the document in different orders. Or the document
     * row's version moved under us: the other node's decision committed its change first.
     */
    private static boolean lostRace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // the other decision's transaction updated the document first: its version no longer matches ours
            if (cause instanceof SQLTransactionRollbackException || cause instanceof OptimisticLockingFailureException
                    || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedByMissingRow(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof NullPointerException) {
                return true;
            }
        }
        return false;
    }

    private boolean completedBefore(String taskId) {
        return history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
    }

    private List<OpenTask> toOpenTasks(List<Task> page) {
        Set<String> instanceIds = page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> keys = instanceIds.isEmpty() ? Map.of()
            : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return page.stream()
            .filter(t -> ApprovalStep.ofTaskKey(t.getTaskDefinitionKey()).isPresent() && keys.containsKey(t.getProcessInstanceId()))
            .map(t -> openTask(t, Long.parseLong(keys.get(t.getProcessInstanceId()))))
            .toList();
    }

    private static TaskDelegation delegationOf(Task task) {
        return task.getDelegationState() == null ? null : TaskDelegation.valueOf(task.getDelegationState().name());
    }

    private Map<String, String> historicBusinessKeys(Set<String> instanceIds) {
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        return history.createHistoricProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
            .collect(Collectors.toMap(HistoricProcessInstance::getId, HistoricProcessInstance::getBusinessKey, (a, b) -> a));
    }

    private static Instant toInstant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }

}
