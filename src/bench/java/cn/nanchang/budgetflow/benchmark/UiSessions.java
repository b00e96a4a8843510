package cn.nanchang.budgetflow.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs people in to the Vaadin UI over HTTP, as a browser does, and opens the inbox page, so
 * that each session holds a real UI (MainLayout with the side navigation and the 待办 grid). The
 * clients are kept, so the sessions stay alive while memory is measured.
 */
final class UiSessions {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*content=\"([^\"]+)\"|content=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    private final String base;
    private final List<HttpClient> clients = new ArrayList<>();

    UiSessions(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Opens one signed-in session of this user and renders the inbox in it. */
    void open(String username) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = get(client, "/login").body();
        StringBuilder form = new StringBuilder("username=" + enc(username) + "&password=" + enc("demo123"));
        Matcher csrf = CSRF.matcher(loginPage);
        if (csrf.find()) {
            form.append("&_csrf=").append(enc(csrf.group(1) != null ? csrf.group(1) : csrf.group(2)));
        }
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
        String target = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || target.contains("error")) {
            throw new IllegalStateException("login of " + username + " failed: " + login.statusCode() + " " + target);
        }
        get(client, "/");
        HttpResponse<String> init = get(client, "/?v-r=init&location=&query=");
        if (init.statusCode() != 200 || !init.body().contains("uidl")) {
            throw new IllegalStateException("the UI of " + username + " did not start: " + init.statusCode());
        }
        clients.add(client);
    }

    int size() {
        return clients.size();
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
