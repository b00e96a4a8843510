package cn.nanchang.budgetflow.document.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.lang.Nullable;
import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.DocumentType;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.document.DocumentFilter;
import cn.nanchang.budgetflow.document.DocumentHistory;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.document.HistoryEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Documents of every type: lists within what the caller may see, and each one's history, the
 * reason it was returned to its drafter. Its export lives with the other exports, in the workbench.
 */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "文档")
class DocumentController {

    private final DocumentQueries queries;
    private final DocumentHistory history;
    private final Messages messages;

    DocumentController(DocumentQueries queries, DocumentHistory history, Messages messages) {
        this.queries = queries;
        this.history = history;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "文档列表（可按类型、年度、科室、状态筛选）")
    List<DocumentSummaryResponse> list(@RequestParam(required = false) DocumentType type,
            @RequestParam(required = false) Integer fiscalYear, @RequestParam(required = false) String section,
            @RequestParam(required = false) DocumentStatus status,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
        return queries.list(new DocumentFilter(type, fiscalYear, section, status), Math.max(0, offset), limit)
            .stream().map(DocumentSummaryResponse::of).toList();
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "文档的审批记录：谁、以何角色、何时、做了什么、意见；创建和修改附每个字段修改前后的值")
    List<HistoryResponse> history(@PathVariable long id) {
        return history.of(id).stream().map(this::toResponse).toList();
    }

    @GetMapping("/{id}/latest-return")
    @Operation(summary = "退回原因：文档退回经办人时，最近一次退回的退回人、角色、环节、时间和意见；文档不在已退回状态时为 204")
    @ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "最近一次退回 / the latest return")
    @ApiResponse(responseCode = "204", description = "文档不在已退回状态 / the document is not returned", content = @Content)
    ResponseEntity<ReturnResponse> latestReturn(@PathVariable long id) {
        return history.latestReturn(id).map(r -> ResponseEntity.ok(new ReturnResponse(r.at(), r.actor(), r.actorName(),
                r.role(), r.role() == null ? null : messages.get("role." + r.role()),
                r.step() == null ? null : r.step().name(), r.step() == null ? null : messages.get(r.step().labelKey()),
                r.comment(), r.details())))
            .orElseGet(() -> ResponseEntity.noContent().build());
    }

    record ReturnResponse(Instant at, String actor, String actorName, @Nullable String role, @Nullable String roleName, @Nullable String step,
            @Nullable String stepName, @Nullable String comment, @Nullable String details) {
    }

    record HistoryResponse(Instant at, String actor, String actorName, @Nullable String role, @Nullable String roleName, String action,
            String actionName, @Nullable String step, @Nullable String stepName, @Nullable String comment, @Nullable String statusBefore, @Nullable String statusAfter,
            @Nullable String details, List<Change> changes, @Nullable String onBehalfOf) {
    }

    private HistoryResponse toResponse(HistoryEntry e) {
        return new HistoryResponse(e.at(), e.actor(), e.actorName(), e.role(),
            e.role() == null ? null : messages.get("role." + e.role()), e.action().name(),
            messages.get(e.action().labelKey()), e.step(), e.step() == null ? null : messages.get("step." + e.step()),
            e.comment(), e.statusBefore(), e.statusAfter(), e.details(),
            e.changes().stream().map(Change::of).toList(), e.onBehalfOf());
    }
}
