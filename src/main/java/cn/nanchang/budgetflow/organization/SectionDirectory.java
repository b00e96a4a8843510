package cn.nanchang.budgetflow.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes sections for the administrators' 科室管理; like {@link UserDirectory}, the
 * callers are the security boundary. The seed gave the units fixed ids, so a new section takes
 * the next free one.
 */
@Component
public class SectionDirectory {

    private final OrgUnitRepository units;
    private final AppUserRepository users;

    SectionDirectory(OrgUnitRepository units, AppUserRepository users) {
        this.units = units;
        this.users = users;
    }

    /** Every section, disabled ones too, in their order. */
    @Transactional(readOnly = true)
    public List<OrgUnit> all() {
        return units.findByKindOrderBySortOrderAscCodeAsc(OrgUnitKind.SECTION);
    }

    /** The unit with this code, of whatever kind, e.g. to refuse a new section the code of the center. */
    @Transactional(readOnly = true)
    public Optional<OrgUnit> unit(String code) {
        return units.findByCode(code);
    }

    @Transactional(readOnly = true)
    public Optional<OrgUnit> unitNamed(String name) {
        return units.findByName(name);
    }

    @Transactional
    public OrgUnit create(String code, String name, int sortOrder) {
        return units.saveAndFlush(new OrgUnit(units.maxId() + 1, code, name, sortOrder));
    }

    @Transactional
    public void delete(OrgUnit section) {
        units.delete(section);
        units.flush();
    }

    /** The sections this account heads, e.g. to clear the head when the account no longer fits. */
    @Transactional(readOnly = true)
    public List<OrgUnit> headedBy(AppUser user) {
        return user.getId() == null ? List.of() : units.findByHeadUserId(user.getId());
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> head(OrgUnit section) {
        return section.getHeadUserId() == null ? Optional.empty() : users.findById(section.getHeadUserId());
    }

    /** Accounts placed in this section, enabled or not: a section with people is never deleted. */
    @Transactional(readOnly = true)
    public long people(OrgUnit section) {
        return users.countBySection(section);
    }

    /** Enabled accounts placed in this section. */
    @Transactional(readOnly = true)
    public long enabledPeople(OrgUnit section) {
        return users.countBySectionAndEnabledTrue(section);
    }
}
