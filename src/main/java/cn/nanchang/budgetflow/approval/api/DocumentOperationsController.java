package cn.nanchang.budgetflow.approval.api;

import cn.nanchang.budgetflow.approval.DocumentChases;
import cn.nanchang.budgetflow.approval.DocumentOperations;
import cn.nanchang.budgetflow.approval.DocumentPathPreview;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.document.ApprovalDocument;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 撤回 of one's approval, 作废 and 催办 of a document and its 流程预测, for every document type. */
@RestController
@RequestMapping("/api/v1/documents/{id}")
@Tag(name = "审批操作")
class DocumentOperationsController {

    private final DocumentOperations operations;
    private final DocumentChases chases;
    private final Messages messages;
    private final DocumentPathPreview pathPreview;

    DocumentOperationsController(DocumentOperations operations, DocumentChases chases, Messages messages,
            DocumentPathPreview pathPreview) {
        this.operations = operations;
        this.chases = chases;
        this.messages = messages;
        this.pathPreview = pathPreview;
    }

    @GetMapping("/path-preview")
    @Operation(summary = "流程预测：若各环节均同意，文档尚需经过的环节及各环节办理人；current 为当前所在环节；已批复或已作废的文档为空")
    List<Map<String, Object>> pathPreview(@PathVariable long id) {
        return pathPreview.ahead(id).stream().map(s -> {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("step", s.step().name());
            step.put("stepName", messages.get(s.step().labelKey()));
            step.put("current", s.current());
            step.put("handlers", s.handlers());
            return step;
        }).toList();
    }

    @GetMapping("/operations")
    @Operation(summary = "当前用户此刻可对文档做的操作：可撤回的本人审批环节、能否作废")
    Map<String, Object> available(@PathVariable long id) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("withdrawableApproval", operations.withdrawableApproval(id).map(ApprovalStep::name).orElse(null));
        answer.put("canVoid", operations.canVoid(id));
        return answer;
    }

    @PostMapping("/withdraw-approval")
    @Operation(summary = "撤回本人的同意意见（下一环节尚未签收时），须填写原因；任务回到本人")
    Map<String, Object> withdrawApproval(@PathVariable long id, @RequestBody(required = false) ReasonRequest request) {
        ApprovalStep step = operations.withdrawApproval(id, request == null ? null : request.reason());
        return Map.of("documentId", id, "step", step.name(), "stepName", messages.get(step.labelKey()));
    }

    @PostMapping("/void")
    @Operation(summary = "作废（仅经办人，须填写原因）；进行中的审批随之终止")
    Map<String, Object> voidDocument(@PathVariable long id, @RequestBody(required = false) ReasonRequest request) {
        ApprovalDocument document = operations.voidDocument(id, request == null ? null : request.reason());
        return Map.of("documentId", id, "status", document.getStatus().name());
    }

    @PostMapping("/chase")
    @Operation(summary = "催办（仅经办人）：提醒当前环节的办理人；每个环节每天一次，message 为可选说明")
    Map<String, Object> chase(@PathVariable long id, @RequestBody(required = false) ChaseRequest request) {
        return Map.of("documentId", id, "recipients", chases.chase(id, request == null ? null : request.message()));
    }

    record ChaseRequest(String message) {
    }

    record ReasonRequest(String reason) {
    }
}
