package cn.nanchang.budgetflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 §4: the application as the README's first command starts it on a fresh clone: no profile, no
 * setting, the embedded H2 file database under {@code ./data} of an empty directory, the demo users and
 * documents seeded through the real processes. Two promises are checked, not the time it takes (the README's
 * Benchmark section measures that on the production jar):
 * <ul>
 * <li>the probe says UP only once the demo is there, so nothing is seeded behind a ready sign (the last
 * seeding step, the 2023 example payments, is read at the first UP);</li>
 * <li>the start logs no warning and no error, and nothing on standard error.</li>
 * </ul>
 */
class DefaultStartIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("it.app.start-seconds", 300));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void a_default_start_is_up_only_with_the_demo_seeded_and_logs_no_warning(@TempDir Path workingDirectory) throws Exception {
        int port = AppProcess.freePort();
        Path log = Path.of("target", "app-processes", "default-start.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        long started = System.nanoTime();
        Process app = new ProcessBuilder(command(port)).directory(workingDirectory.toFile()).redirectErrorStream(true)
            .redirectOutput(log.toFile()).start();
        try {
            List<String> before = awaitUp(app, port, log);
            System.out.printf("default start: health UP after %.1f s (%d earlier answers: %s)%n",
                (System.nanoTime() - started) / 1e9, before.size(), before.stream().distinct().toList());

            JsonNode execution = get(port, "finance", "/api/v1/execution/2023");
            assertThat(new BigDecimal(execution.path("total").path("used").asText("0")))
                .as("the 2023 example payments, the demo's last step, are there at the first UP").isPositive();
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(lines).as("the start logged what an operator would have to look into; see " + log)
            .noneMatch(line -> line.contains(" WARN ") || line.contains(" ERROR "))
            .noneMatch(line -> line.contains("commons-logging.jar"));
        assertThat(lines).as("it did start with the defaults").anyMatch(line -> line.contains("jdbc:h2:file:./data/budgetflow"));
    }

    private static List<String> command(int port) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Dfile.encoding=UTF-8", "-cp", AppProcess.classpath(),
            "cn.nanchang.budgetflow.BudgetflowApplication", "--server.port=" + port,
            // as the other application-process ITs: the test classpath runs Vaadin in development mode
            "--vaadin.allowed-packages=cn/nanchang/budgetflow", "--vaadin.devmode.devTools.enabled=false"));
        return command;
    }

    /** Polls the probe until it says UP; returns what it answered before (code and status). */
    private List<String> awaitUp(Process app, int port, Path log) throws Exception {
        List<String> before = new ArrayList<>();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new AssertionError("the application ended with " + app.exitValue() + " while starting; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && "UP".equals(JSON.readTree(health.body()).path("status").asText())) {
                    return before;
                }
                before.add(health.statusCode() + " " + JSON.readTree(health.body()).path("status").asText());
            } catch (java.io.IOException notListeningYet) {
                // the web server is not up yet
            }
            app.waitFor(200, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("the application did not say UP within " + START_TIMEOUT + "; see " + log);
    }

    private JsonNode get(int port, String user, String path) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Accept", "application/json")
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo123").getBytes(StandardCharsets.UTF_8)))
            .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(answer.body());
    }
}
