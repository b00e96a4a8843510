package cn.nanchang.budgetflow.organization;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes accounts. Used by start-up seeding and, later, by the administrators' screens. */
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
}
