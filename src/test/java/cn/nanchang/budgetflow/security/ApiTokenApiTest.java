package cn.nanchang.budgetflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.organization.UserDirectory;
import cn.nanchang.budgetflow.testsupport.ApiTestContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * API tokens over HTTP (issue 12 §4): a token is had once with Basic credentials, then carries the
 * account's rights on every /api/v1 call until it expires, is revoked, or the account changes under
 * it (disabled, password reset, role or section changed); refusals are JSON 401s, audited under
 * the account's name and never under the token. Each test uses an account of its own.
 */
@ApiTestContext
class ApiTokenApiTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String RIGHT = "demo123";

    private final MockMvc mvc;
    private final ObjectMapper json;
    private final UserDirectory directory;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ApiTokenApiTest(@Autowired MockMvc mvc, @Autowired ObjectMapper json, @Autowired UserDirectory directory,
            @Autowired PasswordEncoder encoder, @Autowired AuditLog audit, @Autowired JdbcTemplate jdbc,
            @Autowired Clock clock) {
        this.mvc = mvc;
        this.json = json;
        this.directory = directory;
        this.encoder = encoder;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Test
    void a_token_had_with_basic_credentials_signs_in_until_it_is_revoked() throws Exception {
        String user = newStaff("S05");
        Instant before = clock.instant();
        MvcResult issued = mvc.perform(post("/api/v1/auth/token").header("X-Requested-With", "test").with(httpBasic(user, RIGHT)))
            .andExpect(status().isCreated())
            .andReturn();
        JsonNode body = json.readTree(issued.getResponse().getContentAsString());
        String token = body.get("token").asText();
        Instant expiresAt = Instant.parse(body.get("expiresAt").asText());

        assertThat(token).as("at least 128 random bits, base64url").matches("[A-Za-z0-9_-]{22,}");
        assertThat(expiresAt).isBetween(before.plus(Duration.ofHours(8)).minusSeconds(1),
            clock.instant().plus(Duration.ofHours(8)).plusSeconds(1));
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM api_token WHERE username = ?", user);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.values()).as("the token itself is never stored").noneMatch(v -> String.valueOf(v).contains(token));
            assertThat(row.get("TOKEN_HASH")).isEqualTo(sha256(token));
        });

        bearer(get("/api/v1/me"), token).andExpect(status().isOk()).andExpect(jsonPath("$.username").value(user));
        mvc.perform(delete("/api/v1/auth/token").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
            .andExpect(status().isNoContent());
        refused(bearer(get("/api/v1/me"), token));

        assertThat(audit.byActor(user, AuditAction.API_TOKEN_ISSUED)).singleElement()
            .satisfies(e -> assertThat(e.getDetails()).doesNotContain(token));
        assertThat(audit.byActor(user, AuditAction.API_TOKEN_REVOKED)).hasSize(1);
        assertThat(audit.byActor(user, AuditAction.LOGIN_FAILED)).as("the revoked token's use is a failed sign-in").isNotEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE actor LIKE ? OR details LIKE ?", Long.class,
            "%" + token.substring(0, 20) + "%", "%" + token.substring(0, 20) + "%")).as("no audit entry names the token").isZero();
    }

    @Test
    void a_token_carries_exactly_the_rights_of_its_account() throws Exception {
        String staff = token("staff1");
        String admin = token("admin");

        bearer(get("/api/v1/admin/users"), staff).andExpect(status().isForbidden())
            .andExpect(jsonPath("$.status").value(403));
        bearer(get("/api/v1/admin/users"), admin).andExpect(status().isOk());
        bearer(get("/api/v1/budget-drafts").param("fiscalYear", "2024"), staff).andExpect(status().isOk());
        bearer(get("/api/v1/budget-drafts").param("fiscalYear", "2024"), admin).andExpect(status().isForbidden());
        bearer(post("/api/v1/budget-drafts").contentType(MediaType.APPLICATION_JSON).content("""
            {"fiscalYear":2024,"lines":[{"functionCode":"2010350","economicCode":"30201","kind":"BASIC_PUBLIC","amount":"100.00","note":"令牌"}]}
            """), staff).andExpect(status().isCreated()).andExpect(jsonPath("$.drafter").value("staff1"));
    }

    @Test
    void an_expired_token_is_refused() throws Exception {
        String user = newStaff("S05");
        String token = token(user);
        bearer(get("/api/v1/me"), token).andExpect(status().isOk());

        // as if its eight hours were over: expiry moved back to the moment of issue (the app has no test clock)
        jdbc.update("UPDATE api_token SET expires_at = issued_at WHERE token_hash = ?", sha256(token));

        refused(bearer(get("/api/v1/me"), token));
    }

    @Test
    void disabling_the_account_kills_its_tokens_at_once_and_enabling_it_does_not_revive_them() throws Exception {
        String user = newStaff("S05");
        String token = token(user);
        admin(post("/api/v1/admin/users/{u}/disable", user));
        refused(bearer(get("/api/v1/me"), token));

        admin(post("/api/v1/admin/users/{u}/enable", user));
        refused(bearer(get("/api/v1/me"), token));
    }

    @Test
    void an_account_change_undone_before_the_token_is_used_again_does_not_revive_it() throws Exception {
        String disabled = newStaff("S05");
        String disabledToken = token(disabled);
        admin(post("/api/v1/admin/users/{u}/disable", disabled));
        admin(post("/api/v1/admin/users/{u}/enable", disabled));
        refused(bearer(get("/api/v1/me"), disabledToken));

        String moved = newStaff("S05");
        String movedToken = token(moved);
        for (String section : List.of("S04", "S05")) {
            admin(put("/api/v1/admin/users/{u}", moved).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("displayName", "令牌测试", "role", "STAFF", "section", section))));
        }
        refused(bearer(get("/api/v1/me"), movedToken));
    }

    @Test
    void a_password_reset_kills_the_accounts_tokens() throws Exception {
        String user = newStaff("S05");
        String token = token(user);
        admin(post("/api/v1/admin/users/{u}/password", user).contentType(MediaType.APPLICATION_JSON)
            .content("{\"password\":\"newpass123\"}"));
        refused(bearer(get("/api/v1/me"), token));
    }

    @Test
    void a_change_of_role_or_of_section_kills_the_accounts_tokens() throws Exception {
        refused(tokenAfterChange("STAFF", "S04", "令牌测试"));
        refused(tokenAfterChange("SECTION_HEAD", "S05", "令牌测试"));
        tokenAfterChange("STAFF", "S05", "改名不影响令牌").andExpect(status().isOk())
            .andExpect(jsonPath("$.displayName").value("改名不影响令牌"));
    }

    /** A 科员 of S05 gets a token, the administrator changes the account, then the token calls /me. */
    private ResultActions tokenAfterChange(String role, String section, String displayName) throws Exception {
        String user = newStaff("S05");
        String token = token(user);
        admin(put("/api/v1/admin/users/{u}", user).contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(Map.of("displayName", displayName, "role", role, "section", section))));
        return bearer(get("/api/v1/me"), token);
    }

    @Test
    void wrong_and_malformed_tokens_are_json_401s_and_name_no_token_in_the_audit() throws Exception {
        String guessed = "A".repeat(43);
        refused(bearer(get("/api/v1/me"), guessed));
        refused(mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer !!not a token!!")));
        refused(mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer ")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE actor LIKE ? OR details LIKE ?", Long.class,
            "%AAAAAAAAAAAAAAAAAAAA%", "%AAAAAAAAAAAAAAAAAAAA%")).isZero();
    }

    @Test
    void a_token_is_had_only_with_a_password_and_revoked_only_with_itself() throws Exception {
        String token = token("staff1");
        bearer(post("/api/v1/auth/token").header("X-Requested-With", "test"), token).andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("Authorization"));
        mvc.perform(delete("/api/v1/auth/token").header("X-Requested-With", "test").with(httpBasic("staff1", RIGHT))).andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("Authorization"));
        mvc.perform(post("/api/v1/auth/token").header("X-Requested-With", "test")).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.status").value(401));
        mvc.perform(post("/api/v1/auth/token").header("X-Requested-With", "test").with(httpBasic("staff1", "wrong-password"))).andExpect(status().isUnauthorized());
        bearer(get("/api/v1/me"), token).andExpect(status().isOk());
    }

    @Test
    void a_token_does_nothing_outside_the_api() throws Exception {
        String token = token("admin");
        // an address the browser chain refuses by itself (MockMvc cannot run Vaadin's routes): a signed-in
        // caller gets 403 there, an anonymous one the way to the login page
        MvcResult anonymous = mvc.perform(get("/actuator/env")).andReturn();
        MvcResult withToken = bearer(get("/actuator/env"), token)
            .andExpect(SecurityMockMvcResultMatchers.unauthenticated()).andReturn();

        assertThat(withToken.getResponse().getStatus()).isEqualTo(anonymous.getResponse().getStatus()).isEqualTo(302);
        assertThat(withToken.getResponse().getRedirectedUrl()).isEqualTo(anonymous.getResponse().getRedirectedUrl())
            .endsWith("/login");
    }

    private ResultActions bearer(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String token)
            throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }

    private void refused(ResultActions answer) throws Exception {
        answer.andExpect(status().isUnauthorized())
            .andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("application/json")))
            .andExpect(jsonPath("$.status").value(401))
            .andExpect(jsonPath("$.message").value(containsString("令牌")));
    }

    private void admin(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.header("X-Requested-With", "test").with(httpBasic("admin", RIGHT))).andExpect(status().is2xxSuccessful());
    }

    private String token(String user) throws Exception {
        MvcResult issued = mvc.perform(post("/api/v1/auth/token").header("X-Requested-With", "test").with(httpBasic(user, RIGHT)))
            .andExpect(status().isCreated()).andReturn();
        return json.readTree(issued.getResponse().getContentAsString()).get("token").asText();
    }

    private String newStaff(String section) {
        String username = "token" + NEXT.incrementAndGet() + System.nanoTime() % 100000;
        directory.save(new AppUser(username, "令牌测试", encoder.encode(RIGHT), Role.STAFF, directory.section(section)));
        return username;
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
