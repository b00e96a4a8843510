package cn.nanchang.budgetflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.organization.UserDirectory;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Password guessing over HTTP Basic is slowed and then stopped, per username: three failures make
 * the next attempt wait (and an attempt during the wait counts), five lock the name for fifteen
 * minutes, even for the right password; every step is audited and only an administrator lifts a
 * lock. Each test uses an account of its own, so that no other test's user is ever locked.
 */
@ApiTestContext
class LoginThrottleApiTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String RIGHT = "demo123";

    private final MockMvc mvc;
    private final UserDirectory directory;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    LoginThrottleApiTest(@Autowired MockMvc mvc, @Autowired UserDirectory directory, @Autowired PasswordEncoder encoder,
            @Autowired AuditLog audit) {
        this.mvc = mvc;
        this.directory = directory;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Test
    void three_failures_make_the_next_attempt_wait_five_lock_the_account_and_an_administrator_unlocks_it() throws Exception {
        String user = newStaff();
        for (int i = 0; i < 3; i++) {
            me(user, "wrong-" + i).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value(containsString("用户名和密码")));
        }
        me(user, RIGHT).andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.message").value(containsString("秒后再试")));
        me(user, "wrong-4").andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.message").value(containsString("账户已锁定至")));
        me(user, RIGHT).andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.message").value(containsString("联系系统管理员解锁")));

        assertThat(audit.byActor(user, AuditAction.LOGIN_FAILED)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(audit.byActor(user, AuditAction.LOGIN_LOCKED)).singleElement()
            .satisfies(e -> assertThat(e.getDetails()).contains("连续登录失败5次"));

        mvc.perform(get("/api/v1/login-locks").with(httpBasic("admin", RIGHT)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.username == '" + user + "')].failures").value(org.hamcrest.Matchers.contains(5)));
        mvc.perform(post("/api/v1/login-locks/{u}/unlock", user).header("X-Requested-With", "XMLHttpRequest").with(httpBasic("staff1", RIGHT)))
            .andExpect(status().isForbidden());
        me(user, RIGHT).andExpect(status().isUnauthorized());

        mvc.perform(post("/api/v1/login-locks/{u}/unlock", user).header("X-Requested-With", "XMLHttpRequest").with(httpBasic("admin", RIGHT)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.result").value("UNLOCKED"));
        assertThat(audit.byActor("admin", AuditAction.LOGIN_UNLOCKED))
            .anySatisfy(e -> assertThat(e.getDetails()).isEqualTo("解除登录锁定：" + user));
        me(user, RIGHT).andExpect(status().isOk()).andExpect(jsonPath("$.username").value(user));
        mvc.perform(post("/api/v1/login-locks/{u}/unlock", user).header("X-Requested-With", "XMLHttpRequest").with(httpBasic("admin", RIGHT)))
            .andExpect(status().isNotFound());
    }

    @Test
    void a_successful_sign_in_clears_earlier_failures() throws Exception {
        String user = newStaff();
        me(user, "wrong").andExpect(status().isUnauthorized());
        me(user, "wrong").andExpect(status().isUnauthorized());
        me(user, RIGHT).andExpect(status().isOk());
        me(user, "wrong").andExpect(status().isUnauthorized());
        me(user, "wrong").andExpect(status().isUnauthorized());

        me(user, RIGHT).andExpect(status().isOk());
    }

    @Test
    void case_variants_of_a_username_share_one_counter() throws Exception {
        String user = newStaff();
        me(user.toUpperCase(), "wrong").andExpect(status().isUnauthorized());
        me(" " + user, "wrong").andExpect(status().isUnauthorized());
        me(user, "wrong").andExpect(status().isUnauthorized());

        me(user, RIGHT).andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.message").value(containsString("秒后再试")));
    }

    @Test
    void an_unknown_username_is_answered_like_a_real_one_so_that_locks_reveal_no_accounts() throws Exception {
        String ghost = "ghost-" + NEXT.incrementAndGet();
        for (int i = 0; i < 5; i++) {
            me(ghost, "guess-" + i).andExpect(status().isUnauthorized());
        }
        me(ghost, "guess").andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.message").value(containsString("账户已锁定至")));
    }

    private ResultActions me(String user, String password) throws Exception {
        return mvc.perform(get("/api/v1/me").with(httpBasic(user, password)));
    }

    private String newStaff() {
        String username = "throttle-" + NEXT.incrementAndGet();
        directory.save(new AppUser(username, "限流测试" + NEXT.get(), encoder.encode(RIGHT), Role.STAFF, directory.section("S05")));
        return username;
    }
}
