package cn.nanchang.budgetflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.nanchang.budgetflow.organization.OrganizationService;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.security.internal.CurrentAccountFilter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A browser session keeps the person as they were at sign-in; the filter brings it up to date
 * with the account on the next request: a new role (and so new approval groups) replaces the
 * session's person, and a disabled account or a reset password ends the session.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CurrentAccountFilterTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    OrganizationService organization;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String newStaff() throws Exception {
        String username = "f" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        admin(MockMvcRequestBuilders.post("/api/v1/admin/users"), Map.of("username", username, "displayName", "会话测试",
            "role", "STAFF", "section", "S02", "password", "Huihua2024"));
        return username;
    }

    private void admin(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Object body)
            throws Exception {
        mvc.perform(request.with(httpBasic("admin", "demo123")).contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body))).andExpect(status().is2xxSuccessful());
    }

    /** A signed-in session of the account as it is now; returns the session. */
    private MockHttpSession signedIn(String username) {
        AccountDetails details = AccountDetailsFactory.of(organization.user(username).orElseThrow());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        return session;
    }

    /**
     * Runs one request of the session through the filter, with the session's security context
     * loaded as Spring Security's context filter loads it; returns who the request ran as (null: nobody).
     */
    private Authentication request(MockHttpSession session) throws Exception {
        SecurityContextHolder.setContext((SecurityContext) session.getAttribute(
            HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/inbox");
        request.setSession(session);
        AtomicReference<Authentication> seen = new AtomicReference<>();
        new CurrentAccountFilter(organization).doFilter(request, new MockHttpServletResponse(),
            (req, res) -> seen.set(SecurityContextHolder.getContext().getAuthentication()));
        return seen.get();
    }

    @Test
    void an_unchanged_account_keeps_its_session_as_it_is() throws Exception {
        String username = newStaff();
        MockHttpSession session = signedIn(username);
        Authentication before = SecurityContextHolder.getContext().getAuthentication();

        assertThat(request(session)).isSameAs(before);
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void a_role_change_replaces_the_sessions_person_and_approval_groups_at_the_next_request() throws Exception {
        String username = newStaff();
        MockHttpSession session = signedIn(username);
        admin(MockMvcRequestBuilders.put("/api/v1/admin/users/{u}", username),
            Map.of("displayName", "会话测试", "role", "SECTION_HEAD", "section", "S02"));

        Authentication now = request(session);

        Actor actor = ((AccountDetails) now.getPrincipal()).actor();
        assertThat(actor.role()).isEqualTo(Role.SECTION_HEAD);
        assertThat(actor.groups()).containsExactly("section-head-S02");
        assertThat(now.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_SECTION_HEAD");
        SecurityContext stored = (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(stored.getAuthentication()).isSameAs(now);
    }

    @Test
    void a_disabled_account_or_a_reset_password_ends_the_session() throws Exception {
        String disabled = newStaff();
        MockHttpSession first = signedIn(disabled);
        admin(MockMvcRequestBuilders.post("/api/v1/admin/users/{u}/disable", disabled), Map.of());
        assertThat(request(first)).isNull();
        assertThat(first.isInvalid()).isTrue();

        String reset = newStaff();
        MockHttpSession second = signedIn(reset);
        admin(MockMvcRequestBuilders.post("/api/v1/admin/users/{u}/password", reset), Map.of("password", "Chongzhi2025"));
        assertThat(request(second)).isNull();
        assertThat(second.isInvalid()).isTrue();
    }
}
