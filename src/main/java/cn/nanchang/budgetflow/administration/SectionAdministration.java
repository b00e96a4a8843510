package cn.nanchang.budgetflow.administration;

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
import cn.nanchang.budgetflow.document.DocumentLookup;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.OrgUnit;
import cn.nanchang.budgetflow.organization.SectionDirectory;
import cn.nanchang.budgetflow.organization.UserDirectory;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 科室管理: the administrator maintains the sections (code, name, order, 科长, in use or not). The
 * code never changes, since document numbers and the approval group {@code section-head-<code>}
 * carry it; a new section's 科长 group exists as soon as someone is its 科长. A section that
 * documents or people refer to is never deleted, only disabled: then nobody is newly placed in it
 * and no new document is drafted for it, while what is under way goes on. Each change is audited
 * field by field, as account changes are.
 */
@Service
@Transactional
@Roles.Admin
public class SectionAdministration {

    /** The actions of this service, for the change log. */
    public static final Set<AuditAction> ACTIONS = EnumSet.of(AuditAction.SECTION_CREATED, AuditAction.SECTION_CHANGED,
        AuditAction.SECTION_DISABLED, AuditAction.SECTION_ENABLED, AuditAction.SECTION_DELETED);

    private final SectionDirectory sections;
    private final SectionRules rules;
    private final UserDirectory users;
    private final DocumentLookup documents;
    private final AuditLog audit;
    private final CurrentActor currentActor;
    private final Messages messages;

    SectionAdministration(SectionDirectory sections, SectionRules rules, UserDirectory users, DocumentLookup documents,
            AuditLog audit, CurrentActor currentActor, Messages messages) {
        this.sections = sections;
        this.rules = rules;
        this.users = users;
        this.documents = documents;
        this.audit = audit;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    /** Every section, disabled ones too, in their order. */
    @Transactional(readOnly = true)
    public List<SectionAccount> list() {
        return sections.all().stream().map(this::account).toList();
    }

    @Transactional(readOnly = true)
    public SectionAccount get(String code) {
        return account(section(code));
    }

    /** Who may be named the section's 科长: its enabled 科长 accounts. */
    @Transactional(readOnly = true)
    public List<UserAccount> headCandidates(String code) {
        OrgUnit section = section(code);
        return users.all().stream().filter(u -> SectionRules.fitsAsHead(u, section)).map(UserAccount::of).toList();
    }

    public SectionAccount create(SectionInput input) {
        List<FieldViolation> problems = new ArrayList<>();
        String code = rules.code(input.code(), problems);
        SectionRules.Valid valid = rules.section(input, null, problems);
        UserRules.throwIfAny(problems);
        OrgUnit section = sections.create(code, valid.name(), valid.sortOrder());
        record(AuditAction.SECTION_CREATED, section, FieldDiff.between(DocumentSnapshot.empty(), snapshot(section)));
        return account(section);
    }

    /** Changes name, order and 科长; a code in the input must be the section's own, since it never changes. */
    public SectionAccount change(String code, SectionInput input) {
        OrgUnit section = section(code);
        List<FieldViolation> problems = new ArrayList<>();
        if (input.code() != null && !input.code().isBlank() && !input.code().strip().equals(section.getCode())) {
            problems.add(new FieldViolation("code", messages.get("admin.section.code.immutable", section.getCode())));
        }
        SectionRules.Valid valid = rules.section(input, section, problems);
        UserRules.throwIfAny(problems);
        DocumentSnapshot before = snapshot(section);
        section.change(valid.name(), valid.sortOrder(), valid.head() == null ? null : valid.head().getId());
        var changes = FieldDiff.between(before, snapshot(section));
        if (!changes.isEmpty()) {
            record(AuditAction.SECTION_CHANGED, section, changes);
        }
        return account(section);
    }

    public SectionAccount disable(String code) {
        return setActive(section(code), false, AuditAction.SECTION_DISABLED);
    }

    public SectionAccount enable(String code) {
        return setActive(section(code), true, AuditAction.SECTION_ENABLED);
    }

    /** Removes a section that nothing refers to, e.g. one created with a mistyped code; any other is refused, with why. */
    public void delete(String code) {
        OrgUnit section = section(code);
        long people = sections.people(section);
        long drafted = documents.countInSection(section.getCode());
        if (people > 0 || drafted > 0) {
            // name only what is there: "已有1个账号", not "已有0份单据、1个账号"
            List<String> uses = new ArrayList<>();
            if (drafted > 0) {
                uses.add(messages.get("admin.section.inUse.documents", drafted));
            }
            if (people > 0) {
                uses.add(messages.get("admin.section.inUse.accounts", people));
            }
            throw new ConflictException(messages.get("admin.section.inUse", section.getName(), String.join("、", uses)));
        }
        List<FieldChange> changes = FieldDiff.between(snapshot(section), DocumentSnapshot.empty());
        record(AuditAction.SECTION_DELETED, section, changes);
        sections.delete(section);
    }

    /** The newest changes to sections, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> changeLog(int limit) {
        return audit.latest(ACTIONS, Math.max(1, Math.min(limit, 500)));
    }

    /**
     * Clears the 科长 of each section this account heads but no longer fits (another role or
     * section, or disabled), recorded like any change of the section: called by 用户管理 after it
     * changed the account, so that a section never names a head who is not its 科长.
     */
    void dropHeadIfUnfit(AppUser user) {
        for (OrgUnit section : sections.headedBy(user)) {
            if (!SectionRules.fitsAsHead(user, section)) {
                DocumentSnapshot before = snapshot(section);
                section.change(section.getName(), section.getSortOrder(), null);
                record(AuditAction.SECTION_CHANGED, section, FieldDiff.between(before, snapshot(section)));
            }
        }
    }

    private SectionAccount setActive(OrgUnit section, boolean active, AuditAction action) {
        if (section.isActive() == active) {
            return account(section);
        }
        DocumentSnapshot before = snapshot(section);
        section.setActive(active);
        record(action, section, FieldDiff.between(before, snapshot(section)));
        return account(section);
    }

    private void record(AuditAction action, OrgUnit section, List<FieldChange> changes) {
        Actor admin = currentActor.get();
        audit.record(AuditRecord.of(action, admin.username(), admin.role().name())
            .details(messages.get("admin.section.subject", section.getCode(), section.getName())).changes(changes));
    }

    /** A section's values as the change log records them; also what the 花名册 preview compares. */
    DocumentSnapshot snapshot(OrgUnit s) {
        return snapshot(s.getName(), s.getSortOrder(), sections.head(s).map(h -> headLabel(h.getDisplayName(), h.getUsername()))
            .orElse(null), s.isActive());
    }

    DocumentSnapshot snapshot(String name, int sortOrder, String head, boolean active) {
        return DocumentSnapshot.of()
            .field(messages.get("admin.section.name"), name)
            .field(messages.get("admin.section.order"), String.valueOf(sortOrder))
            .field(messages.get("admin.section.head"), head)
            .field(messages.get("admin.user.status"), messages.get(active ? "admin.user.enabled" : "admin.user.disabled"));
    }

    /** 王建华（head1）: how a section's 科长 reads in the change log. */
    static String headLabel(String displayName, String username) {
        return displayName + "（" + username + "）";
    }

    private SectionAccount account(OrgUnit s) {
        return SectionAccount.of(s, sections.head(s).orElse(null));
    }

    private OrgUnit section(String code) {
        return sections.all().stream().filter(s -> s.getCode().equals(code)).findFirst()
            .orElseThrow(() -> new NotFoundException(messages.get("admin.section.notFound", code)));
    }
}
