package cn.nanchang.budgetflow.security.api;

import cn.nanchang.budgetflow.security.token.ApiTokens;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sign in once: a token for {@code Authorization: Bearer}, had with the password, revoked with itself. */
@RestController
@Tag(name = "接口令牌")
class ApiTokenController {

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/v1/auth/token")
    @Operation(summary = "用用户名和密码（HTTP Basic）申请接口令牌")
    ResponseEntity<ApiTokens.Issued> issue() {
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(tokens.issue());
    }

    @DeleteMapping("/api/v1/auth/token")
    @Operation(summary = "撤销本次调用所用的令牌")
    @ResponseStatus(HttpStatus.NO_CONTENT) // so that the contract says 204, as the answer is
    void revoke() {
        tokens.revokeCurrent();
    }
}
