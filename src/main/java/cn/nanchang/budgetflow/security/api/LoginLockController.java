package cn.nanchang.budgetflow.security.api;

import cn.nanchang.budgetflow.security.LoginLocks;
import cn.nanchang.budgetflow.security.LoginThrottle;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The sign-in throttle for administrators: which names and client addresses are held, and lifting one (recorded in the audit log). */
@RestController
@RequestMapping("/api/v1/login-locks")
@Tag(name = "登录锁定")
class LoginLockController {

    private final LoginThrottle throttle;

    LoginLockController(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping
    @Operation(summary = "当前因登录失败而须等待的用户名与被限制的客户端地址（系统管理员）")
    List<LoginLocks.Lock> locks() {
        return throttle.locks();
    }

    @PostMapping("/{username}/unlock")
    @Operation(summary = "解除用户名或客户端地址的登录限制并清零失败次数（系统管理员；记入审计日志）")
    Map<String, String> unlock(@PathVariable String username) {
        throttle.unlock(username);
        return Map.of("username", username, "result", "UNLOCKED");
    }
}
