package cn.nanchang.budgetflow.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The log context of a request (issue 20 §5): who, and which document, while it runs; nothing after it. */
class LoggingContextFilterTest {

    private final LoggingContextFilter filter = new LoggingContextFilter();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        MDC.clear();
    }

    @Test
    void a_signed_in_call_on_a_document_logs_its_user_and_document_and_leaves_nothing_behind() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated("head3", null, AuthorityUtils.createAuthorityList("ROLE_SECTION_HEAD")));
        Map<String, String> seen = run("/api/v1/budget-drafts/4711/submit");
        assertThat(seen).containsEntry("user", "head3").containsEntry("document", "4711");
        assertThat(MDC.get("user")).isNull();
        assertThat(MDC.get("document")).isNull();
    }

    @Test
    void anonymous_callers_and_other_addresses_add_no_user_and_no_document() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(
            new AnonymousAuthenticationToken("k", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(run("/api/v1/budget-years/2025")).doesNotContainKeys("user", "document");
        assertThat(run("/api/v1/budget-drafts/12x")).doesNotContainKey("document");
    }

    @Test
    void document_ids_are_read_from_the_document_addresses_only() {
        assertThat(LoggingContextFilter.document("/api/v1/procurement-plans/8")).isEqualTo("8");
        assertThat(LoggingContextFilter.document("/api/v1/documents/15/timeline")).isEqualTo("15");
        assertThat(LoggingContextFilter.document("/api/v1/indicators/8")).isNull();
        assertThat(LoggingContextFilter.document("/api/v1/budget-drafts")).isNull();
    }

    private Map<String, String> run(String uri) throws Exception {
        Map<String, String> seen = new HashMap<>();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            if (MDC.getCopyOfContextMap() != null) {
                seen.putAll(MDC.getCopyOfContextMap());
            }
        });
        return seen;
    }
}
