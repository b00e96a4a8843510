package cn.nanchang.budgetflow.approval.api;

import cn.nanchang.budgetflow.approval.DocumentHandover;
import cn.nanchang.budgetflow.organization.AppUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 转办 and 委派 of a review task, and the delegate's hand-back, for every document type. */
@RestController
@RequestMapping("/api/v1/tasks/{taskId}")
@Tag(name = "待办任务")
class TaskHandoverController {

    private final DocumentHandover handover;

    TaskHandoverController(DocumentHandover handover) {
        this.handover = handover;
    }

    @GetMapping("/transfer-targets")
    @Operation(summary = "可转办的人员：本环节审批组中其他在用人员（不含经办人）")
    List<Map<String, String>> transferTargets(@PathVariable String taskId) {
        return people(handover.transferTargets(taskId));
    }

    @PostMapping("/transfer")
    @Operation(summary = "转办：任务改由 target 办理，须填写原因 reason")
    Map<String, String> transfer(@PathVariable String taskId, @RequestBody(required = false) HandoverRequest request) {
        handover.transfer(taskId, request == null ? null : request.target(), request == null ? null : request.reason());
        return Map.of("taskId", taskId, "result", "TRANSFERRED", "assignee", request.target().strip());
    }

    @GetMapping("/delegate-targets")
    @Operation(summary = "可委派的人员：可查看本文档的其他在用人员（不含经办人、审计与管理员）")
    List<Map<String, String>> delegateTargets(@PathVariable String taskId) {
        return people(handover.delegateTargets(taskId));
    }

    @PostMapping("/delegate")
    @Operation(summary = "委派：target 办理后交回本人确认审批，须填写说明 reason")
    Map<String, String> delegate(@PathVariable String taskId, @RequestBody(required = false) HandoverRequest request) {
        handover.delegate(taskId, request == null ? null : request.target(), request == null ? null : request.reason());
        return Map.of("taskId", taskId, "result", "DELEGATED", "assignee", request.target().strip());
    }

    @PostMapping("/resolve")
    @Operation(summary = "受托人办理完毕，附办理意见 reason 交回委派人（待确认）")
    Map<String, String> resolve(@PathVariable String taskId, @RequestBody(required = false) HandoverRequest request) {
        handover.resolve(taskId, request == null ? null : request.reason());
        return Map.of("taskId", taskId, "result", "RESOLVED");
    }

    record HandoverRequest(String target, String reason) {
    }

    private static List<Map<String, String>> people(List<AppUser> users) {
        return users.stream().map(u -> Map.of("username", u.getUsername(), "displayName", u.getDisplayName())).toList();
    }
}
