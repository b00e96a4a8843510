package cn.nanchang.budgetflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.organization.AppUser;
import cn.nanchang.budgetflow.organization.Role;
import cn.nanchang.budgetflow.organization.UserDirectory;
import cn.nanchang.budgetflow.security.internal.SecurityHeaders;
import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on a real Tomcat, over real HTTP: response headers, anonymous requests for every
 * view route, the engine's addresses, CSRF on the login form, the sign-in throttle on the form,
 * the effective session settings, and error answers without traces.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class HttpHardeningTest {

    private static final String SECRET = "secret-detail-4711";

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    UserDirectory directory;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuditLog audit;

    private final HttpClient http = client();

    /** A filter that fails on its address, to see what an unexpected error looks like from outside. */
    @TestConfiguration
    static class FailingFilter {
        @Bean
        FilterRegistrationBean<Filter> failing() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((req, res, chain) -> {
                throw new ServletException(new IllegalStateException(SECRET));
            });
            registration.addUrlPatterns("/forced-error", "/api/v1/forced-error");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/api/v1/me", "/actuator/health", "/no-such-page"})
    void every_answer_carries_the_security_headers(String path) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic("staff1")));

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    /** A route template with its parameters filled: an id, a year (optional or not). */
    private static String concrete(String route) {
        return route.replace(":id([0-9]+)", "1").replace(":year?([0-9]{4})", "2023").replace(":year([0-9]{4})", "2023");
    }

    @Test
    void every_view_route_sends_an_anonymous_visitor_to_the_login_page() throws Exception {
        for (String route : ViewAuthorizationMatrixTest.routes().keySet()) {
            String path = "/" + (route.equals("(root)") ? "" : concrete(route));
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)));
            if (route.equals("login")) {
                assertThat(response.statusCode()).as(path).isEqualTo(200);
            } else {
                assertThat(response.statusCode()).as(path).isEqualTo(302);
                assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/engine", "/engine-rest/process-definition", "/engine-rest/task",
        "/camunda/app/cockpit/default/", "/camunda/app/admin/default/", "/camunda/api/engine/engine/"})
    void the_engines_rest_api_and_webapps_are_not_reachable(String path) throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri(path)));
        assertThat(anonymous.statusCode()).isEqualTo(302);

        HttpClient admin = client();
        signIn(admin, "admin", "demo123");
        HttpResponse<String> signedIn = admin.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Content-Type").orElse("")).doesNotContain("json");
        assertThat(signedIn.body()).doesNotContainIgnoringCase("camunda").doesNotContain("\"name\":\"default\"");
        HttpResponse<String> withBasic = send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic("admin")));
        assertThat(withBasic.statusCode()).isNotEqualTo(200);
    }

    @Test
    void a_cross_site_post_to_the_login_form_without_the_csrf_token_is_refused() throws Exception {
        java.time.Instant started = java.time.Instant.now().minusSeconds(1);
        HttpClient browser = client();
        csrfToken(browser);
        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(uri("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
            .POST(HttpRequest.BodyPublishers.ofString(form("staff1", "demo123", null))).build(), HttpResponse.BodyHandlers.ofString());

        // refused: 403, or sent back to the login page; either way not signed in
        if (forged.statusCode() != 403) {
            assertThat(forged.statusCode()).isEqualTo(302);
            assertThat(forged.headers().firstValue("Location").orElseThrow()).contains("/login");
        }
        HttpResponse<String> after = browser.send(HttpRequest.newBuilder(uri("/documents")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).as("still anonymous after the forged post").isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(audit.byActor("staff1", AuditAction.LOGIN)).as("no sign-in recorded for the forged post")
            .noneMatch(e -> e.getOccurredAt().isAfter(started));
        assertThat(signIn(browser, "staff1", "demo123")).as("the same post with the page's token signs in")
            .doesNotContain("/login");
    }

    @Test
    void the_login_form_is_throttled_like_the_api_and_its_failures_are_audited_once_per_window() throws Exception {
        String user = "form-throttle-" + System.nanoTime();
        directory.save(new AppUser(user, "表单限流测试", encoder.encode("demo123"), Role.STAFF, directory.section("S06")));
        HttpClient browser = client();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(browser, user, "wrong-" + i)).endsWith("/login?error");
        }
        assertThat(signIn(browser, user, "demo123")).as("the right password while the name must wait").endsWith("/login?error");
        assertThat(audit.byActor(user, AuditAction.LOGIN_FAILED)).as("six failures, one entry until the window closes")
            .singleElement().satisfies(e -> assertThat(e.getDetails()).contains("来自 127.0.0.1"));
        assertThat(audit.byActor(user, AuditAction.LOGIN_LOCKED)).as("a name is never locked").isEmpty();
    }

    @Test
    void idle_sessions_end_after_thirty_minutes_and_vaadin_does_not_count_heartbeats_as_activity() throws Exception {
        HttpClient browser = client();
        signIn(browser, "staff1", "demo123");
        Context tomcat = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
        assertThat(tomcat.getSessionTimeout()).as("minutes").isEqualTo(30);

        @SuppressWarnings("unchecked")
        SpringServlet servlet = ((ServletRegistrationBean<SpringServlet>) context.getBean("servletRegistrationBean")).getServlet();
        var vaadin = servlet.getService().getDeploymentConfiguration();
        assertThat(vaadin.isCloseIdleSessions()).isTrue();
        assertThat(vaadin.getHeartbeatInterval()).as("seconds").isEqualTo(300);
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login")));
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
            .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "text/html"})
    void an_unexpected_error_is_answered_without_a_trace_or_its_cause(String accept) throws Exception {
        for (String path : List.of("/forced-error", "/api/v1/forced-error")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Accept", accept));
            assertThat(response.statusCode()).as(path).isEqualTo(500);
            assertNoTrace(response.body());
        }
    }

    @Test
    void malformed_requests_are_answered_without_a_trace() throws Exception {
        HttpResponse<String> badJson = send(HttpRequest.newBuilder(uri("/api/v1/budget-drafts"))
            .header("Authorization", basic("staff1")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"fiscalYear\": 20")));
        assertThat(badJson.statusCode()).isEqualTo(400);
        assertNoTrace(badJson.body());

        HttpResponse<String> badPath = send(HttpRequest.newBuilder(uri("/api/v1/budget-drafts/1;jsessionid=x%2F..%2F"))
            .header("Authorization", basic("staff1")));
        assertThat(badPath.statusCode()).isBetween(400, 404);
        assertNoTrace(badPath.body());
    }

    private static void assertNoTrace(String body) {
        assertThat(body).doesNotContain(SECRET).doesNotContain("Exception").doesNotContain("\tat ")
            .doesNotContain("at org.").doesNotContain("at cn.").doesNotContainIgnoringCase("\"trace\"")
            .doesNotContain("Apache Tomcat/");
    }

    // --- plumbing --------------------------------------------------------------------------

    /** Signs in through the login form as a browser would; returns where it was sent afterwards. */
    private String signIn(HttpClient browser, String username, String password) throws Exception {
        String token = csrfToken(browser);
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(username, password, token))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("login answer").isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** The CSRF token Vaadin puts into the page for its login form. */
    private String csrfToken(HttpClient browser) throws Exception {
        String page = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("csrf token in the login page: " + page).isTrue();
        return m.group(1);
    }

    private static String form(String username, String password, String token) {
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return token == null ? body : body + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo123").getBytes(StandardCharsets.UTF_8));
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    }
}
