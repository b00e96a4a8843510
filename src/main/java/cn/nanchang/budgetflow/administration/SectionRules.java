package cn.nanchang.budgetflow.administration;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.OrgUnit;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.organization.SectionDirectory;
import cn.nanchang.budgetflow.organization.UserDirectory;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rules of a section, each broken one reported against its field in Chinese: a code such as
 * S07 that no unit has, a name of at most 30 characters that no other unit has, an order, and a
 * 科长 who is an enabled 科长 account of this very section.
 */
@Component
class SectionRules {

    static final Pattern CODE = Pattern.compile("S[0-9]{2,3}");
    static final int MAX_NAME = 30;
    static final int MAX_ORDER = 9999;

    private final SectionDirectory sections;
    private final UserDirectory users;
    private final Messages messages;

    SectionRules(SectionDirectory sections, UserDirectory users, Messages messages) {
        this.sections = sections;
        this.users = users;
        this.messages = messages;
    }

    /** Valid name and order of a section, and its 科长 if one is named. */
    record Valid(String name, Integer sortOrder, @Nullable AppUser head) {
    }

    /** A new section's code: the right shape and no unit's yet. */
    String code(String text, List<FieldViolation> problems) {
        String code = text == null ? "" : text.strip();
        if (code.isEmpty()) {
            problems.add(new FieldViolation("code", messages.get("admin.section.code.required")));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(new FieldViolation("code", messages.get("admin.section.code.format")));
        } else if (sections.unit(code).isPresent()) {
            problems.add(new FieldViolation("code", messages.get("admin.section.code.taken", code)));
        }
        return code;
    }

    /** Name, order and head of the section {@code existing} (null for a new one, which has nobody in it yet). */
    Valid section(SectionInput input, @Nullable OrgUnit existing, List<FieldViolation> problems) {
        String name = InputChecks.requiredText(input.name(), "name", messages.get("admin.section.name"), MAX_NAME, problems);
        if (name != null && sections.unitNamed(name).filter(u -> existing == null || !u.getId().equals(existing.getId())).isPresent()) {
            problems.add(new FieldViolation("name", messages.get("admin.section.name.taken", name)));
        }
        Integer order = input.sortOrder();
        if (order == null) {
            problems.add(new FieldViolation("sortOrder", messages.get("admin.section.order.required")));
        } else if (order < 0 || order > MAX_ORDER) {
            problems.add(new FieldViolation("sortOrder", messages.get("admin.section.order.range", MAX_ORDER)));
        }
        return new Valid(name, order, head(input.head(), existing, name, problems));
    }

    private AppUser head(String text, @Nullable OrgUnit section, String name, List<FieldViolation> problems) {
        String username = text == null ? "" : text.strip();
        if (username.isEmpty()) {
            return null;
        }
        AppUser head = users.find(username).orElse(null);
        if (head == null) {
            problems.add(new FieldViolation("head", messages.get("admin.user.notFound", username)));
        } else if (!fitsAsHead(head, section)) {
            problems.add(new FieldViolation("head", messages.get("admin.section.head.notInSection", head.getDisplayName(),
                section == null ? (name == null ? "" : name) : section.getName())));
        }
        return head;
    }

    /** An enabled 科长 account placed in this section. */
    static boolean fitsAsHead(AppUser user, @Nullable OrgUnit section) {
        return section != null && user.isEnabled() && user.getRole() == Role.SECTION_HEAD && user.getSection() != null
            && user.getSection().getId().equals(section.getId());
    }
}
