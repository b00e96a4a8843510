package cn.nanchang.budgetflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditEntry;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.organization.UserDirectory;
import cn.nanchang.budgetflow.testsupport.AtOnce;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Password guessing over HTTP Basic stays slow without locking anyone out (issue 12 §2), with the
 * production numbers, in a context of its own with a clock the test moves: per name three free
 * failures, then 30 s doubling; a client without failures is not held by a name's wait; a client
 * that fails a lot waits for every name and is stopped at its cap until an administrator lifts it;
 * parallel guesses are counted before they are checked; failures are audited once per name, client
 * and window, with a count. Each test uses accounts and client addresses of its own.
 */
// production numbers, and bcrypt at production strength: the parallel guesses must race checks that take as long as in production
@SpringBootTest(properties = {"budgetflow.login.client-free-failures=10", "budgetflow.login.client-cap=100",
    "budgetflow.password.bcrypt-strength=10"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(LoginThrottleApiTest.MovedClockConfiguration.class)
class LoginThrottleApiTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String RIGHT = "demo123";
    private static final String WRONG_PASSWORD = "用户名和密码";

    private final MockMvc mvc;
    private final UserDirectory directory;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final MovedClock clock;
    private final LoginThrottle throttle;

    LoginThrottleApiTest(@Autowired MockMvc mvc, @Autowired UserDirectory directory, @Autowired PasswordEncoder encoder,
            @Autowired AuditLog audit, @Autowired MovedClock clock, @Autowired LoginThrottle throttle) {
        this.mvc = mvc;
        this.directory = directory;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.throttle = throttle;
    }

    @Test
    void three_failures_make_the_name_wait_thirty_seconds_then_sixty_and_the_right_password_after_the_wait_gets_in() throws Exception {
        String user = newStaff();
        String client = newClient();
        for (int i = 0; i < 3; i++) {
            me(user, "wrong-" + i, client).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value(containsString(WRONG_PASSWORD)));
        }
        me(user, RIGHT, client).andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.message").value(matchesPattern(".*请 (29|30) 秒后再试.*")));

        clock.move(Duration.ofSeconds(30));
        me(user, "wrong-3", client).andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.message").value(containsString(WRONG_PASSWORD)));
        me(user, RIGHT, client).andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.message").value(matchesPattern(".*请 (59|60) 秒后再试.*")));

        clock.move(Duration.ofSeconds(60));
        me(user, RIGHT, client).andExpect(status().isOk()).andExpect(jsonPath("$.username").value(user));
        me(user, "wrong", client).andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.message").value(containsString(WRONG_PASSWORD)));
    }

    @Test
    void strangers_guessing_a_name_from_many_clients_never_keep_its_owner_out() throws Exception {
        String user = newStaff();
        String attacker = newClient();
        for (int i = 0; i < 3; i++) {
            me(user, "guess-" + i, attacker).andExpect(status().isUnauthorized());
        }
        me(user, "guess", attacker).andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.message").value(containsString("秒后再试")));
        for (int i = 0; i < 5; i++) {
            me(user, "guess-" + i, newClient()).andExpect(status().isUnauthorized());
        }

        me(user, RIGHT, newClient()).andExpect(status().isOk()).andExpect(jsonPath("$.username").value(user));
        assertThat(audit.byActor(user, AuditAction.LOGIN_LOCKED)).isEmpty();
    }

    @Test
    void forty_wrong_passwords_at_once_are_not_all_checked_and_a_right_one_inside_a_burst_does_not_sign_in() throws Exception {
        String user = newStaff();
        String client = newClient();

        List<String> answers = atOnce(40, i -> me(user, "wrong-" + i, client));
        assertThat(answers).filteredOn(a -> a.contains(WRONG_PASSWORD)).as("passwords checked").hasSize(3);
        assertThat(answers).filteredOn(a -> a.contains("秒后再试")).hasSize(37);

        List<String> burst = atOnce(11, i -> me(user, i == 5 ? RIGHT : "wrong-" + i, client));
        assertThat(burst).allSatisfy(a -> assertThat(a).startsWith("401"));
    }

    @Test
    void thirty_people_signing_in_at_once_from_one_address_all_get_in_without_a_failure_counted() throws Exception {
        List<String> people = List.of(newStaff(), newStaff(), newStaff(), newStaff(), newStaff(), newStaff());
        String office = newClient();

        List<String> answers = atOnce(30, i -> me(people.get(i % people.size()), RIGHT, office));

        assertThat(answers).as("an office behind one address, five at once on each name").allSatisfy(a -> assertThat(a).startsWith("200"));
        me("ghost-" + NEXT.incrementAndGet(), "guess", office).andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.message").value(containsString(WRONG_PASSWORD)));
    }

    @Test
    void failed_sign_ins_are_audited_once_per_name_and_client_and_window_with_their_count() throws Exception {
        String user = newStaff();
        String client = newClient();
        for (int i = 0; i < 6; i++) {
            me(user, "wrong-" + i, client).andExpect(status().isUnauthorized());
        }
        assertThat(failures(user)).singleElement().satisfies(e -> assertThat(e.getDetails()).contains("来自 " + client));

        clock.move(Duration.ofMinutes(16));
        me(user, "wrong", client).andExpect(status().isUnauthorized());

        List<AuditEntry> entries = failures(user);
        assertThat(entries).hasSize(3);
        assertThat(entries).anySatisfy(e -> assertThat(e.getDetails()).contains("来自 " + client, "共 6 次"));
    }

    @Test
    void a_client_failing_for_many_names_waits_for_every_name_is_stopped_at_its_cap_and_an_administrator_lifts_it() throws Exception {
        String user = newStaff();
        String client = newClient();
        for (int i = 0; i < 10; i++) {
            me("ghost-" + NEXT.incrementAndGet(), "guess", client).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value(containsString(WRONG_PASSWORD)));
        }
        me(user, RIGHT, client).andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.message").value(containsString("请 1 秒后再试")));
        me(user, RIGHT, newClient()).andExpect(status().isOk()); // other clients are not held

        for (int i = 10; i < 100; i++) {
            clock.move(Duration.ofMinutes(5));
            me("ghost-" + NEXT.incrementAndGet(), "guess", client).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value(containsString(WRONG_PASSWORD)));
        }
        clock.move(Duration.ofMinutes(5));
        me(user, RIGHT, client).andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.message").value(containsString("已暂停登录至")));
        assertThat(audit.latest(List.of(AuditAction.LOGIN_LOCKED), 20))
            .anySatisfy(e -> assertThat(e.getDetails()).contains("地址 " + client + " 登录失败100次"));

        String admin = newClient();
        mvc.perform(get("/api/v1/login-locks").with(httpBasic("admin", RIGHT)).with(from(admin)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.client == '" + client + "')].failures").value(org.hamcrest.Matchers.contains(100)));
        mvc.perform(post("/api/v1/login-locks/{u}/unlock", client).header("X-Requested-With", "XMLHttpRequest").with(httpBasic("staff1", RIGHT)).with(from(admin)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/login-locks/{u}/unlock", client).header("X-Requested-With", "XMLHttpRequest").with(httpBasic("admin", RIGHT)).with(from(admin)))
            .andExpect(status().isOk()).andExpect(jsonPath("$.result").value("UNLOCKED"));
        assertThat(audit.byActor("admin", AuditAction.LOGIN_UNLOCKED))
            .anySatisfy(e -> assertThat(e.getDetails()).isEqualTo("解除登录限制：" + client));
        me(user, RIGHT, client).andExpect(status().isOk());
    }

    @Test
    void the_operators_unlock_needs_no_sign_in_and_is_audited() throws Exception {
        String user = newStaff();
        String client = newClient();
        for (int i = 0; i < 3; i++) {
            me(user, "wrong", client).andExpect(status().isUnauthorized());
        }
        me(user, RIGHT, client).andExpect(status().isUnauthorized());

        assertThat(throttle.unlockFromCommandLine(user, "命令行:ops")).isTrue();
        assertThat(throttle.unlockFromCommandLine(user, "命令行:ops")).as("nothing left to lift").isFalse();
        assertThat(audit.byActor("命令行:ops", AuditAction.LOGIN_UNLOCKED))
            .anySatisfy(e -> assertThat(e.getDetails()).isEqualTo("解除登录限制：" + user));
        me(user, RIGHT, client).andExpect(status().isOk());
    }

    @Test
    void case_variants_of_a_username_share_one_counter_and_unknown_names_are_answered_alike() throws Exception {
        String user = newStaff();
        String ghost = "ghost-" + NEXT.incrementAndGet();
        String client = newClient();
        me(user.toUpperCase(), "wrong", client).andExpect(status().isUnauthorized());
        me(" " + user, "wrong", client).andExpect(status().isUnauthorized());
        me(user, "wrong", client).andExpect(status().isUnauthorized());
        for (int i = 0; i < 3; i++) {
            me(ghost, "guess", client).andExpect(status().isUnauthorized());
        }

        me(user, RIGHT, client).andExpect(jsonPath("$.message").value(matchesPattern(".*请 (29|30) 秒后再试.*")));
        me(ghost, RIGHT, client).andExpect(jsonPath("$.message").value(matchesPattern(".*请 (29|30) 秒后再试.*")));
    }

    private List<String> atOnce(int count, Attempt attempt) throws Exception {
        return AtOnce.run(count, Duration.ofSeconds(60), n -> {
            var response = attempt.make(n).andReturn().getResponse();
            return response.getStatus() + " " + response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        });
    }

    private interface Attempt {
        ResultActions make(int i) throws Exception;
    }

    private List<AuditEntry> failures(String user) {
        return audit.byActor(user, AuditAction.LOGIN_FAILED);
    }

    private ResultActions me(String user, String password, String client) throws Exception {
        return mvc.perform(get("/api/v1/me").with(httpBasic(user, password)).with(from(client)));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String client) {
        return request -> {
            request.setRemoteAddr(client);
            return request;
        };
    }

    private static String newClient() {
        int n = NEXT.incrementAndGet();
        return "10.12." + (n / 250) + "." + (n % 250 + 1);
    }

    private String newStaff() {
        String username = "throttle-" + NEXT.incrementAndGet();
        directory.save(new AppUser(username, "限流测试" + NEXT.get(), encoder.encode(RIGHT), Role.STAFF, directory.section("S05")));
        return username;
    }

    /** The application's clock, moved forward by the test instead of waiting. */
    @TestConfiguration
    static class MovedClockConfiguration {

        @Bean
        @Primary
        MovedClock movedClock() {
            return new MovedClock();
        }
    }

    static final class MovedClock extends Clock {

        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        void move(Duration by) {
            offset.accumulateAndGet(by, Duration::plus);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }
    }
}
