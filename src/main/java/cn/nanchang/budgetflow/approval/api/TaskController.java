package cn.nanchang.budgetflow.approval.api;

import org.springframework.lang.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import cn.nanchang.budgetflow.approval.BatchApproval;
import cn.nanchang.budgetflow.approval.BatchOutcome;
import cn.nanchang.budgetflow.approval.DocumentOperations;
import cn.nanchang.budgetflow.approval.DocumentReview;
import cn.nanchang.budgetflow.approval.DueText;
import cn.nanchang.budgetflow.approval.InboxItem;
import cn.nanchang.budgetflow.approval.InboxSearch;
import cn.nanchang.budgetflow.approval.MeetingRecord;
import cn.nanchang.budgetflow.approval.Worklist;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.workflow.Decision;
import cn.nanchang.budgetflow.workflow.InboxSort;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's inbox and decisions on tasks. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "待办任务")
class TaskController {

    private final DocumentReview review;
    private final DocumentOperations operations;
    private final Messages messages;
    private final BatchApproval batch;
    private final Worklist worklist;

    TaskController(DocumentReview review, DocumentOperations operations, Messages messages, BatchApproval batch,
            Worklist worklist) {
        this.worklist = worklist;
        this.review = review;
        this.operations = operations;
        this.messages = messages;
        this.batch = batch;
    }

    @GetMapping
    @Operation(summary = "我的待办：本人所在审批组未签收的任务和本人已签收的任务；委派的任务带 owner（委派人）与 delegation（PENDING 待受托人办理，RESOLVED 已交回待确认）")
    List<TaskResponse> inbox(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit,
            @Parameter(description = "按编号、经办人或科室搜索") @RequestParam(required = false) String q,
            @Parameter(description = "文档类型：BUDGET_DRAFT、PROJECT_APPLICATION、PROCUREMENT_PLAN") @RequestParam(required = false) String type,
            @Parameter(description = "环节，如 FINANCE_REVIEW") @RequestParam(required = false) String step,
            @Parameter(description = "仅看超期") @RequestParam(defaultValue = "false") boolean overdue,
            @Parameter(description = "排序：ARRIVED_ASC（默认）、ARRIVED_DESC、DUE_ASC、DUE_DESC") @RequestParam(required = false) String sort) {
        InboxSearch search = new InboxSearch(q, named(DocumentType.class, type, "type"), named(ApprovalStep.class, step, "step"),
            overdue, named(InboxSort.class, sort, "sort"));
        return worklist.inbox(search, Math.max(0, offset), Math.max(1, Math.min(limit, 500))).stream().map(this::toResponse).toList();
    }

    /** The constant of this name, or a 400 naming the parameter and the values it takes. */
    private <E extends Enum<E>> E named(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value.strip())).findFirst()
            .orElseThrow(() -> ValidationException.of(field, messages.get("api.error.badValue", InputChecks.abbreviate(value),
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining("、")))));
    }

    @PostMapping("/{taskId}/claim")
    @Operation(summary = "签收任务")
    Map<String, String> claim(@PathVariable String taskId) {
        review.claim(taskId);
        return Map.of("taskId", taskId, "result", "CLAIMED");
    }

    @PostMapping("/{taskId}/unclaim")
    @Operation(summary = "取消签收")
    Map<String, String> unclaim(@PathVariable String taskId) {
        review.unclaim(taskId);
        return Map.of("taskId", taskId, "result", "UNCLAIMED");
    }

    @GetMapping("/{taskId}/return-targets")
    @Operation(summary = "可退回的环节：经办人（REVISE）及本次审批已经过的审核环节")
    List<Map<String, String>> returnTargets(@PathVariable String taskId) {
        return operations.returnTargets(taskId).stream()
            .map(s -> Map.of("step", s.name(), "stepName", messages.get(s.labelKey()))).toList();
    }

    @PostMapping("/{taskId}/decision")
    @Operation(summary = "审批：同意（APPROVE）或退回（RETURN，须填写意见）；主任办公会环节须附会议记录 meeting")
    DecisionResponse decide(@PathVariable String taskId, @RequestBody DecisionRequest request) {
        if (request == null) {
            throw ValidationException.of("decision", messages.get("review.error.decision"));
        }
        var status = review.decide(taskId, request.decision(), request.comment(), request.meeting(), request.returnTo());
        return new DecisionResponse(taskId, request.decision().name(), status.name());
    }

    @PostMapping("/batch-approve")
    @Operation(summary = "批量同意：同一类文档、同一审批环节的多个任务，一条意见；逐件办理，返回每件的结果（主任办公会不能批量）")
    List<BatchOutcome> batchApprove(@RequestBody BatchRequest request) {
        if (request == null) {
            throw ValidationException.of("taskIds", messages.get("batch.error.noneChosen"));
        }
        return batch.approve(request.taskIds(), request.comment());
    }

    record BatchRequest(List<String> taskIds, String comment) {
    }

    /**
     * meeting: {"meetingDate":"2023-03-01","attendees":"…","minutesRef":"…"}, only at 主任办公会;
     * returnTo: with RETURN, an earlier step listed by GET …/return-targets (default REVISE, the drafter).
     */
    record DecisionRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Decision decision, String comment, MeetingRecord meeting, ApprovalStep returnTo) {
    }

    /** The decision taken and the document's status after it. */
    record DecisionResponse(String taskId, String decision, String documentStatus) {
    }

    record TaskResponse(String taskId, String step, String stepName, long documentId, String documentType,
            String documentNumber, String section, String sectionName, int fiscalYear, String totalAmount,
            String documentStatus, @Nullable String assignee, Instant created, @Nullable Instant dueAt, boolean overdue, @Nullable String owner,
            @Nullable String delegation, String dueKind, @Nullable Long dueDays) {
    }

    private TaskResponse toResponse(InboxItem item) {
        var d = item.document();
        return new TaskResponse(item.taskId(), item.step().name(), messages.get(item.step().labelKey()), d.id(),
            d.type().name(), d.number(), d.sectionCode(), d.sectionName(), d.fiscalYear(), d.total().toString(),
            d.status().name(), item.assignee(), item.created(), item.due(), item.overdue(), item.owner(),
            item.delegation() == null ? null : item.delegation().name(), item.dueText().kind().name(),
            item.dueText().kind() == DueText.Kind.NONE ? null : item.dueText().days());
    }
}
