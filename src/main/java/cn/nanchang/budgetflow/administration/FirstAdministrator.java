package cn.nanchang.budgetflow.administration;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.audit.AuditRecord;
import cn.nanchang.budgetflow.audit.DocumentSnapshot;
import cn.nanchang.budgetflow.audit.FieldDiff;
import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.organization.UserDirectory;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of a database that has none (issue 20 §1), for the operator's command
 * only: it has no signed-in caller, so it is not an administrators' service and refuses as soon as
 * any account holds the administrator role (enabled or not). The account obeys the same rules as one
 * made on the users page and is recorded in the audit log as created by the command's operator.
 */
@Component
class FirstAdministrator {

    private final UserDirectory directory;
    private final UserRules rules;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Messages messages;

    FirstAdministrator(UserDirectory directory, UserRules rules, PasswordEncoder encoder, AuditLog audit, Messages messages) {
        this.directory = directory;
        this.rules = rules;
        this.encoder = encoder;
        this.audit = audit;
        this.messages = messages;
    }

    /**
     * Creates the administrator. Throws a {@link ConflictException} when an administrator exists and a
     * {@link cn.nanchang.budgetflow.base.ValidationException} when a value breaks the account rules.
     */
    @Transactional
    public AppUser create(String usernameText, String displayName, String password, String operator) {
        if (directory.all().stream().anyMatch(u -> u.getRole() == Role.ADMIN)) {
            throw new ConflictException(messages.get("admin.bootstrap.exists"));
        }
        List<FieldViolation> problems = new ArrayList<>();
        String username = rules.username(usernameText, problems);
        UserRules.Valid person = rules.person(new UserInput(username, displayName, Role.ADMIN.name(), null, password, null), problems);
        rules.password(password, problems);
        if (problems.isEmpty() && directory.exists(username)) {
            problems.add(new FieldViolation("username", messages.get("admin.user.username.taken", username)));
        }
        UserRules.throwIfAny(problems);
        AppUser user = directory.save(new AppUser(username, person.displayName(), encoder.encode(password), Role.ADMIN, null));
        DocumentSnapshot after = DocumentSnapshot.of()
            .field(messages.get("admin.user.displayName"), user.getDisplayName())
            .field(messages.get("admin.user.role"), messages.get(Role.ADMIN.labelKey()));
        audit.record(AuditRecord.of(AuditAction.USER_CREATED, operator, null)
            .details(messages.get("admin.bootstrap.audit", username, user.getDisplayName()))
            .changes(FieldDiff.between(DocumentSnapshot.empty(), after)));
        return user;
    }
}
