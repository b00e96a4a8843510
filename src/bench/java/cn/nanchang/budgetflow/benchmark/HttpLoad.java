package cn.nanchang.budgetflow.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load over HTTP (issue 7 §7): virtual users, each a 科员 filing budget drafts that 科长, 财务,
 * 主任 and 数据局 then approve, every step a real REST call with HTTP Basic on loopback. Each user
 * runs cycles until the time is up (or a cycle cap is reached) and then stops; the run ends
 * with throughput, p50/p95 per call and the error rate. Without {@code -Dload.url} it starts the
 * application itself on an in-memory H2 and a free port. Run: {@code ./mvnw -B -Pload verify}.
 */
public final class HttpLoad {

    private static final int USERS = Integer.getInteger("load.users", 50);
    private static final int SECONDS = Integer.getInteger("load.seconds", 120);
    private static final int MAX_CYCLES_PER_USER = Integer.getInteger("load.max-cycles", 10_000);
    private static final List<String> REVIEWERS = List.of("head%d", "finance", "director", "bureau");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Latencies> latencies = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong cycles = new AtomicLong();
    private final List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());

    private HttpLoad(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        String url = System.getProperty("load.url");
        if (url != null) {
            new HttpLoad(url).run();
        } else {
            try (RunningApp app = new RunningApp("load-app")) {
                new HttpLoad("http://127.0.0.1:" + app.port()).run();
            }
        }
        System.exit(0);
    }

    private void run() throws Exception {
        long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(USERS);
        CountDownLatch start = new CountDownLatch(1);
        for (int v = 0; v < USERS; v++) {
            int user = v;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    for (int c = 0; c < MAX_CYCLES_PER_USER && System.nanoTime() < deadline; c++) {
                        if (cycle(user)) {
                            cycles.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "load-user-" + v);
            thread.setDaemon(true);
            thread.start();
        }
        long began = System.nanoTime();
        start.countDown();
        done.await();
        report((System.nanoTime() - began) / 1e9);
    }

    /**
     * One submit-and-approve cycle of one virtual user. Users of one section file for different
     * years (one open draft per section and year), so the users never contend for a document.
     */
    private boolean cycle(int user) {
        int section = user % 6 + 1;
        int year = 2000 + user / 6;
        String staff = "staff" + section;
        JsonNode created = call("create draft", staff, "POST", "/api/v1/budget-drafts", Map.of("fiscalYear", year,
            "lines", List.of(Map.of("functionCode", "2010350", "economicCode", "30201", "kind", "BASIC_PUBLIC",
                "amount", "1234.56", "note", "负载测试"))), 201);
        if (created == null) {
            return false;
        }
        long id = created.path("id").asLong();
        if (call("submit", staff, "POST", "/api/v1/budget-drafts/" + id + "/submit", null, 200) == null) {
            return false;
        }
        for (String pattern : REVIEWERS) {
            String reviewer = pattern.formatted(section);
            JsonNode inbox = call("inbox", reviewer, "GET", "/api/v1/tasks?limit=500", null, 200);
            if (inbox == null) {
                return false;
            }
            String taskId = null;
            for (JsonNode task : inbox) {
                if (task.path("documentId").asLong() == id) {
                    taskId = task.path("taskId").asText();
                }
            }
            if (taskId == null) {
                fail("inbox", reviewer + " has no task on draft " + id);
                return false;
            }
            if (call("approve", reviewer, "POST", "/api/v1/tasks/" + taskId + "/decision",
                    Map.of("decision", "APPROVE", "comment", "同意"), 200) == null) {
                return false;
            }
        }
        return true;
    }

    private JsonNode call(String operation, String user, String method, String path, Object body, int expected) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo123").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                // a body-less POST (submit) says it comes from a script, not a cross-site form (issue 12 §3)
                .header("X-Requested-With", "budgetflow-load");
            if (body != null) {
                request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            long t0 = System.nanoTime();
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - t0;
            requests.incrementAndGet();
            latencies.computeIfAbsent(operation, k -> new Latencies()).add(operation, took);
            if (response.statusCode() != expected) {
                fail(operation, response.statusCode() + " " + response.body());
                return null;
            }
            return json.readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(operation, "interrupted");
            return null;
        } catch (Exception e) {
            requests.incrementAndGet();
            fail(operation, e.toString());
            return null;
        }
    }

    private void fail(String operation, String what) {
        errors.incrementAndGet();
        if (firstErrors.size() < 10) {
            firstErrors.add(operation + ": " + what);
        }
    }

    private void report(double seconds) {
        System.out.println();
        System.out.printf("==================== HTTP load: %d users, %.0f s, %s ====================%n", USERS, seconds, base);
        System.out.printf("%-16s %9s %10s %10s%n", "call", "count", "p50 ms", "p95 ms");
        Latencies all = new Latencies();
        latencies.forEach((op, l) -> {
            System.out.printf("%-16s %9d %10.1f %10.1f%n", op, l.count(op), l.percentileMillis(op, .5), l.percentileMillis(op, .95));
            l.copyInto(op, all, "all calls");
        });
        System.out.printf("%-16s %9d %10.1f %10.1f%n", "all calls", all.count("all calls"),
            all.percentileMillis("all calls", .5), all.percentileMillis("all calls", .95));
        System.out.printf("requests: %d (%.1f per second)   submit-and-approve cycles: %d (%.2f per second)%n",
            requests.get(), requests.get() / seconds, cycles.get(), cycles.get() / seconds);
        System.out.printf("errors: %d (%.2f %%)%n", errors.get(), 100.0 * errors.get() / Math.max(1, requests.get()));
        firstErrors.forEach(e -> System.out.println("  " + e));
    }
}
