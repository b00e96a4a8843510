package cn.nanchang.budgetflow.workbench.api;

import org.springframework.lang.Nullable;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.document.DocumentSummary;
import cn.nanchang.budgetflow.document.api.Change;
import cn.nanchang.budgetflow.workbench.ApprovalSheet;
import cn.nanchang.budgetflow.workbench.AuditedDocument;
import cn.nanchang.budgetflow.workbench.DocumentTimeline;
import cn.nanchang.budgetflow.workbench.TaskSpan;
import cn.nanchang.budgetflow.workbench.TimelineEvent;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.workflow.TaskRecord;
import java.time.Instant;
import java.util.List;

/** JSON shapes of the auditors' endpoints: codes for machines, Chinese names beside them for people. */
final class AuditResponses {

    private AuditResponses() {
    }

    record DocumentRow(long id, String type, String typeName, String number, int fiscalYear, String section,
            String sectionName, String status, String statusName, String totalAmount, String drafter, String drafterName,
            List<Step> currentSteps, Instant createdAt, Instant updatedAt) {
    }

    record Step(String step, String stepName) {
    }

    record Timeline(DocumentRow document, List<Task> tasks, List<Event> events) {
    }

    record Task(String taskId, @Nullable String step, String stepName, Instant created, @Nullable Instant due, @Nullable Instant claimed, @Nullable String claimedBy,
            @Nullable String claimedByName, @Nullable Instant completed, @Nullable String completedBy, @Nullable String completedByName, long durationMillis,
            String state, @Nullable String outcome, @Nullable String outcomeName, @Nullable String comment, boolean overdue) {
    }

    record Event(Instant at, String source, String action, String actionName, @Nullable String step, @Nullable String stepName, @Nullable String actor,
            @Nullable String actorName, @Nullable String role, @Nullable String roleName, @Nullable String comment, @Nullable String details, @Nullable String statusBefore,
            @Nullable String statusAfter, @Nullable String taskId, @Nullable Long taskMillis, List<Change> changes) {
    }


    /** {@code auditSeq}: the newest audit entry the sheet rests on; {@code checkpointSeq}/{@code checkpointAt}: the earliest checkpoint covering it, null when none yet. */
    record Sheet(DocumentRow document, List<Content> contents, List<SheetStep> steps, Instant printedAt, long auditSeq,
            @Nullable Long checkpointSeq, @Nullable Instant checkpointAt, String auditAnchor) {
    }

    record Content(String title, List<String> headers, List<List<String>> rows, List<String> footer) {
    }

    record SheetStep(Instant at, @Nullable String step, @Nullable String stepName, String action, String actionName, String actor,
            String actorName, @Nullable String role, @Nullable String roleName, @Nullable String comment, @Nullable String details, @Nullable String signature) {
    }

    static Sheet sheet(ApprovalSheet s, Messages m) {
        return new Sheet(row(s.document(), s.createdAt(), List.of(), m),
            s.contents().stream().map(c -> new Content(c.title(), c.headers(), c.rows(), c.footer())).toList(),
            s.steps().stream().map(st -> new SheetStep(st.at(), st.step() == null ? null : st.step().name(),
                st.step() == null ? null : m.get(st.step().labelKey()), st.action().name(), m.get(st.action().labelKey()),
                st.actor(), st.actorName(), st.role(), st.role() == null ? null : m.get("role." + st.role()), st.comment(),
                st.details(), st.signature())).toList(),
            s.printedAt(), s.coverage().lastSeq(), s.coverage().checkpointSeq(), s.coverage().checkpointAt(), s.coverageText());
    }

    static DocumentRow row(AuditedDocument d, Messages m) {
        return row(d.document(), d.createdAt(), d.currentSteps(), m);
    }

    static Timeline timeline(DocumentTimeline t, Messages m) {
        List<ApprovalStep> current = t.tasks().stream().filter(task -> task.end() == TaskRecord.End.OPEN && task.step() != null)
            .map(TaskSpan::step).toList();
        return new Timeline(row(t.document(), t.createdAt(), current, m),
            t.tasks().stream().map(task -> task(task, m)).toList(),
            t.events().stream().map(e -> event(e, m)).toList());
    }

    private static DocumentRow row(DocumentSummary d, Instant createdAt, List<ApprovalStep> steps, Messages m) {
        return new DocumentRow(d.id(), d.type().name(), m.get(d.type().labelKey()), d.number(), d.fiscalYear(),
            d.sectionCode(), d.sectionName(), d.status().name(), m.get(d.status().labelKey()), d.total().toString(),
            d.drafter(), d.drafterName(), steps.stream().map(s -> new Step(s.name(), m.get(s.labelKey()))).toList(),
            createdAt, d.updatedAt());
    }

    private static Task task(TaskSpan t, Messages m) {
        return new Task(t.taskId(), t.step() == null ? null : t.step().name(),
            t.step() == null ? t.name() : m.get(t.step().labelKey()), t.created(), t.due(), t.claimed(), t.claimedBy(),
            t.claimedByName(), t.ended(), t.completedBy(), t.completedByName(), t.durationMillis(), t.end().name(),
            t.outcome() == null ? null : t.outcome().name(), m.get(t.outcomeKey()), t.comment(), t.overdue());
    }

    private static Event event(TimelineEvent e, Messages m) {
        return new Event(e.at(), e.source().name(), e.action(), m.get(e.labelKey()), e.step() == null ? null : e.step().name(),
            e.step() == null ? null : m.get(e.step().labelKey()), e.actor(), e.actorName(), e.role(),
            e.role() == null ? null : m.get("role." + e.role()), e.comment(), e.details(), e.statusBefore(),
            e.statusAfter(), e.taskId(), e.taskMillis(), e.changes().stream().map(Change::of).toList());
    }
}
