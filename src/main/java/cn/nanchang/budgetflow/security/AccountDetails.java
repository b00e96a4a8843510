package cn.nanchang.budgetflow.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of an account; carries the {@link Actor} so services need no second lookup. */
public class AccountDetails implements UserDetails {

    private final Actor actor;
    private final String passwordHash;
    private final boolean enabled;

    AccountDetails(Actor actor, String passwordHash, boolean enabled) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    public Actor actor() {
        return actor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(actor.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
