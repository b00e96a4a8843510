package cn.nanchang.budgetflow.workbench;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditEntry;
import cn.nanchang.budgetflow.document.ChangeText;
import cn.nanchang.budgetflow.document.DocumentSummary;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.workflow.TaskRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Puts the audit log and the engine's task history of one document side by side. The audit log
 * is the record of who decided what (it is tamper-evident); the engine adds when each task
 * arrived and how long it waited. Audit times are kept to the second, so "at the same moment"
 * allows two seconds.
 */
final class TimelineMerge {

    private static final Set<AuditAction> DECISIONS = EnumSet.of(AuditAction.APPROVE, AuditAction.RETURN,
        AuditAction.COLLECTIVE_DECISION);
    private static final Duration SAME_MOMENT = Duration.ofSeconds(2);

    private final List<AuditEntry> trail;
    private final Function<String, String> names;
    private final ChangeText changeText;
    private final Map<String, String> nameCache = new HashMap<>();

    private TimelineMerge(List<AuditEntry> trail, Function<String, String> names, ChangeText changeText) {
        this.trail = trail;
        this.names = names;
        this.changeText = changeText;
    }

    static DocumentTimeline merge(DocumentSummary document, Instant createdAt, List<AuditEntry> trail,
            List<TaskRecord> tasks, Function<String, String> displayName, ChangeText changeText) {
        TimelineMerge merge = new TimelineMerge(trail, displayName, changeText);
        List<TaskSpan> spans = tasks.stream().map(merge::span).toList();
        return new DocumentTimeline(document, createdAt, spans, merge.events(tasks));
    }

    private TaskSpan span(TaskRecord t) {
        AuditEntry decision = null;
        AuditEntry claim = null;
        for (AuditEntry e : trail) {
            if (!t.taskId().equals(e.getTaskId())) {
                continue;
            }
            if (DECISIONS.contains(e.getAction())) {
                decision = e;
            } else if (e.getAction() == AuditAction.CLAIM) {
                claim = e;
            } else if (e.getAction() == AuditAction.UNCLAIM) {
                claim = null;
            }
        }
        Instant claimed = claim == null ? null : claim.getOccurredAt();
        String claimedBy = claim == null ? null : claim.getActor();
        if (claim == null && !t.assignments().isEmpty() && t.assignments().get(0).assigned()
                && !t.assignments().get(0).at().isAfter(t.created().plus(SAME_MOMENT))) {
            claimed = t.created();
            claimedBy = t.assignments().get(0).user();
        }
        AuditAction outcome = decision != null ? decision.getAction() : taskEndAction(t);
        String completedBy = decision != null ? decision.getActor()
            : t.end() == TaskRecord.End.COMPLETED ? t.assignee() : null;
        return new TaskSpan(t.taskId(), t.step(), t.name(), t.created(), t.due(), claimed, claimedBy, name(claimedBy),
            t.ended(), completedBy, name(completedBy), t.durationMillis(), t.end(), outcome,
            decision == null ? null : decision.getComment(), t.overdue());
    }

    /** The drafter's resubmission or withdrawal that ended a task, recorded without the task's id. */
    private AuditAction taskEndAction(TaskRecord t) {
        AuditAction wanted = switch (t.end()) {
            case COMPLETED -> AuditAction.RESUBMIT;
            case CANCELLED -> AuditAction.WITHDRAW;
            case OPEN -> null;
        };
        if (wanted == null) {
            return null;
        }
        Instant from = t.created().minus(SAME_MOMENT);
        Instant to = t.ended().plus(SAME_MOMENT);
        return trail.stream().anyMatch(e -> e.getAction() == wanted
            && !e.getOccurredAt().isBefore(from) && !e.getOccurredAt().isAfter(to)) ? wanted : null;
    }

    /**
     * The audit entries in the order they were recorded, each followed by the engine events it
     * caused. Ordering by time alone would mislead: audit times are cut to the second and each
     * entry is written just after the engine moved, so the task an approval created could seem to
     * come first. A task's arrival follows the decision (or resubmission) that completed the task
     * before it in its process, or, for a process's first task, the submission that started it; a
     * cancelled task follows the withdrawal. What cannot be tied to an entry is placed by time.
     */
    private List<TimelineEvent> events(List<TaskRecord> tasks) {
        Map<String, TaskRecord> byId = new HashMap<>();
        tasks.forEach(t -> byId.put(t.taskId(), t));
        Map<Integer, List<TimelineEvent>> following = new HashMap<>();
        List<String> instances = tasks.stream().map(TaskRecord::processInstanceId).distinct().toList();
        for (TaskRecord t : tasks) {
            following.computeIfAbsent(arrivalCause(t, tasks, instances), i -> new ArrayList<>())
                .add(engineEvent(t.created(), TimelineEvent.EngineEvent.TASK_CREATED, t, null));
            if (t.end() == TaskRecord.End.CANCELLED) {
                following.computeIfAbsent(nearest(AuditAction.WITHDRAW, t.ended()), i -> new ArrayList<>())
                    .add(engineEvent(t.ended(), TimelineEvent.EngineEvent.TASK_CANCELLED, t, t.durationMillis()));
            }
        }
        List<TimelineEvent> events = new ArrayList<>(following.getOrDefault(-1, List.of()));
        for (int i = 0; i < trail.size(); i++) {
            AuditEntry e = trail.get(i);
            TaskRecord task = e.getTaskId() == null ? null : byId.get(e.getTaskId());
            Long waited = task == null ? null : Math.max(0, Duration.between(task.created(), e.getOccurredAt()).toMillis());
            events.add(new TimelineEvent(e.getOccurredAt(), TimelineEvent.Source.AUDIT, e.getAction().name(),
                step(e.getStep()), e.getActor(), name(e.getActor()), e.getActorRole(), e.getComment(), e.getDetails(),
                e.getStatusBefore(), e.getStatusAfter(), e.getTaskId(), waited, changeText.of(e.getChanges())));
            List<TimelineEvent> caused = new ArrayList<>(following.getOrDefault(i, List.of()));
            caused.sort(Comparator.comparing(TimelineEvent::at));
            events.addAll(caused);
        }
        return events;
    }

    /** Index of the audit entry that made this task arrive, or by time if none can be named. */
    private int arrivalCause(TaskRecord t, List<TaskRecord> tasks, List<String> instances) {
        TaskRecord previous = tasks.stream()
            .filter(p -> p.processInstanceId().equals(t.processInstanceId()) && p.ended() != null && p != t
                && !p.ended().isAfter(t.created()))
            .max(Comparator.comparing(TaskRecord::ended)).orElse(null);
        if (previous == null) {
            int submission = instances.indexOf(t.processInstanceId());
            for (int i = 0, seen = 0; i < trail.size(); i++) {
                if (trail.get(i).getAction() == AuditAction.SUBMIT && seen++ == submission) {
                    return i;
                }
            }
            return byTime(t.created());
        }
        for (int i = trail.size() - 1; i >= 0; i--) {
            if (previous.taskId().equals(trail.get(i).getTaskId()) && DECISIONS.contains(trail.get(i).getAction())) {
                return i;
            }
        }
        return nearest(AuditAction.RESUBMIT, previous.ended());
    }

    /** Index of the entry of this action recorded closest to the time, within two seconds; else by time. */
    private int nearest(AuditAction action, Instant at) {
        int best = -1;
        long bestGap = SAME_MOMENT.toMillis() + 1;
        for (int i = 0; i < trail.size(); i++) {
            long gap = Math.abs(Duration.between(at, trail.get(i).getOccurredAt()).toMillis());
            if (trail.get(i).getAction() == action && gap < bestGap) {
                best = i;
                bestGap = gap;
            }
        }
        return best >= 0 ? best : byTime(at);
    }

    /** Index of the last entry recorded at or before the time; -1 if none. */
    private int byTime(Instant at) {
        int last = -1;
        for (int i = 0; i < trail.size(); i++) {
            if (!trail.get(i).getOccurredAt().isAfter(at)) {
                last = i;
            }
        }
        return last;
    }

    private static TimelineEvent engineEvent(Instant at, TimelineEvent.EngineEvent kind, TaskRecord t, Long waited) {
        String holder = kind == TimelineEvent.EngineEvent.TASK_CREATED ? null : t.assignee();
        return new TimelineEvent(at, TimelineEvent.Source.ENGINE, kind.name(), t.step(), holder, null, null, null,
            t.step() == null ? t.name() : null, null, null, t.taskId(), waited, List.of());
    }

    private static ApprovalStep step(String name) {
        if (name == null) {
            return null;
        }
        try {
            return ApprovalStep.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private String name(String username) {
        return username == null ? null : nameCache.computeIfAbsent(username, names);
    }
}
