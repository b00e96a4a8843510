package cn.nanchang.budgetflow.notification;

import java.util.Set;

/** Published when notices of these people were marked read, so that their bells can count again. */
public record NotificationsRead(Set<String> recipients) {

    public NotificationsRead {
        recipients = Set.copyOf(recipients);
    }
}
