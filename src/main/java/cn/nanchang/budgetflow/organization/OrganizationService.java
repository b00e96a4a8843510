package cn.nanchang.budgetflow.organization;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the organisation for the other modules. */
@Service
@Transactional(readOnly = true)
public class OrganizationService {

    private final OrgUnitRepository units;
    private final AppUserRepository users;

    OrganizationService(OrgUnitRepository units, AppUserRepository users) {
        this.units = units;
        this.users = users;
    }

    /**
     * The sections in the order the administrator gave them (the seed's six in the order of the
     * published budget), disabled ones too: for filters and for reading what was.
     */
    public List<OrgUnit> sections() {
        return units.findByKindOrderBySortOrderAscCodeAsc(OrgUnitKind.SECTION);
    }

    /** The sections in use, in their order: where people may be placed and new documents drafted. */
    public List<OrgUnit> activeSections() {
        return sections().stream().filter(OrgUnit::isActive).toList();
    }

    public Optional<OrgUnit> sectionByCode(String code) {
        return units.findByCode(code).filter(u -> u.getKind() == OrgUnitKind.SECTION);
    }

    /** The center itself (C00), to which the unit's own documents belong, such as its budget proposal. */
    public OrgUnit center() {
        return units.findByKindOrderBySortOrder(OrgUnitKind.CENTER).get(0);
    }

    public Optional<AppUser> user(String username) {
        return users.findByUsername(username);
    }

    /**
     * The usernames a person search means: the account with exactly this username and every
     * account whose display name contains the text, e.g. 王 finds 王建华.
     */
    public Set<String> usernamesMatching(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Set.of();
        }
        Set<String> names = new TreeSet<>();
        names.add(t);
        users.findByUsernameOrDisplayNameContaining(t, t).forEach(u -> names.add(u.getUsername()));
        return names;
    }

    /** Enabled accounts that work on documents (everyone but administrators), e.g. to copy people in. */
    public List<AppUser> documentReaders() {
        return users.findAll(org.springframework.data.domain.Sort.by("username")).stream()
            .filter(u -> u.isEnabled() && u.getRole() != Role.ADMIN).toList();
    }

    /** The enabled accounts in an approval group (see {@link ApprovalGroups}), by username: who may take its tasks. */
    public List<AppUser> membersOf(String group) {
        return users.findEnabledWithSection().stream()
            .filter(u -> ApprovalGroups.of(u.getRole(), u.getSection() == null ? null : u.getSection().getCode()).contains(group))
            .toList();
    }

    /** The usernames of {@link #membersOf(String)}, e.g. to tell them of a task of that group. */
    public List<String> usernamesInGroup(String group) {
        return membersOf(group).stream().map(AppUser::getUsername).toList();
    }

    /** A person's e-mail address, if one is recorded and the account is enabled. */
    public Optional<String> emailOf(String username) {
        return users.findByUsername(username).filter(AppUser::isEnabled).map(AppUser::getEmail);
    }

    /** Display name for a username, or the username itself when the user is unknown. */
    public String displayName(String username) {
        return users.findByUsername(username).map(AppUser::getDisplayName).orElse(username);
    }

    /** Display names of several users in one query, each unknown one mapped to itself: for lists of documents. */
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        usernames.forEach(u -> names.put(u, u));
        if (!usernames.isEmpty()) {
            users.findByUsernameIn(usernames).forEach(u -> names.put(u.getUsername(), u.getDisplayName()));
        }
        return names;
    }
}
