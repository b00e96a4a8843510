package cn.nanchang.budgetflow.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in person of the current request. Services ask this, never the view. */
@Component
public class CurrentActor {

    public Actor get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountDetails details) {
            return details.actor();
        }
        throw new AuthenticationCredentialsNotFoundException("not signed in");
    }
}
