package cn.nanchang.budgetflow.approval.api;

import cn.nanchang.budgetflow.approval.CarbonCopies;
import cn.nanchang.budgetflow.document.api.DocumentSummaryResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 抄送: copying people in on a document, and the 抄送我的 list with read status. */
@RestController
@Tag(name = "抄送")
class CarbonCopyController {

    private final CarbonCopies copies;

    CarbonCopyController(CarbonCopies copies) {
        this.copies = copies;
    }

    @PostMapping("/api/v1/documents/{id}/cc")
    @Operation(summary = "抄送（经办人或审批人）：recipients 为用户名列表，note 为可选说明")
    Map<String, Object> send(@PathVariable long id, @RequestBody(required = false) CcRequest request) {
        List<String> sent = copies.send(id, request == null ? null : request.recipients(), request == null ? null : request.note());
        return Map.of("documentId", id, "recipients", sent);
    }

    @GetMapping("/api/v1/documents/{id}/cc")
    @Operation(summary = "文档的抄送对象及是否已读")
    List<RecipientResponse> recipients(@PathVariable long id) {
        return copies.recipientsOf(id).stream().map(r -> new RecipientResponse(r.username(), r.displayName(),
            r.sentByName(), r.sentAt(), r.readAt() != null, r.readAt())).toList();
    }

    @PostMapping("/api/v1/documents/{id}/cc/read")
    @Operation(summary = "标记抄送给我的文档为已读（在界面中打开文档即为已读）")
    Map<String, Object> markRead(@PathVariable long id) {
        copies.markRead(id);
        return Map.of("documentId", id, "read", true);
    }

    @GetMapping("/api/v1/cc")
    @Operation(summary = "抄送我的：最新的在前，含已读/未读")
    List<ReceivedResponse> received(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
        return copies.received(Math.max(0, offset), Math.max(1, Math.min(limit, 500))).stream()
            .map(r -> new ReceivedResponse(DocumentSummaryResponse.of(r.document()), r.sentBy(), r.sentByName(), r.sentAt(),
                r.note(), r.read()))
            .toList();
    }

    @GetMapping("/api/v1/cc/unread-count")
    @Operation(summary = "抄送我的未读数")
    Map<String, Long> unread() {
        return Map.of("unread", copies.unreadCount());
    }

    record CcRequest(List<String> recipients, String note) {
    }

    record RecipientResponse(String username, String displayName, String sentByName, Instant sentAt, boolean read,
            @org.springframework.lang.Nullable Instant readAt) {
    }

    record ReceivedResponse(DocumentSummaryResponse document, String sentBy, String sentByName, Instant sentAt,
            @org.springframework.lang.Nullable String note, boolean read) {
    }
}
