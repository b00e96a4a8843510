package cn.nanchang.budgetflow.approval;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A task's due time as an approver reads it, on Beijing time: 12月8日 前 while it is far, 剩余 2 天
 * when near, 今日到期 on the day, 已超期 1 天 once passed. {@code days} counts whole days left, or
 * days overdue rounded up; {@code date} is the due day.
 */
public record DueText(Kind kind, LocalDate date, long days) {

    public enum Kind { NONE, BY_DATE, DAYS_LEFT, TODAY, OVERDUE }

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** From this many days left on, the date is shown instead of a countdown. */
    static final int COUNTDOWN_DAYS = 3;

    static DueText of(Instant due, Instant now) {
        if (due == null) {
            return new DueText(Kind.NONE, null, 0);
        }
        LocalDate dueDay = due.atZone(BEIJING).toLocalDate();
        if (!now.isBefore(due)) {
            long hours = Duration.between(due, now).toHours();
            return new DueText(Kind.OVERDUE, dueDay, Math.max(1, (hours + 23) / 24));
        }
        long left = ChronoUnit.DAYS.between(now.atZone(BEIJING).toLocalDate(), dueDay);
        if (left == 0) {
            return new DueText(Kind.TODAY, dueDay, 0);
        }
        return new DueText(left <= COUNTDOWN_DAYS ? Kind.DAYS_LEFT : Kind.BY_DATE, dueDay, left);
    }

    public boolean overdue() {
        return kind == Kind.OVERDUE;
    }

    /** Message key; its arguments are {@link #days}, the month and the day of {@link #date}. */
    public String labelKey() {
        return "inbox.due." + kind.name();
    }
}
