package cn.nanchang.budgetflow.approval.api;

import cn.nanchang.budgetflow.approval.DocumentSigners;
import cn.nanchang.budgetflow.base.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** 加签 before or after oneself, and 减签, for every document type. */
@RestController
@Tag(name = "审批操作")
class AddedSignerController {

    private final DocumentSigners signers;
    private final Messages messages;

    AddedSignerController(DocumentSigners signers, Messages messages) {
        this.signers = signers;
        this.messages = messages;
    }

    @GetMapping("/api/v1/tasks/{taskId}/signer-targets")
    @Operation(summary = "可加签的人员：可查看本文档的其他在用审批人员（不含经办人）")
    List<Map<String, String>> signerTargets(@PathVariable String taskId) {
        return signers.signerTargets(taskId).stream()
            .map(u -> Map.of("username", u.getUsername(), "displayName", u.getDisplayName())).toList();
    }

    @PostMapping("/api/v1/tasks/{taskId}/add-signer")
    @Operation(summary = "加签：position=BEFORE 前加签（加签人先审，再回到本人）或 AFTER 后加签（本人同意，加签人在下一环节前审），须填写原因")
    Map<String, String> addSigner(@PathVariable String taskId, @RequestBody(required = false) SignerRequest request) {
        SignerRequest r = request == null ? new SignerRequest(null, null, null) : request;
        signers.addSigner(taskId, r.target(), r.position(), r.reason());
        return Map.of("taskId", taskId, "result", "SIGNER_ADDED");
    }

    @GetMapping("/api/v1/documents/{id}/removable-signer")
    @Operation(summary = "本人加签且尚未办理、可减签的加签人（无则为空）")
    Map<String, Object> removableSigner(@PathVariable long id) {
        return Map.of("documentId", id, "signer", signers.removableSigner(id).orElse(""));
    }

    @PostMapping("/api/v1/documents/{id}/remove-signer")
    @Operation(summary = "减签：取消本人加签且尚未办理的加签人，审批回到原环节，须填写原因")
    Map<String, Object> removeSigner(@PathVariable long id, @RequestBody(required = false) SignerRequest request) {
        var step = signers.removeSigner(id, request == null ? null : request.reason());
        return Map.of("documentId", id, "step", step.name(), "stepName", messages.get(step.labelKey()));
    }

    /** target: a username from signer-targets; position: BEFORE or AFTER; reason: required. */
    record SignerRequest(String target, DocumentSigners.Position position, String reason) {
    }
}
