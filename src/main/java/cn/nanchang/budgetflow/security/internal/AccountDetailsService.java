package cn.nanchang.budgetflow.security.internal;

import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.security.AccountDetailsFactory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for both sign-in routes. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final OrganizationService organization;

    AccountDetailsService(OrganizationService organization) {
        this.organization = organization;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser user = organization.user(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return AccountDetailsFactory.of(user);
    }
}
