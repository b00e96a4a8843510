package cn.nanchang.budgetflow.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 19 §2: one default fiscal year for every form that prepares a budget — the year being prepared. */
class PreparedYearTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Test
    void with_no_budget_year_open_the_year_being_prepared_is_next_year() {
        assertThat(preparedYear("2026-12-05T10:00:00Z", Set.of()).year()).isEqualTo(2027);
        assertThat(preparedYear("2026-01-10T10:00:00Z", Set.of()).year()).isEqualTo(2027);
    }

    @Test
    void a_budget_year_of_this_calendar_year_still_in_preparation_comes_first() {
        assertThat(preparedYear("2027-02-10T10:00:00Z", Set.of(2027, 2028)).year()).isEqualTo(2027);
    }

    @Test
    void next_year_open_for_preparation_is_the_year_being_prepared() {
        assertThat(preparedYear("2026-09-01T10:00:00Z", Set.of(2027)).year()).isEqualTo(2027);
    }

    @Test
    void years_open_far_from_today_do_not_move_the_default() {
        assertThat(preparedYear("2026-09-01T10:00:00Z", Set.of(2002, 2031)).year()).isEqualTo(2027);
    }

    @Test
    void the_year_follows_the_calendar_in_china_not_in_utc() {
        assertThat(preparedYear("2026-12-31T17:00:00Z", Set.of()).year()).isEqualTo(2028);
    }

    private static PreparedYear preparedYear(String now, Set<Integer> open) {
        Clock clock = Clock.fixed(Instant.parse(now), CHINA);
        return new PreparedYear(clock, List.of(open::contains));
    }
}
