package cn.nanchang.budgetflow.security;

import cn.nanchang.budgetflow.organization.AppUser;

/** Builds {@link AccountDetails} from an account; also used by tests that sign in without a password. */
public final class AccountDetailsFactory {

    private AccountDetailsFactory() {
    }

    public static AccountDetails of(AppUser user) {
        var section = user.getSection();
        Actor actor = new Actor(user.getUsername(), user.getDisplayName(), user.getRole(),
            section == null ? null : section.getCode(), section == null ? null : section.getName());
        return new AccountDetails(actor, user.getPasswordHash(), user.isEnabled());
    }
}
