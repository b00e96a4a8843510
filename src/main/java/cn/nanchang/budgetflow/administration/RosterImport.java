package cn.nanchang.budgetflow.administration;

import cn.nanchang.budgetflow.administration.RosterPreview.PersonChange;
import cn.nanchang.budgetflow.administration.RosterPreview.Person;
import cn.nanchang.budgetflow.administration.RosterPreview.Problem;
import cn.nanchang.budgetflow.administration.RosterRules.Planned;
import cn.nanchang.budgetflow.audit.DocumentSnapshot;
import cn.nanchang.budgetflow.audit.FieldDiff;
import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.UserDirectory;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 花名册导入: the administrator imports the organisation's people from an xlsx. Every row is checked
 * first and a file with any bad row changes nothing. A valid file is previewed (new people, changed
 * values, accounts no longer listed, sections created or changed) and applied in one transaction
 * through {@link UserAdministration} and {@link SectionAdministration}, so that each change is
 * audited field by field exactly as on the forms. New sections are made first, so that people can
 * be placed in them, and sections get their 科长 last, once their people are in place. Accounts no longer
 * listed are disabled, never the importing administrator's own.
 */
@Service
@Transactional
@Roles.Admin
public class RosterImport {

    /** Letters and digits that cannot be mistaken for each other when read out or copied by hand. */
    private static final String LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final int PASSWORD_LENGTH = 12;

    private final RosterXlsx xlsx;
    private final RosterRules rules;
    private final UserAdministration users;
    private final UserDirectory directory;
    private final SectionAdministration sections;
    private final RosterSections rosterSections;
    private final CurrentActor currentActor;
    private final Messages messages;
    private final SecureRandom random = new SecureRandom();

    RosterImport(RosterXlsx xlsx, RosterRules rules, UserAdministration users, UserDirectory directory,
            SectionAdministration sections, RosterSections rosterSections, CurrentActor currentActor, Messages messages) {
        this.xlsx = xlsx;
        this.rules = rules;
        this.users = users;
        this.directory = directory;
        this.sections = sections;
        this.rosterSections = rosterSections;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    /** The template, filled with the sections in use and the enabled accounts as they are now, ready to edit and import. */
    @Transactional(readOnly = true)
    public byte[] template() {
        List<String[]> sections = this.sections.list().stream().filter(SectionAccount::active).map(s -> new String[] {s.code(),
            s.name(), String.valueOf(s.sortOrder()), s.head() == null ? "" : s.head()}).toList();
        List<String[]> people = directory.all().stream().filter(AppUser::isEnabled).map(u -> new String[] {u.getDisplayName(),
            u.getUsername(), messages.get(u.getRole().labelKey()), u.getSection() == null ? "" : u.getSection().getName(),
            u.getEmail()}).toList();
        return xlsx.write(sections, people);
    }

    /** The rejected rows of the file, or what importing it would change; stores nothing. */
    @Transactional(readOnly = true)
    public RosterPreview preview(byte[] file) {
        RosterRules.Checked checked = rules.check(xlsx.read(file), currentActor.get().username());
        if (!checked.problems().isEmpty()) {
            return new RosterPreview(checked.problems(), List.of(), List.of(), List.of(), List.of());
        }
        Map<String, AppUser> existing = directory.all().stream().collect(Collectors.toMap(AppUser::getUsername, Function.identity()));
        List<Person> added = new ArrayList<>();
        List<PersonChange> changed = new ArrayList<>();
        for (Planned p : checked.people()) {
            AppUser now = existing.get(p.username());
            if (now == null) {
                added.add(person(p.username(), p.person()));
            } else {
                var changes = FieldDiff.between(snapshotOf(now), users.snapshot(p.person(), true));
                if (!changes.isEmpty()) {
                    changed.add(new PersonChange(p.username(), p.person().displayName(), changes));
                }
            }
        }
        List<Person> disabled = noLongerListed(checked.people(), existing.values()).stream()
            .map(u -> person(u.getUsername(), valid(u))).toList();
        return new RosterPreview(List.of(), added, changed, disabled, rosterSections.preview(checked.sections(), checked.people()));
    }

    /**
     * Applies the file, checking it again since it may differ from the previewed one: all of it in
     * one transaction, or, with any bad row, nothing (a 400 naming each row, e.g. people[5].email).
     */
    public RosterOutcome apply(byte[] file) {
        RosterPreview preview = preview(file);
        if (!preview.valid()) {
            throw new ValidationException(preview.problems().stream().map(this::violation).toList());
        }
        RosterXlsx.RosterFile read = xlsx.read(file);
        rosterSections.create(rules.check(read, currentActor.get().username()).sections());
        RosterRules.Checked checked = rules.check(read, currentActor.get().username());
        Set<String> addedNames = preview.added().stream().map(Person::username).collect(Collectors.toSet());
        Set<String> changedNames = preview.changed().stream().map(PersonChange::username).collect(Collectors.toSet());
        List<RosterOutcome.InitialPassword> passwords = new ArrayList<>();
        for (Planned p : checked.people()) {
            if (addedNames.contains(p.username())) {
                String password = initialPassword();
                users.createImported(p.username(), p.person(), password);
                passwords.add(new RosterOutcome.InitialPassword(p.username(), p.person().displayName(), password));
            } else if (changedNames.contains(p.username())) {
                users.change(p.username(), p.input());
                users.enable(p.username());
            }
        }
        preview.disabled().forEach(d -> users.disable(d.username()));
        rosterSections.apply(checked.sections());
        long newSections = preview.sections().stream().filter(RosterPreview.SectionChange::added).count();
        return new RosterOutcome(passwords.size(), changedNames.size(), preview.disabled().size(), passwords, (int) newSections,
            preview.sections().size() - (int) newSections);
    }

    /** Enabled accounts the file does not list, except the importing administrator's own. */
    private List<AppUser> noLongerListed(List<Planned> listed, java.util.Collection<AppUser> accounts) {
        Set<String> names = listed.stream().map(Planned::username).collect(Collectors.toSet());
        String me = currentActor.get().username();
        return accounts.stream().filter(u -> u.isEnabled() && !names.contains(u.getUsername()) && !u.getUsername().equals(me))
            .sorted(java.util.Comparator.comparing(AppUser::getUsername)).toList();
    }

    private DocumentSnapshot snapshotOf(AppUser u) {
        return users.snapshot(valid(u), u.isEnabled());
    }

    private static UserRules.Valid valid(AppUser u) {
        return new UserRules.Valid(u.getDisplayName(), u.getRole(), u.getSection(), u.getEmail());
    }

    private Person person(String username, UserRules.Valid p) {
        return new Person(username, p.displayName(), messages.get(p.role().labelKey()),
            p.section() == null ? null : p.section().getName());
    }

    private FieldViolation violation(Problem p) {
        String field = (RosterXlsx.SECTIONS.equals(p.sheet()) ? "sections" : "people") + "[" + p.row() + "]";
        String where = p.row() == 0 ? "" : messages.get("roster.row", p.sheet(), p.row())
            + (p.column().isEmpty() ? "：" : " " + p.column() + "：");
        return new FieldViolation(p.row() == 0 ? "file" : field, where + p.reason());
    }

    /** Twelve characters with letters and digits, so that it passes the password rule of the form. */
    private String initialPassword() {
        StringBuilder password = new StringBuilder();
        String all = LETTERS + DIGITS;
        password.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        password.append(DIGITS.charAt(random.nextInt(DIGITS.length())));
        while (password.length() < PASSWORD_LENGTH) {
            password.append(all.charAt(random.nextInt(all.length())));
        }
        return password.toString();
    }
}
