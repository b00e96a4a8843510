package cn.nanchang.budgetflow.testsupport;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Calls a service as a demo user, as a page does for its signed-in reader, and signs out afterwards. */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(UserDetailsService accounts, String username, Supplier<T> call) {
        UserDetails account = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
