package cn.nanchang.budgetflow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The attendees text a 主任办公会 record keeps: the director first, the others by pinyin, outsiders after 列席. */
class MeetingRecordTest {

    @Test
    void the_director_opens_the_list_the_others_follow_by_pinyin_and_outsiders_come_last() {
        List<AppUser> picked = List.of(person("杨秀英", Role.FINANCE), person("王建华", Role.AUDITOR), person("徐振东", Role.DIRECTOR));

        assertThat(MeetingRecord.attendeesOf(picked, " 赵敏（市数据局） ")).isEqualTo("徐振东、王建华、杨秀英；列席：赵敏（市数据局）");
        assertThat(MeetingRecord.attendeesOf(picked, "")).isEqualTo("徐振东、王建华、杨秀英");
        assertThat(MeetingRecord.attendeesOf(List.of(), "赵敏（市数据局）")).isEqualTo("列席：赵敏（市数据局）");
        assertThat(MeetingRecord.attendeesOf(List.of(), "  ")).isEmpty();
    }

    private static AppUser person(String name, Role role) {
        return new AppUser(name, name, "x", role, null);
    }
}
