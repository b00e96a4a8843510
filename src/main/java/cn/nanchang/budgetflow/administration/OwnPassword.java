package cn.nanchang.budgetflow.administration;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.audit.AuditRecord;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.UserDirectory;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person replacing the one-time initial password of an imported account with their
 * own, under the same password rule as the 用户管理 form. Until they do, the pages send them here.
 */
@Service
@Transactional
public class OwnPassword {

    private final UserDirectory directory;
    private final UserRules rules;
    private final PasswordEncoder encoder;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Messages messages;

    OwnPassword(UserDirectory directory, UserRules rules, PasswordEncoder encoder, CurrentActor currentActor, AuditLog audit,
            Messages messages) {
        this.directory = directory;
        this.rules = rules;
        this.encoder = encoder;
        this.currentActor = currentActor;
        this.audit = audit;
        this.messages = messages;
    }

    /** Whether the signed-in person still has an initial password; false when no one is signed in. */
    @Transactional(readOnly = true)
    public boolean mustChange() {
        String username = currentActor.usernameOrSystem();
        return !CurrentActor.SYSTEM.equals(username) && directory.find(username).map(AppUser::isMustChangePassword).orElse(false);
    }

    /** Sets the person's own password; each refused field is named (current, password, repeat). */
    @PreAuthorize("isAuthenticated()")
    public void change(String current, String password, String repeat) {
        Actor me = currentActor.get();
        AppUser user = directory.find(me.username()).orElseThrow();
        List<FieldViolation> problems = new ArrayList<>();
        if (current == null || !encoder.matches(current, user.getPasswordHash())) {
            problems.add(new FieldViolation("current", messages.get("password.own.wrong")));
        }
        rules.password(password, problems);
        if (problems.isEmpty() && password.equals(current)) {
            problems.add(new FieldViolation("password", messages.get("password.own.same")));
        }
        if (password != null && !password.equals(repeat)) {
            problems.add(new FieldViolation("repeat", messages.get("password.own.mismatch")));
        }
        UserRules.throwIfAny(problems);
        user.changeOwnPasswordHash(encoder.encode(password));
        audit.record(AuditRecord.of(AuditAction.USER_PASSWORD_CHANGED, me.username(), me.role().name())
            .details(messages.get("admin.user.subject", user.getUsername(), user.getDisplayName())));
    }
}
