package cn.nanchang.budgetflow.security.api;

import org.springframework.lang.Nullable;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is, as the server sees them. */
@RestController
@Tag(name = "当前用户")
class MeController {

    private final CurrentActor currentActor;
    private final Messages messages;

    MeController(CurrentActor currentActor, Messages messages) {
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "当前登录用户、角色、科室和审批组")
    MeResponse me() {
        Actor a = currentActor.get();
        return new MeResponse(a.username(), a.displayName(), a.role().name(), messages.get(a.role().labelKey()),
            a.sectionCode(), a.sectionName(), a.groups());
    }

    record MeResponse(String username, String displayName, String role, String roleName, @Nullable String section,
            @Nullable String sectionName, List<String> groups) {
    }
}
