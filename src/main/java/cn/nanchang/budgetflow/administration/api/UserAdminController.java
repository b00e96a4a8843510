package cn.nanchang.budgetflow.administration.api;

import org.springframework.lang.Nullable;
import cn.nanchang.budgetflow.base.api.Created;
import cn.nanchang.budgetflow.administration.UserAccount;
import cn.nanchang.budgetflow.administration.UserAdministration;
import cn.nanchang.budgetflow.administration.UserInput;
import cn.nanchang.budgetflow.audit.AuditEntry;
import cn.nanchang.budgetflow.audit.FieldChange;
import cn.nanchang.budgetflow.base.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** User administration over HTTP, for administrators only (the service refuses everyone else with 403). */
@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "用户管理")
class UserAdminController {

    private final UserAdministration users;
    private final Messages messages;

    UserAdminController(UserAdministration users, Messages messages) {
        this.users = users;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "全部账号：用户名、姓名、角色、科室、是否启用")
    List<UserResponse> list() {
        return users.list().stream().map(this::response).toList();
    }

    @GetMapping("/{username}")
    @Operation(summary = "一个账号")
    UserResponse get(@PathVariable String username) {
        return response(users.get(username));
    }

    @PostMapping
    @Operation(summary = "新建账号：username、displayName、role、section（科员和科长必填，其他角色不填）、初始密码 password")
    @Created
    ResponseEntity<UserResponse> create(@RequestBody UserInput input) {
        UserResponse created = response(users.create(input));
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + created.username())).body(created);
    }

    @PutMapping("/{username}")
    @Operation(summary = "修改姓名、角色、科室（用户名不可修改）；本人已签收但无权再办理的任务退回候选组")
    UserResponse change(@PathVariable String username, @RequestBody UserInput input) {
        return response(users.change(username, input));
    }

    @PostMapping("/{username}/disable")
    @Operation(summary = "停用账号：不能再登录；其已签收的审批任务退回候选组")
    UserResponse disable(@PathVariable String username) {
        return response(users.disable(username));
    }

    @PostMapping("/{username}/enable")
    @Operation(summary = "启用账号")
    UserResponse enable(@PathVariable String username) {
        return response(users.enable(username));
    }

    @PostMapping("/{username}/password")
    @Operation(summary = "重置密码（由管理员设定新密码；审计记录中不含密码）")
    UserResponse resetPassword(@PathVariable String username, @RequestBody PasswordRequest request) {
        return response(users.resetPassword(username, request == null ? null : request.password()));
    }

    @GetMapping("/changes")
    @Operation(summary = "账号变更记录（最新在前）：谁、何时、对哪个账号、各字段修改前后的值")
    List<ChangeResponse> changes(@RequestParam(defaultValue = "100") int limit) {
        return users.changeLog(limit).stream().map(e -> change(e, messages)).toList();
    }

    record PasswordRequest(String password) {
    }

    record UserResponse(String username, String displayName, String role, String roleName, @Nullable String section,
            @Nullable String sectionName, boolean enabled, @Nullable String email) {
    }

    record ChangeResponse(long seq, Instant at, String actor, String action, String actionName, String details,
            List<FieldChange> changes) {
    }

    private UserResponse response(UserAccount a) {
        return new UserResponse(a.username(), a.displayName(), a.role().name(), messages.get(a.role().labelKey()),
            a.sectionCode(), a.sectionName(), a.enabled(), a.email());
    }

    static ChangeResponse change(AuditEntry e, Messages messages) {
        return new ChangeResponse(e.getSeq(), e.getOccurredAt(), e.getActor(), e.getAction().name(),
            messages.get(e.getAction().labelKey()), e.getDetails(), e.getChanges());
    }
}
