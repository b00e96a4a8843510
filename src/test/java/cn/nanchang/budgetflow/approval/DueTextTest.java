package cn.nanchang.budgetflow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.approval.DueText;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DueTextTest {

    /** 2026-12-02 10:00 in Beijing. */
    private static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");

    @Test
    void a_far_due_time_is_shown_as_its_beijing_date() {
        // 2026-12-07 23:30 UTC is already 12月8日 in Beijing
        DueText due = DueText.of(Instant.parse("2026-12-07T23:30:00Z"), NOW);
        assertThat(due.kind()).isEqualTo(DueText.Kind.BY_DATE);
        assertThat(due.date()).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void a_near_due_time_counts_the_days_left_and_the_due_day_itself_is_today() {
        assertThat(DueText.of(Instant.parse("2026-12-04T09:00:00Z"), NOW))
            .isEqualTo(new DueText(DueText.Kind.DAYS_LEFT, LocalDate.of(2026, 12, 4), 2));
        assertThat(DueText.of(Instant.parse("2026-12-02T09:00:00Z"), NOW).kind()).isEqualTo(DueText.Kind.TODAY);
    }

    @Test
    void a_passed_due_time_is_overdue_by_whole_days_rounded_up_and_at_least_one() {
        assertThat(DueText.of(Instant.parse("2026-12-02T01:00:00Z"), NOW))
            .isEqualTo(new DueText(DueText.Kind.OVERDUE, LocalDate.of(2026, 12, 2), 1));
        assertThat(DueText.of(Instant.parse("2026-11-29T01:00:00Z"), NOW).days()).isEqualTo(4);
        assertThat(DueText.of(NOW, NOW).overdue()).isTrue();
    }

    @Test
    void a_step_without_a_due_time_says_nothing() {
        assertThat(DueText.of(null, NOW).kind()).isEqualTo(DueText.Kind.NONE);
    }
}
