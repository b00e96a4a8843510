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
import org.apache.catalina.valves.RemoteIpValve;
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

    // --- issue 12 §3: the API is not a CSRF target ---------------------------------------------

    @Test
    void the_api_never_asks_a_browser_for_basic_credentials() throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/api/v1/me")));
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(uri("/api/v1/me"))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("staff1:wrong".getBytes(StandardCharsets.UTF_8))));

        for (HttpResponse<String> refused : List.of(anonymous, wrong)) {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).isEmpty();
            assertThat(refused.body()).contains("\"status\":401");
        }
    }

    @Test
    void a_state_changing_call_a_cross_site_form_could_send_is_refused() throws Exception {
        HttpRequest.Builder bodiless = post("/api/v1/notifications/read-all", HttpRequest.BodyPublishers.noBody());
        HttpRequest.Builder form = post("/api/v1/notifications/read-all", HttpRequest.BodyPublishers.ofString("a=b"))
            .header("Content-Type", "application/x-www-form-urlencoded");
        HttpRequest.Builder text = post("/api/v1/notifications/read-all", HttpRequest.BodyPublishers.ofString("{}"))
            .header("Content-Type", "text/plain");

        for (HttpRequest.Builder forged : List.of(bodiless, form, text)) {
            HttpResponse<String> refused = send(forged);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/json");
            assertThat(refused.body()).contains("X-Requested-With");
        }
        assertThat(send(post("/api/v1/notifications/read-all", HttpRequest.BodyPublishers.noBody())
            .header("X-Requested-With", "XMLHttpRequest")).statusCode()).as("a script's body-less POST").isBetween(200, 204);
        assertThat(send(post("/api/v1/notifications/read-all", HttpRequest.BodyPublishers.ofString("{}"))
            .header("Content-Type", "application/json")).statusCode()).as("a JSON POST").isBetween(200, 204);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Origin: https://evil.example", "Origin: null", "Origin: http://localhost:1",
        "Sec-Fetch-Site: cross-site", "Sec-Fetch-Site: same-site"})
    void a_call_from_another_site_is_refused_even_with_json_and_the_script_header(String header) throws Exception {
        String[] nameValue = header.split(": ");
        HttpResponse<String> refused = send(post("/api/v1/notifications/read-all", HttpRequest.BodyPublishers.ofString("{}"))
            .header("Content-Type", "application/json").header("X-Requested-With", "XMLHttpRequest")
            .header(nameValue[0], nameValue[1]));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body()).contains("其他网站");

        HttpResponse<String> read = send(HttpRequest.newBuilder(uri("/api/v1/me")).header("Authorization", basic("staff1"))
            .header(nameValue[0], nameValue[1]));
        assertThat(read.statusCode()).as("a cross-site read").isEqualTo(403);
    }

    @Test
    void the_pages_own_origin_and_same_origin_fetches_pass() throws Exception {
        HttpResponse<String> sameOrigin = send(post("/api/v1/notifications/read-all", HttpRequest.BodyPublishers.ofString("{}"))
            .header("Content-Type", "application/json").header("Origin", "http://localhost:" + port)
            .header("Sec-Fetch-Site", "same-origin"));
        assertThat(sameOrigin.statusCode()).as(sameOrigin.body()).isBetween(200, 204);
        HttpResponse<String> typed = send(HttpRequest.newBuilder(uri("/api/v1/me")).header("Authorization", basic("staff1"))
            .header("Sec-Fetch-Site", "none"));
        assertThat(typed.statusCode()).as("an address typed into the browser").isEqualTo(200);
    }

    private HttpRequest.Builder post(String path, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", basic("staff1")).POST(body);
    }

    // --- issue 12 §5: behind the TLS proxy ------------------------------------------------------

    @Test
    void behind_the_proxy_the_cookie_is_secure_redirects_stay_on_https_and_hsts_is_sent() throws Exception {
        HttpResponse<String> page = fresh(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https")
            .header("X-Forwarded-For", "203.0.113.7"));
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
            .startsWith("JSESSIONID=").containsIgnoringCase("; Secure"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(h -> assertThat(h)
            .contains("max-age=31536000").contains("includeSubDomains"));
        HttpResponse<String> redirect = fresh(HttpRequest.newBuilder(uri("/documents")).header("X-Forwarded-Proto", "https"));
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("https://"));
        HttpResponse<String> api = fresh(HttpRequest.newBuilder(uri("/api/v1/me")).header("X-Forwarded-Proto", "https")
            .header("Authorization", basic("staff1")));
        assertThat(api.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void without_the_proxys_https_header_there_is_no_secure_cookie_no_hsts_and_no_https_redirect() throws Exception {
        HttpResponse<String> page = fresh(HttpRequest.newBuilder(uri("/login")));
        assertThat(page.headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).doesNotContainIgnoringCase("Secure"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        HttpResponse<String> redirect = fresh(HttpRequest.newBuilder(uri("/documents")));
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("http://"));
    }

    /** Forwarded headers count only from the proxies configured: loopback by default, not any private address. */
    @Test
    void forwarded_headers_are_trusted_from_loopback_only_by_default() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        RemoteIpValve valve = java.util.Arrays.stream(tomcat.getEngine().getPipeline().getValves())
            .filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast).findFirst().orElseThrow();
        Pattern trusted = Pattern.compile(valve.getInternalProxies());
        assertThat(List.of("127.0.0.1", "0:0:0:0:0:0:0:1")).allMatch(a -> trusted.matcher(a).matches());
        assertThat(List.of("10.0.0.5", "192.168.1.20", "172.16.0.9", "100.64.0.1", "169.254.1.1", "203.0.113.7", "127.0.0.1.evil"))
            .noneMatch(a -> trusted.matcher(a).matches());
        assertThat(valve.getProtocolHeader()).isEqualToIgnoringCase("X-Forwarded-Proto");
        assertThat(valve.getRemoteIpHeader()).isEqualToIgnoringCase("X-Forwarded-For");
    }

    // --- issue 12 §5: no 500, bounded bodies ----------------------------------------------------

    @Test
    void every_error_is_answered_in_json_even_when_xml_is_asked_for() throws Exception {
        record Call(String path, String body, int status) {
        }
        for (Call call : List.of(new Call("/api/v1/no-such-endpoint", null, 404), new Call("/api/v1/budget-drafts/abc", null, 400),
                new Call("/api/v1/budget-drafts", "{\"fiscalYear\": 20", 400), new Call("/api/v1/me", null, 406))) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(call.path())).header("Authorization", basic("staff1"))
                .header("Accept", "application/xml");
            if (call.body() != null) {
                request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(call.body()));
            }
            HttpResponse<String> response = send(request);
            assertThat(response.statusCode()).as(call.path() + " " + response.body()).isEqualTo(call.status());
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(call.path()).startsWith("application/json");
            assertThat(response.body()).as(call.path()).contains("\"status\":" + call.status()).contains("\"message\":");
            assertNoTrace(response.body());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/no-such-endpoint", "/api/v1/budget-drafts/1/no-such-operation", "/api/v2/me", "/api/x"})
    void an_unknown_api_address_is_a_json_404_not_the_ui(String path) throws Exception {
        for (String accept : List.of("application/json", "text/html", "*/*")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic("staff1"))
                .header("Accept", accept));
            assertThat(response.statusCode()).as(path + " " + accept).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path + " " + accept).startsWith("application/json");
            assertThat(response.body()).contains("接口不存在").doesNotContainIgnoringCase("vaadin");
        }
    }

    @Test
    void a_key_given_twice_is_refused_naming_it() throws Exception {
        HttpResponse<String> response = send(post("/api/v1/budget-drafts", HttpRequest.BodyPublishers.ofString(
            "{\"fiscalYear\":2090,\"lines\":[{\"functionCode\":\"2010350\",\"economicCode\":\"30201\",\"kind\":\"BASIC_PUBLIC\","
                + "\"amount\":\"1.00\",\"amount\":\"999999.00\"}]}")).header("Content-Type", "application/json"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"lines[0].amount\"");
    }

    @Test
    void a_body_over_one_megabyte_is_refused_with_413_declared_or_chunked() throws Exception {
        String big = "{\"fiscalYear\":2090,\"lines\":[{\"note\":\"" + "长".repeat(400_000) + "\"}]}";
        HttpResponse<String> declared = send(post("/api/v1/budget-drafts", HttpRequest.BodyPublishers.ofString(big))
            .header("Content-Type", "application/json"));
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(413);
        assertThat(declared.body()).contains("\"status\":413").contains("1 MB");

        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = send(post("/api/v1/budget-drafts",
            HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))).header("Content-Type", "application/json"));
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");

        HttpResponse<String> small = send(post("/api/v1/budget-drafts", HttpRequest.BodyPublishers.ofString("{\"fiscalYear\":20")).header("Content-Type", "application/json"));
        assertThat(small.statusCode()).as("a small body is read as before").isEqualTo(400);
    }

    @Test
    void an_attachment_over_twenty_megabytes_is_refused_by_the_server_with_413_json_naming_the_file() throws Exception {
        String boundary = "----budgetflow-test-boundary";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(new byte[20 * 1024 * 1024 + 1]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = send(post("/api/v1/documents/987654321/attachments",
            HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-Requested-With", "XMLHttpRequest"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(response.body()).contains("\"field\":\"file\"").contains("20 MB");
        assertNoTrace(response.body());
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

    /** Sent by a browser without cookies, so that the answer sets a new session cookie. */
    private static HttpResponse<String> fresh(HttpRequest.Builder request) throws Exception {
        return client().send(request.build(), HttpResponse.BodyHandlers.ofString());
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
