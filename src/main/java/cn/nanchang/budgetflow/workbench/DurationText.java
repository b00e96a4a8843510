package cn.nanchang.budgetflow.workbench;

/**
 * How long a task took, as a message key with its arguments: days, hours and minutes, the larger
 * units only when present ("2天3小时5分钟", "3小时5分钟", "5分钟", "不足1分钟").
 */
public record DurationText(String key, Object... args) {

    public static DurationText of(long millis) {
        long minutes = Math.max(0, millis) / 60_000;
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        if (days > 0) {
            return new DurationText("duration.days", days, hours, rest);
        }
        if (hours > 0) {
            return new DurationText("duration.hours", hours, rest);
        }
        return rest > 0 ? new DurationText("duration.minutes", rest) : new DurationText("duration.underMinute");
    }
}
