package cn.nanchang.budgetflow.administration;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.organization.OrgUnit;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.organization.Role;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The rules of an account, each broken one reported against its field in Chinese: a username of
 * lower-case letters and digits, a name, a role that exists, a section exactly where the role
 * works for a section, and a password strong enough and short enough for bcrypt.
 */
@Component
class UserRules {

    static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,49}");
    static final int MIN_PASSWORD = 8;
    static final int MAX_EMAIL = 200;
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final OrganizationService organization;
    private final Messages messages;

    UserRules(OrganizationService organization, Messages messages) {
        this.organization = organization;
        this.messages = messages;
    }

    /** A valid name, role and section. */
    record Valid(String displayName, Role role, OrgUnit section, String email) {
    }

    String username(String text, List<FieldViolation> problems) {
        String u = text == null ? "" : text.strip();
        if (u.isEmpty()) {
            problems.add(new FieldViolation("username", messages.get("admin.user.username.required")));
        } else if (!USERNAME.matcher(u).matches()) {
            problems.add(new FieldViolation("username", messages.get("admin.user.username.format")));
        }
        return u;
    }

    Valid person(UserInput input, List<FieldViolation> problems) {
        return person(input, problems, organization::sectionByCode);
    }

    /** As {@link #person(UserInput, List)}, with the sections as {@code sections} tells them, e.g. those a 花名册 would create. */
    Valid person(UserInput input, List<FieldViolation> problems, Function<String, Optional<OrgUnit>> sections) {
        String name = InputChecks.requiredText(input.displayName(), "displayName", messages.get("admin.user.displayName"), 50, problems);
        Role role = role(input.role(), problems);
        OrgUnit section = null;
        String code = input.section() == null ? "" : input.section().strip();
        if (role != null && role.isSectionBound()) {
            if (code.isEmpty()) {
                problems.add(new FieldViolation("section", messages.get("admin.user.section.required", messages.get(role.labelKey()))));
            } else {
                section = sections.apply(code).orElse(null);
                if (section == null) {
                    problems.add(new FieldViolation("section", messages.get("admin.user.section.unknown", code)));
                }
            }
        } else if (role != null && !code.isEmpty()) {
            problems.add(new FieldViolation("section", messages.get("admin.user.section.notAllowed", messages.get(role.labelKey()))));
        }
        return new Valid(name, role, section, email(input.email(), problems));
    }

    /** A disabled section keeps the people it has, but nobody is newly placed in it. */
    void placeable(Valid person, OrgUnit current, List<FieldViolation> problems) {
        OrgUnit section = person.section();
        if (section != null && !section.isActive() && (current == null || !current.getCode().equals(section.getCode()))) {
            problems.add(new FieldViolation("section", messages.get("admin.user.section.disabled", section.getName())));
        }
    }

    /** Optional; blank means none. */
    private String email(String value, List<FieldViolation> problems) {
        String e = InputChecks.optionalText(value, "email", messages.get("admin.user.email"), MAX_EMAIL, problems);
        if (e != null && !EMAIL.matcher(e).matches()) {
            problems.add(new FieldViolation("email", messages.get("admin.user.email.format")));
            return null;
        }
        return e;
    }

    void password(String password, List<FieldViolation> problems) {
        if (password == null || password.isEmpty()) {
            problems.add(new FieldViolation("password", messages.get("admin.user.password.required")));
        } else if (password.length() < MIN_PASSWORD || !password.chars().anyMatch(Character::isLetter)
                || !password.chars().anyMatch(Character::isDigit)) {
            problems.add(new FieldViolation("password", messages.get("admin.user.password.weak", MIN_PASSWORD)));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add(new FieldViolation("password", messages.get("admin.user.password.tooLong", MAX_PASSWORD_BYTES)));
        } else if (!password.strip().equals(password)) {
            problems.add(new FieldViolation("password", messages.get("admin.user.password.spaces")));
        }
    }

    static void throwIfAny(List<FieldViolation> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(new ArrayList<>(problems));
        }
    }

    private Role role(String text, List<FieldViolation> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldViolation("role", messages.get("admin.user.role.required")));
            return null;
        }
        try {
            return Role.valueOf(text.strip());
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldViolation("role", messages.get("admin.user.role.unknown", text.strip())));
            return null;
        }
    }
}
