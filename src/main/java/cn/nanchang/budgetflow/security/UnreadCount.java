package cn.nanchang.budgetflow.security;

/**
 * How many unread notifications a person has, for the bell in the frame. Implemented by the
 * notification module, so that the frame does not depend on it.
 */
public interface UnreadCount {

    long unreadFor(String username);
}
