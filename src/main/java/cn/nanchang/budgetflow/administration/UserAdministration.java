package cn.nanchang.budgetflow.administration;

import cn.nanchang.budgetflow.approval.TaskRelease;
import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditEntry;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.audit.AuditRecord;
import cn.nanchang.budgetflow.audit.DocumentSnapshot;
import cn.nanchang.budgetflow.audit.FieldChange;
import cn.nanchang.budgetflow.audit.FieldDiff;
import cn.nanchang.budgetflow.base.ConflictException;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.ApprovalGroups;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.organization.UserDirectory;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import cn.nanchang.budgetflow.security.token.ApiTokens;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's user management. Each change is recorded in the audit log in its own
 * transaction, with the account in the details and every changed value before and after; a
 * password appears only as the fact that it was set. Administrators cannot lock themselves
 * out: they cannot disable their own account or take away their own administrator role, and
 * the last enabled administrator stays one. A section's 科长 who leaves the role or the section, or
 * is disabled, stops being its head (recorded as a change of the section), and nobody is newly
 * placed in a disabled section.
 */
@Service
@Transactional
@Roles.Admin
public class UserAdministration {

    /** The actions of this service, for the change log. */
    public static final Set<AuditAction> ACTIONS = EnumSet.of(AuditAction.USER_CREATED, AuditAction.USER_CHANGED,
        AuditAction.USER_DISABLED, AuditAction.USER_ENABLED, AuditAction.USER_PASSWORD_RESET);

    private final UserDirectory directory;
    private final UserRules rules;
    private final PasswordEncoder encoder;
    private final TaskRelease taskRelease;
    private final AuditLog audit;
    private final CurrentActor currentActor;
    private final Messages messages;
    private final ApiTokens apiTokens;
    private final SectionAdministration sections;

    UserAdministration(UserDirectory directory, UserRules rules, PasswordEncoder encoder, TaskRelease taskRelease,
            AuditLog audit, CurrentActor currentActor, Messages messages, ApiTokens apiTokens, SectionAdministration sections) {
        this.directory = directory;
        this.rules = rules;
        this.encoder = encoder;
        this.taskRelease = taskRelease;
        this.audit = audit;
        this.currentActor = currentActor;
        this.messages = messages;
        this.apiTokens = apiTokens;
        this.sections = sections;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> list() {
        return directory.all().stream().map(UserAccount::of).toList();
    }

    @Transactional(readOnly = true)
    public UserAccount get(String username) {
        return UserAccount.of(account(username));
    }

    public UserAccount create(UserInput input) {
        List<FieldViolation> problems = new ArrayList<>();
        String username = rules.username(input.username(), problems);
        UserRules.Valid person = rules.person(input, problems);
        rules.password(input.password(), problems);
        rules.placeable(person, null, problems);
        if (problems.stream().noneMatch(p -> p.field().equals("username")) && directory.exists(username)) {
            problems.add(new FieldViolation("username", messages.get("admin.user.username.taken", username)));
        }
        UserRules.throwIfAny(problems);
        AppUser user = directory.save(new AppUser(username, person.displayName(), encoder.encode(input.password()),
            person.role(), person.section()));
        user.setEmail(person.email());
        record(AuditAction.USER_CREATED, user, FieldDiff.between(DocumentSnapshot.empty(), snapshot(user)), null);
        return UserAccount.of(user);
    }

    /** Changes name, role and section; claimed tasks the person may no longer take go back to their groups. */
    public UserAccount change(String username, UserInput input) {
        AppUser user = account(username);
        List<FieldViolation> problems = new ArrayList<>();
        UserRules.Valid person = rules.person(input, problems);
        rules.placeable(person, user.getSection(), problems);
        UserRules.throwIfAny(problems);
        if (isMe(user) && person.role() != Role.ADMIN) {
            throw ValidationException.of("role", messages.get("admin.user.ownRole"));
        }
        DocumentSnapshot before = snapshot(user);
        user.change(person.displayName(), person.role(), person.section());
        user.setEmail(person.email());
        var changes = FieldDiff.between(before, snapshot(user));
        if (changes.isEmpty()) {
            return UserAccount.of(user);
        }
        int released = user.isEnabled() ? releaseClaims(user, AuditAction.USER_CHANGED) : 0;
        apiTokens.revokeStale(user);
        record(AuditAction.USER_CHANGED, user, changes, released);
        sections.dropHeadIfUnfit(user);
        return UserAccount.of(user);
    }

    public UserAccount disable(String username) {
        AppUser user = account(username);
        if (isMe(user)) {
            throw new ConflictException(messages.get("admin.user.ownAccount"));
        }
        if (!user.isEnabled()) {
            return UserAccount.of(user);
        }
        if (user.getRole() == Role.ADMIN && directory.countEnabled(Role.ADMIN) <= 1) {
            throw new ConflictException(messages.get("admin.user.lastAdmin"));
        }
        DocumentSnapshot before = snapshot(user);
        user.setEnabled(false);
        int released = releaseClaims(user, AuditAction.USER_DISABLED);
        apiTokens.revokeStale(user);
        record(AuditAction.USER_DISABLED, user, FieldDiff.between(before, snapshot(user)), released);
        sections.dropHeadIfUnfit(user);
        return UserAccount.of(user);
    }

    public UserAccount enable(String username) {
        AppUser user = account(username);
        if (user.isEnabled()) {
            return UserAccount.of(user);
        }
        DocumentSnapshot before = snapshot(user);
        user.setEnabled(true);
        record(AuditAction.USER_ENABLED, user, FieldDiff.between(before, snapshot(user)), null);
        return UserAccount.of(user);
    }

    /** Sets a new password chosen by the administrator; the record says that it was reset, never what to. */
    public UserAccount resetPassword(String username, String password) {
        AppUser user = account(username);
        List<FieldViolation> problems = new ArrayList<>();
        rules.password(password, problems);
        UserRules.throwIfAny(problems);
        user.changePasswordHash(encoder.encode(password));
        apiTokens.revokeStale(user);
        record(AuditAction.USER_PASSWORD_RESET, user, List.of(), null);
        return UserAccount.of(user);
    }

    /** The newest changes to accounts, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> changeLog(int limit) {
        return audit.latest(ACTIONS, Math.max(1, Math.min(limit, 500)));
    }

    private int releaseClaims(AppUser user, AuditAction why) {
        List<String> groupsNow = user.isEnabled() && user.getRole() != null
            ? ApprovalGroups.of(user.getRole(), user.getSection() == null ? null : user.getSection().getCode()) : List.of();
        return taskRelease.releaseClaimsOf(user.getUsername(), groupsNow, messages.get(why.labelKey()));
    }

    private void record(AuditAction action, AppUser user, List<FieldChange> changes, Integer released) {
        Actor admin = currentActor.get();
        String details = messages.get("admin.user.subject", user.getUsername(), user.getDisplayName())
            + (released == null || released == 0 ? "" : messages.get("admin.user.released", released));
        audit.record(AuditRecord.of(action, admin.username(), admin.role().name()).details(details).changes(changes));
    }

    private DocumentSnapshot snapshot(AppUser u) {
        return snapshot(new UserRules.Valid(u.getDisplayName(), u.getRole(), u.getSection(), u.getEmail()), u.isEnabled());
    }

    /** An account's values as the change log records them; also what the 花名册 preview compares. */
    DocumentSnapshot snapshot(UserRules.Valid u, boolean enabled) {
        return DocumentSnapshot.of()
            .field(messages.get("admin.user.displayName"), u.displayName())
            .field(messages.get("admin.user.role"), messages.get(u.role().labelKey()))
            .field(messages.get("common.section"), u.section() == null ? null : u.section().getName())
            .field(messages.get("admin.user.email"), u.email())
            .field(messages.get("admin.user.status"), messages.get(enabled ? "admin.user.enabled" : "admin.user.disabled"));
    }

    /**
     * A new account from the 花名册, already checked by the form's rules, with a one-time initial
     * password that its owner must replace at first sign-in; recorded like an account made on the form.
     */
    UserAccount createImported(String username, UserRules.Valid person, String initialPassword) {
        AppUser user = new AppUser(username, person.displayName(), encoder.encode(initialPassword), person.role(), person.section());
        user.setInitialPasswordHash(user.getPasswordHash());
        user.setEmail(person.email());
        directory.save(user);
        record(AuditAction.USER_CREATED, user, FieldDiff.between(DocumentSnapshot.empty(), snapshot(user)), null);
        return UserAccount.of(user);
    }

    private AppUser account(String username) {
        return directory.find(username).orElseThrow(() -> new NotFoundException(messages.get("admin.user.notFound", username)));
    }

    private boolean isMe(AppUser user) {
        return user.getUsername().equals(currentActor.get().username());
    }
}
