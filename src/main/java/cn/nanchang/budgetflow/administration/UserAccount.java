package cn.nanchang.budgetflow.administration;

import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.Role;

/** An account as the administrators' page and API show it; the password hash never leaves the server. */
public record UserAccount(long id, String username, String displayName, Role role, String sectionCode,
        String sectionName, boolean enabled, String email) {

    static UserAccount of(AppUser u) {
        var section = u.getSection();
        return new UserAccount(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(),
            section == null ? null : section.getCode(), section == null ? null : section.getName(), u.isEnabled(), u.getEmail());
    }
}
