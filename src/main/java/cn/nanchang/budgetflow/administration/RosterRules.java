package cn.nanchang.budgetflow.administration;

import cn.nanchang.budgetflow.administration.RosterPreview.Problem;
import cn.nanchang.budgetflow.administration.RosterXlsx.PersonRow;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.organization.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Checks a 花名册 row by row. Each person goes through the very rules of the 用户管理 form
 * ({@link UserRules}): the file's Chinese role and section names are only translated to the role
 * and section code the form would send. The 科室 sheet goes through the rules of 科室管理
 * ({@link RosterSections}), and a person may be placed in a section the sheet creates. On top come
 * what only a file can get wrong: a username twice, a 科长用户名 not listed as that section's 科长,
 * and the importing administrator giving up their own role.
 */
@Component
class RosterRules {

    private static final Map<String, String> PERSON_COLUMNS = Map.of("displayName", "姓名", "username", "用户名",
        "role", "角色", "section", "科室", "email", "电子邮箱");

    private final UserRules rules;
    private final RosterSections sections;
    private final Messages messages;

    RosterRules(UserRules rules, RosterSections sections, Messages messages) {
        this.rules = rules;
        this.sections = sections;
        this.messages = messages;
    }

    /** A valid person row, as the form would have sent it. */
    record Planned(int row, String username, UserInput input, UserRules.Valid person) {
    }

    record Checked(List<Problem> problems, List<Planned> people, List<RosterSections.Plan> sections) {
    }

    Checked check(RosterXlsx.RosterFile file, String importer) {
        List<Problem> problems = new ArrayList<>();
        file.unreadable().forEach(u -> problems.add(new Problem(sheetOf(u.field()), rowOf(u.field()), "", u.message())));
        if (file.people().isEmpty()) {
            problems.add(new Problem(RosterXlsx.PEOPLE, 0, "", messages.get("roster.file.empty")));
        }
        List<RosterSections.Plan> plans = sections.check(file.sections(), problems);
        Map<String, String> codeByName = sections.codeByName(plans);
        List<Planned> people = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (PersonRow row : file.people()) {
            List<FieldViolation> violations = new ArrayList<>();
            String username = rules.username(row.username(), violations);
            UserInput input = new UserInput(username, row.displayName(), roleName(row.role()),
                codeByName.getOrDefault(row.section(), row.section()), null, row.email());
            UserRules.Valid person = rules.person(input, violations, code -> sections.resolve(plans, code));
            rules.placeable(person, sections.currentSection(username), violations);
            Integer first = seen.putIfAbsent(username, row.row());
            if (first != null && !username.isEmpty()) {
                violations.add(new FieldViolation("username", messages.get("roster.person.duplicate", username, first)));
            }
            if (username.equals(importer) && person.role() != null && person.role() != Role.ADMIN) {
                violations.add(new FieldViolation("role", messages.get("admin.user.ownRole")));
            }
            violations.forEach(v -> problems.add(new Problem(RosterXlsx.PEOPLE, row.row(),
                PERSON_COLUMNS.getOrDefault(v.field(), ""), v.message())));
            if (violations.isEmpty()) {
                people.add(new Planned(row.row(), username, input, person));
            }
        }
        sections.checkHeads(plans, people, problems);
        return new Checked(problems, people, plans);
    }

    /** The role's name for its Chinese label (科长 → SECTION_HEAD); anything else as typed, for the form's rule to refuse. */
    private String roleName(String text) {
        for (Role role : Role.values()) {
            if (messages.get(role.labelKey()).equals(text)) {
                return role.name();
            }
        }
        return text;
    }

    private static String sheetOf(String field) {
        return field.startsWith("sections") ? RosterXlsx.SECTIONS : RosterXlsx.PEOPLE;
    }

    private static int rowOf(String field) {
        return Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
    }
}
