package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.Role;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the director records for a 主任办公会 decision; required at that step, ignored elsewhere. */
public record MeetingRecord(LocalDate meetingDate, String attendees, String minutesRef) {

    /**
     * The one attendees text the record keeps, 徐振东、王建华、杨秀英；列席：赵敏（市数据局）: the unit's people
     * picked from the org tree, the director first as on the unit's minutes and the others by pinyin,
     * then the outsiders as typed. Empty when there is neither, which the review refuses.
     */
    public static String attendeesOf(Collection<AppUser> members, String guests) {
        List<String> parts = new ArrayList<>();
        String names = members.stream()
            .sorted(Comparator.comparing((AppUser u) -> u.getRole() != Role.DIRECTOR)
                .thenComparing(AppUser::getDisplayName, Collator.getInstance(Locale.CHINA)))
            .map(AppUser::getDisplayName).collect(Collectors.joining("、"));
        if (!names.isEmpty()) {
            parts.add(names);
        }
        if (guests != null && !guests.isBlank()) {
            parts.add(Messages.text("review.guests.prefix", guests.strip()));
        }
        return String.join("；", parts);
    }
}
