package cn.nanchang.budgetflow.administration;

import cn.nanchang.budgetflow.administration.RosterPreview.Problem;
import cn.nanchang.budgetflow.administration.RosterPreview.SectionChange;
import cn.nanchang.budgetflow.administration.RosterRules.Planned;
import cn.nanchang.budgetflow.administration.RosterXlsx.SectionRow;
import cn.nanchang.budgetflow.audit.DocumentSnapshot;
import cn.nanchang.budgetflow.audit.FieldDiff;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.organization.OrgUnit;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.organization.UserDirectory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * The 科室 sheet of a 花名册: each row goes through the rules of 科室管理 ({@link SectionRules}). A
 * code the system does not know makes a new section, a known one takes the row's name, order and
 * 科长 (a blank name or order keeps the section's own; a blank 科长 means none), and the 科长 must be
 * listed in the 人员 sheet as that section's 科长. Sections the sheet does not list stay as they are.
 * Applying goes through {@link SectionAdministration}, so each change is audited as on the page.
 */
@Component
class RosterSections {

    private static final Map<String, String> COLUMNS = Map.of("code", "科室代码", "name", "科室名称", "sortOrder", "排序",
        "head", "科长用户名");

    private final SectionRules rules;
    private final SectionAdministration sections;
    private final OrganizationService organization;
    private final UserDirectory users;
    private final Messages messages;

    RosterSections(SectionRules rules, SectionAdministration sections, OrganizationService organization, UserDirectory users,
            Messages messages) {
        this.rules = rules;
        this.sections = sections;
        this.organization = organization;
        this.users = users;
        this.messages = messages;
    }

    /** A valid 科室 row: the section it makes or changes ({@code existing} null for a new one). */
    record Plan(int row, String code, String name, int sortOrder, String head, @Nullable OrgUnit existing) {

        OrgUnit unit() {
            return existing != null ? existing : OrgUnit.planned(code, name, sortOrder);
        }
    }

    List<Plan> check(List<SectionRow> rows, List<Problem> problems) {
        Map<String, Integer> codes = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        List<Plan> plans = new ArrayList<>();
        for (SectionRow row : rows) {
            List<FieldViolation> violations = new ArrayList<>();
            OrgUnit existing = row.code().isEmpty() ? null : organization.sectionByCode(row.code()).orElse(null);
            Integer first = row.code().isEmpty() ? null : codes.putIfAbsent(row.code(), row.row());
            if (row.code().isEmpty()) {
                violations.add(new FieldViolation("code", messages.get("roster.section.codeRequired")));
            } else if (first != null) {
                violations.add(new FieldViolation("code", messages.get("roster.section.duplicate", row.code(), first)));
            } else if (existing == null) {
                rules.code(row.code(), violations);
            }
            Integer order = order(row.order(), existing, violations);
            String name = row.name().isEmpty() && existing != null ? existing.getName() : row.name();
            SectionRules.Valid valid = rules.section(new SectionInput(row.code(), name, order, null), existing, violations);
            Integer sameName = valid.name() == null ? null : names.putIfAbsent(valid.name(), row.row());
            if (sameName != null) {
                violations.add(new FieldViolation("name", messages.get("roster.section.sameName", valid.name(), sameName)));
            }
            violations.forEach(v -> problems.add(new Problem(RosterXlsx.SECTIONS, row.row(), COLUMNS.getOrDefault(v.field(), ""),
                v.message())));
            if (violations.isEmpty()) {
                plans.add(new Plan(row.row(), row.code(), valid.name(), valid.sortOrder(), row.head(), existing));
            }
        }
        return plans;
    }

    /** A blank order keeps the section's own; anything but a whole number is refused here, once. */
    private Integer order(String text, @Nullable OrgUnit existing, List<FieldViolation> violations) {
        if (text.isEmpty()) {
            return existing == null ? null : existing.getSortOrder();
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notWhole) {
            violations.add(new FieldViolation("sortOrder", messages.get("admin.section.order.range", SectionRules.MAX_ORDER)));
            return existing == null ? 0 : existing.getSortOrder();
        }
    }

    /** The section a person's code means: one of the sheet (perhaps still to be created), else one the system has. */
    Optional<OrgUnit> resolve(List<Plan> plans, String code) {
        return plans.stream().filter(p -> p.code().equals(code)).findFirst().map(Plan::unit)
            .or(() -> organization.sectionByCode(code));
    }

    /** Section codes by name, the sheet's names over the system's, so that a person may name a section. */
    Map<String, String> codeByName(List<Plan> plans) {
        Map<String, String> codes = new HashMap<>();
        organization.sections().forEach(s -> codes.put(s.getName(), s.getCode()));
        plans.forEach(p -> codes.put(p.name(), p.code()));
        return codes;
    }

    /** Each named 科长 must be listed in the 人员 sheet as that section's 科长. */
    void checkHeads(List<Plan> plans, List<Planned> people, List<Problem> problems) {
        for (Plan plan : plans) {
            if (!plan.head().isEmpty() && people.stream().noneMatch(p -> p.username().equals(plan.head())
                    && p.person().role() == Role.SECTION_HEAD && p.person().section().getCode().equals(plan.code()))) {
                problems.add(new Problem(RosterXlsx.SECTIONS, plan.row(), COLUMNS.get("head"),
                    messages.get("roster.section.head", plan.head(), plan.name())));
            }
        }
    }

    /** The sections the sheet would create, and those whose values it would change, before and after. */
    List<SectionChange> preview(List<Plan> plans, List<Planned> people) {
        List<SectionChange> changes = new ArrayList<>();
        for (Plan plan : plans) {
            String head = plan.head().isEmpty() ? null : people.stream().filter(p -> p.username().equals(plan.head())).findFirst()
                .map(p -> SectionAdministration.headLabel(p.person().displayName(), p.username())).orElse(plan.head());
            DocumentSnapshot before = plan.existing() == null ? DocumentSnapshot.empty() : sections.snapshot(plan.existing());
            var diff = FieldDiff.between(before, sections.snapshot(plan.name(), plan.sortOrder(), head,
                plan.existing() == null || plan.existing().isActive()));
            if (!diff.isEmpty()) {
                changes.add(new SectionChange(plan.code(), plan.name(), plan.existing() == null, diff));
            }
        }
        return changes;
    }

    /** Creates the new sections, without 科长 yet: their people are placed first. */
    void create(List<Plan> plans) {
        plans.stream().filter(p -> p.existing() == null)
            .forEach(p -> sections.create(new SectionInput(p.code(), p.name(), p.sortOrder(), null)));
    }

    /** Gives every listed section its name, order and 科长, once its people are in place. */
    void apply(List<Plan> plans) {
        plans.forEach(p -> sections.change(p.code(), new SectionInput(null, p.name(), p.sortOrder(), p.head())));
    }

    /** The account's section now, which a disabled section may keep. */
    @Nullable
    OrgUnit currentSection(String username) {
        return users.find(username).map(u -> u.getSection()).orElse(null);
    }
}
