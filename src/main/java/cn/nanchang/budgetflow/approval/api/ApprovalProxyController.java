package cn.nanchang.budgetflow.approval.api;

import cn.nanchang.budgetflow.approval.ApprovalProxies;
import cn.nanchang.budgetflow.approval.ApprovalProxy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 代理审批: the caller's proxies while away. */
@RestController
@RequestMapping("/api/v1/proxies")
@Tag(name = "代理审批")
class ApprovalProxyController {

    private final ApprovalProxies proxies;

    ApprovalProxyController(ApprovalProxies proxies) {
        this.proxies = proxies;
    }

    @GetMapping
    @Operation(summary = "本人设置的代理：代理人、起止日期（含）、原因")
    List<ProxyResponse> mine() {
        return proxies.mine().stream().map(ProxyResponse::of).toList();
    }

    @GetMapping("/candidates")
    @Operation(summary = "可指定的代理人：可办理本人审批任务的其他在用审批人员")
    List<Map<String, String>> candidates() {
        return proxies.candidates().stream()
            .map(u -> Map.of("username", u.getUsername(), "displayName", u.getDisplayName())).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "设置代理：期间本人的待办由代理人办理，记为“代 X 审批”；日期不得重叠")
    ProxyResponse name(@RequestBody(required = false) ProxyRequest request) {
        ProxyRequest r = request == null ? new ProxyRequest(null, null, null, null) : request;
        return ProxyResponse.of(proxies.name(r.proxy(), r.startsOn(), r.endsOn(), r.reason()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "取消代理")
    Map<String, Object> cancel(@PathVariable long id) {
        proxies.cancel(id);
        return Map.of("id", id, "result", "CANCELLED");
    }

    record ProxyRequest(String proxy, LocalDate startsOn, LocalDate endsOn, String reason) {
    }

    record ProxyResponse(long id, String principal, String proxy, LocalDate startsOn, LocalDate endsOn, String reason) {
        static ProxyResponse of(ApprovalProxy p) {
            return new ProxyResponse(p.getId(), p.getPrincipal(), p.getProxy(), p.getStartsOn(), p.getEndsOn(), p.getReason());
        }
    }
}
