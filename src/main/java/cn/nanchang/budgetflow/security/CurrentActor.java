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

    /** The signed-in person's username, or {@value #SYSTEM} for start-up work and engine jobs, which no one signs in to. */
    public String usernameOrSystem() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AccountDetails details ? details.actor().username() : SYSTEM;
    }

    /** Who the records of unattended work name. */
    public static final String SYSTEM = "system";
}
