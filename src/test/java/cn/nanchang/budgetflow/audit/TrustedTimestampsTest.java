package cn.nanchang.budgetflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** RFC 3161 timestamps against a local authority built with BouncyCastle (issue 22 §2). */
class TrustedTimestampsTest {

    private static final byte[] CHECKPOINT = "budgetflow-audit-checkpoint/1\n42\nabc".getBytes(StandardCharsets.UTF_8);
    private static LocalTimestampAuthority authority;
    private static LocalTimestampAuthority stranger;

    @BeforeAll
    static void start() {
        authority = LocalTimestampAuthority.start("本地时间戳服务");
        stranger = LocalTimestampAuthority.start("另一家时间戳服务");
    }

    @AfterAll
    static void stop() {
        authority.close();
        stranger.close();
    }

    @Test
    void a_token_from_the_authority_holds_for_exactly_the_stamped_bytes_at_its_time() {
        TrustedTimestamps timestamps = new TrustedTimestamps(authority.url(), "");
        Instant before = Instant.now().minusSeconds(1);

        String token = timestamps.stamp(CHECKPOINT).orElseThrow();

        TrustedTimestamps.Check check = timestamps.verify(token, CHECKPOINT);
        assertThat(check.holds()).isTrue();
        assertThat(check.time()).isBetween(before, Instant.now().plus(Duration.ofSeconds(1)));
        assertThat(check.authority()).contains("budgetflow tests");
        byte[] changed = CHECKPOINT.clone();
        changed[changed.length - 1] = 'x';
        assertThat(timestamps.verify(token, changed).problem()).isEqualTo("imprint");
    }

    @Test
    void with_a_trusted_certificate_set_a_token_of_any_other_authority_is_refused() throws Exception {
        String foreign = new TrustedTimestamps(stranger.url(), "").stamp(CHECKPOINT).orElseThrow();
        String own = new TrustedTimestamps(authority.url(), "").stamp(CHECKPOINT).orElseThrow();
        TrustedTimestamps pinned = new TrustedTimestamps(authority.url(), authority.certificatePem().toString());

        assertThat(pinned.verify(own, CHECKPOINT).holds()).isTrue();
        assertThat(pinned.verify(foreign, CHECKPOINT).problem()).isEqualTo("authority");
    }

    @Test
    void a_damaged_token_does_not_hold_and_an_authority_that_is_down_gives_none_without_failing() {
        TrustedTimestamps timestamps = new TrustedTimestamps(authority.url(), "");
        String token = timestamps.stamp(CHECKPOINT).orElseThrow();
        char[] damaged = token.toCharArray();
        damaged[damaged.length / 2] = damaged[damaged.length / 2] == 'A' ? 'B' : 'A';

        assertThat(timestamps.verify(new String(damaged), CHECKPOINT).holds()).isFalse();
        assertThat(timestamps.verify("不是令牌", CHECKPOINT).holds()).isFalse();
        assertThat(new TrustedTimestamps("http://127.0.0.1:1/tsa", "").stamp(CHECKPOINT)).isEmpty();
        assertThat(new TrustedTimestamps("", "").stamp(CHECKPOINT)).as("no authority configured").isEmpty();
    }
}
