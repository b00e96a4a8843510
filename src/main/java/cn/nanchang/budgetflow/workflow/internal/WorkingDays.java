package cn.nanchang.budgetflow.workflow.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * The center's calendar: Monday to Friday are working days, except public holidays, and a
 * weekend day that is made a working day (调休) counts as one. Both lists are data
 * ({@code budgetflow.deadlines.holidays}, {@code budgetflow.deadlines.extra-workdays}).
 */
public record WorkingDays(ZoneId zone, Set<LocalDate> holidays, Set<LocalDate> extraWorkdays) {

    /** Reminders go out when the office opens on the last working day of a step. */
    static final LocalTime OFFICE_OPENS = LocalTime.of(9, 0);

    public WorkingDays {
        holidays = Set.copyOf(holidays);
        extraWorkdays = Set.copyOf(extraWorkdays);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (extraWorkdays.contains(day)) {
            return true;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !holidays.contains(day);
    }

    /** The n-th working day after the day of {@code start} (n at least 1). */
    public LocalDate nthWorkingDayAfter(Instant start, int n) {
        LocalDate day = start.atZone(zone).toLocalDate();
        int counted = 0;
        while (counted < Math.max(1, n)) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** A step that arrives at {@code start} is due at the end of its n-th working day. */
    public Instant dueAt(Instant start, int n) {
        return nthWorkingDayAfter(start, n).plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Its holder is reminded when the office opens on that last working day. */
    public Instant remindAt(Instant start, int n) {
        return nthWorkingDayAfter(start, n).atTime(OFFICE_OPENS).atZone(zone).toInstant();
    }
}
