package cn.nanchang.budgetflow.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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

/**
 * The application as a JVM of its own (issue 7 §4, §5): the test classpath, the {@code mysql}
 * profile on the fresh test database, demo users, a free port, its own engine host name. It can
 * be killed like a crashed server ({@link #kill()}: SIGKILL on Linux) or stopped like a deployed
 * one ({@link #stop()}: SIGTERM). Its output goes to {@code target/app-processes/<node>.log}.
 * Calls go over real HTTP with HTTP Basic and the demo password.
 */
final class AppProcess implements AutoCloseable {

    /** Answer of one call; {@code status} is -1 when no answer came (connection refused or cut). */
    record Answer(int status, JsonNode body) {
    }

    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("it.app.start-seconds", 300));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEMO_PASSWORD = "demo123";

    private final String node;
    private final int port;
    private final Process process;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Where a process runs and what: the database (by name, on the test server), whether the demo accounts
     * are seeded, and the application itself, the test classpath's or (with {@code jar}) an older build.
     */
    record Target(String database, boolean demoData, Path jar) {

        /** The class's fresh database with the demo accounts (not their documents). */
        static Target fresh() {
            return on(FreshMariaDbDatabase.name());
        }

        /** Another database on the test server, with the demo accounts. */
        static Target on(String database) {
            return new Target(database, true, null);
        }

        Target withoutDemoData() {
            return new Target(database, false, jar);
        }

        /** The application of that jar instead of the test classpath's (e.g. a released version to upgrade from). */
        Target running(Path releasedJar) {
            return new Target(database, demoData, releasedJar);
        }
    }

    private AppProcess(String node, Target target, List<String> extraArguments) throws IOException {
        this.node = node;
        this.port = freePort();
        this.log = Path.of("target", "app-processes", node + ".log");
        Files.createDirectories(log.getParent());
        this.process = new ProcessBuilder(command(node, port, target, extraArguments)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static List<String> command(String node, int port, Target target, List<String> extraArguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx640m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8"));
        if (target.jar() == null) {
            command.addAll(List.of("-cp", classpath(), "cn.nanchang.budgetflow.BudgetflowApplication"));
        } else {
            // a jar has not the test classpath's config/application-mysql.properties: its audit key settings come along
            command.addAll(List.of("-jar", target.jar().toString(), "--budgetflow.audit.key.store=target/it-audit-keys.p12",
                "--budgetflow.audit.key.password=it-only", "--budgetflow.audit.key.generate=true"));
        }
        command.addAll(List.of("--spring.profiles.active=mysql", "--server.port=" + port,
            "--spring.datasource.url=" + FreshMariaDbDatabase.url(target.database()),
            "--spring.datasource.username=" + FreshMariaDbDatabase.user(),
            "--spring.datasource.password=" + FreshMariaDbDatabase.password(),
            "--budgetflow.demo-data=" + target.demoData(), "--budgetflow.demo-documents=false",
            "--camunda.bpm.generic-properties.properties.hostname=" + node,
            "--vaadin.allowed-packages=cn/nanchang/budgetflow", "--vaadin.devmode.devTools.enabled=false",
            // readiness turns ACCEPTING_TRAFFIC after the start-up runners (demo accounts) have run; health is UP before
            "--management.endpoint.health.probes.enabled=true",
            "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        command.addAll(extraArguments);
        return command;
    }

    /**
     * The application run as an operator's one-off command on the same database (on a port of its own), as
     * {@code java -jar budgetflow.jar --…} would; waits for it to end and returns its exit code. Its
     * output goes to {@code target/app-processes/<node>.log}.
     */
    static int runCommand(String node, String... arguments) throws Exception {
        return runCommand(node, Target.fresh(), null, arguments);
    }

    /** As {@link #runCommand(String, String...)} on that target, with {@code input} (if any) as its standard input. */
    static int runCommand(String node, Target target, String input, String... arguments) throws Exception {
        Path log = Path.of("target", "app-processes", node + ".log");
        Files.createDirectories(log.getParent());
        Process command = new ProcessBuilder(command(node, 0, target, List.of(arguments))).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (var stdin = command.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!command.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            command.destroyForcibly();
            throw new AssertionError(node + " did not end within " + START_TIMEOUT + "; see " + log.toAbsolutePath());
        }
        return command.exitValue();
    }

    int port() {
        return port;
    }

    /** Starts the application and waits until it is ready (its start-up runners have run). */
    static AppProcess start(String node, String... extraArguments) throws Exception {
        return start(node, Target.fresh(), extraArguments);
    }

    /** Starts the application on that target and waits until its health probe answers. */
    static AppProcess start(String node, Target target, String... extraArguments) throws Exception {
        AppProcess app = new AppProcess(node, target, List.of(extraArguments));
        try {
            app.awaitUp();
            return app;
        } catch (Exception | AssertionError e) {
            app.kill();
            throw e;
        }
    }

    String node() {
        return node;
    }

    /** SIGKILL: no shutdown hook, no pool close, no transaction finishes. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: Spring closes the context, the job executor and the pool. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    Answer get(String user, String path) {
        return call(user, DEMO_PASSWORD, "GET", path, null);
    }

    /** A GET as {@code user} signing in with that password (HTTP Basic). */
    Answer get(String user, String password, String path) {
        return call(user, password, "GET", path, null);
    }

    Answer post(String user, String path, Object body) {
        return call(user, DEMO_PASSWORD, "POST", path, body);
    }

    Answer post(String user, String password, String path, Object body) {
        return call(user, password, "POST", path, body);
    }

    private Answer call(String user, String password, String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                // a script's body-less POST says so, or the API takes it for a cross-site form (issue 12 §3)
                .header("X-Requested-With", "XMLHttpRequest");
            if (user != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Answer(response.statusCode(), text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text));
        } catch (IOException e) {
            return new Answer(-1, JSON.nullNode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, JSON.nullNode());
        }
    }

    private void awaitUp() throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(node + " ended with " + process.exitValue() + " while starting; see " + log.toAbsolutePath());
            }
            if (get(null, "/actuator/health/readiness").status() == 200) {
                return;
            }
            process.waitFor(500, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError(node + " did not answer within " + START_TIMEOUT + "; see " + log.toAbsolutePath());
    }

    /**
     * Failsafe runs tests through a manifest-only jar, so {@code java.class.path} is that jar; the
     * real test classpath (classes, test classes, dependencies) is in {@code surefire.test.class.path}.
     */
    static String classpath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, classpath.split(File.pathSeparator));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
