package cn.nanchang.budgetflow.security;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused by the throttle before its password was checked; the message is the Chinese
 * text shown to the person. {@link #clientWide()} when the client address itself is slowed or
 * stopped, whatever name it tries: the audit log then counts such refusals per client, not per name.
 */
public class LoginThrottled extends LockedException {

    private final boolean clientWide;

    public LoginThrottled(String message, boolean clientWide) {
        super(message);
        this.clientWide = clientWide;
    }

    public boolean clientWide() {
        return clientWide;
    }
}
