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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One phase of {@link HttpLoad}: its virtual users sign in one way, file for years of their own,
 * and count calls, latencies and errors per call. Users of one section file for different years
 * (one open draft per section and year), so they never contend for a document and every error is
 * a real one.
 */
final class LoadPhase {

    enum Auth { TOKEN, BASIC }

    private static final int MAX_CYCLES_PER_USER = Integer.getInteger("load.max-cycles", 10_000);
    private static final List<String> REVIEWERS = List.of("head%d", "finance", "director", "bureau");
    private static final String PASSWORD = "demo123";

    private final String base;
    private final Auth auth;
    private final int yearBase;
    private final int users;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Latencies latencies = new Latencies();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong cycles = new AtomicLong();
    private final List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());

    LoadPhase(String base, Auth auth, int yearBase, int users) {
        this.base = base;
        this.auth = auth;
        this.yearBase = yearBase;
        this.users = users;
    }

    /** Runs the users until the time is up; tokens are had before the clock starts and revoked after it stops. */
    Result run(int seconds) throws InterruptedException {
        if (auth == Auth.TOKEN) {
            accounts().forEach(this::signIn);
        }
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(users);
        for (int v = 0; v < users; v++) {
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
            }, "load-" + auth + "-" + v);
            thread.setDaemon(true);
            thread.start();
        }
        long began = System.nanoTime();
        start.countDown();
        done.await();
        Result result = result((System.nanoTime() - began) / 1e9);
        tokens.keySet().forEach(account -> send("DELETE", "/api/v1/auth/token", null, authorization(account)));
        return result;
    }

    private List<String> accounts() {
        List<String> accounts = new ArrayList<>(List.of("finance", "director", "bureau"));
        for (int s = 1; s <= 6; s++) {
            accounts.add("staff" + s);
            accounts.add("head" + s);
        }
        return accounts;
    }

    private void signIn(String account) {
        HttpResponse<String> answer = send("POST", "/api/v1/auth/token", null, basic(account));
        if (answer == null || answer.statusCode() != 201) {
            throw new IllegalStateException("no token for " + account + ": " + (answer == null ? "no answer" : answer.body()));
        }
        try {
            tokens.put(account, json.readTree(answer.body()).path("token").asText());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean cycle(int user) {
        int section = user % 6 + 1;
        int year = yearBase + user / 6;
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
        long t0 = System.nanoTime();
        HttpResponse<String> response = send(method, path, body, authorization(user));
        latencies.add(operation, System.nanoTime() - t0);
        requests.incrementAndGet();
        if (response == null || response.statusCode() != expected) {
            fail(operation, response == null ? "no answer" : response.statusCode() + " " + response.body());
            return null;
        }
        try {
            return json.readTree(response.body());
        } catch (Exception e) {
            fail(operation, e.toString());
            return null;
        }
    }

    private HttpResponse<String> send(String method, String path, Object body, String authorization) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Accept", "application/json")
                .header("X-Requested-With", "budgetflow-load");
            if (body != null) {
                request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            return null;
        }
    }

    private String authorization(String account) {
        return auth == Auth.TOKEN ? "Bearer " + tokens.get(account) : basic(account);
    }

    private static String basic(String account) {
        return "Basic " + Base64.getEncoder().encodeToString((account + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private void fail(String operation, String what) {
        errors.computeIfAbsent(operation, k -> new AtomicLong()).incrementAndGet();
        if (firstErrors.size() < 10) {
            firstErrors.add(operation + ": " + what);
        }
    }

    private Result result(double seconds) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, double[]> percentiles = new TreeMap<>();
        Latencies all = new Latencies();
        for (String op : toList(latencies.operations())) {
            latencies.copyInto(op, all, "all calls");
            counts.put(op, new long[] {latencies.count(op), errors.getOrDefault(op, new AtomicLong()).get()});
            percentiles.put(op, percentiles(latencies, op));
        }
        long allErrors = errors.values().stream().mapToLong(AtomicLong::get).sum();
        if (requests.get() > 0) {
            counts.put("~all calls", new long[] {all.count("all calls"), allErrors});
            percentiles.put("~all calls", percentiles(all, "all calls"));
        }
        return new Result(auth, seconds, requests.get(), cycles.get(), counts, percentiles, List.copyOf(firstErrors));
    }

    private static List<String> toList(Iterable<String> operations) {
        List<String> list = new ArrayList<>();
        operations.forEach(list::add);
        return list;
    }

    private static double[] percentiles(Latencies l, String op) {
        return new double[] {l.percentileMillis(op, .5), l.percentileMillis(op, .95), l.percentileMillis(op, .99)};
    }

    /** A phase's figures: per call the count and errors, and p50/p95/p99 in ms. */
    record Result(Auth auth, double seconds, long requests, long cycles, Map<String, long[]> counts,
            Map<String, double[]> percentiles, List<String> firstErrors) {

        double perSecond() {
            return requests / seconds;
        }

        void print() {
            System.out.printf("%n--- %s: %.0f s, %d requests (%.1f per second), %d submit-and-approve cycles (%.2f per second)%n",
                auth, seconds, requests, perSecond(), cycles, cycles / seconds);
            System.out.printf("%-14s %8s %7s %9s %9s %9s%n", "call", "count", "errors", "p50 ms", "p95 ms", "p99 ms");
            counts.forEach((op, c) -> {
                double[] p = percentiles.get(op);
                System.out.printf("%-14s %8d %7d %9.1f %9.1f %9.1f%n", op.replace("~", ""), c[0], c[1], p[0], p[1], p[2]);
            });
            firstErrors.forEach(e -> System.out.println("  " + e));
        }
    }
}
