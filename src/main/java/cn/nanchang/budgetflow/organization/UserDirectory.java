package cn.nanchang.budgetflow.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes accounts for start-up seeding and the administrators' user management; the
 * callers are the security boundary (the administration service is for administrators only).
 */
@Component
public class UserDirectory {

    private final AppUserRepository users;
    private final OrgUnitRepository units;

    UserDirectory(AppUserRepository users, OrgUnitRepository units) {
        this.users = users;
        this.units = units;
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.existsByUsername(username);
    }

    @Transactional(readOnly = true)
    public OrgUnit section(String code) {
        return units.findByCode(code)
            .filter(u -> u.getKind() == OrgUnitKind.SECTION)
            .orElseThrow(() -> new IllegalArgumentException("no section " + code));
    }

    @Transactional
    public AppUser save(AppUser user) {
        return users.save(user);
    }

    /** The account, to be changed in the caller's transaction. */
    @Transactional(readOnly = true)
    public Optional<AppUser> find(String username) {
        return users.findByUsername(username);
    }

    @Transactional(readOnly = true)
    public List<AppUser> all() {
        return users.findAll(Sort.by("username"));
    }

    /** The enabled accounts with this role, e.g. to keep at least one administrator. */
    @Transactional(readOnly = true)
    public long countEnabled(Role role) {
        return users.countByRoleAndEnabledTrue(role);
    }
}
