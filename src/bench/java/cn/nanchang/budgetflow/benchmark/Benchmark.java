package cn.nanchang.budgetflow.benchmark;

import cn.nanchang.budgetflow.approval.DocumentReview;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark of issue 7 §6, one run, one summary table: a bare Camunda engine against the
 * application's service layer on the same model, inbox latency at 10,000 open tasks and 100,000
 * completed instances, and memory with signed-in UI sessions. Run with
 * {@code ./mvnw -B -Pbenchmark verify}; sizes are system properties (see README).
 */
public final class Benchmark {

    private static final int WARMUP = Integer.getInteger("benchmark.warmup", 150);
    private static final int LIFECYCLES = Integer.getInteger("benchmark.lifecycles", 500);
    private static final int SESSIONS = Integer.getInteger("benchmark.sessions", 100);
    private static final int COMPLETED = Integer.getInteger("benchmark.completed", 100_000);
    private static final int OPEN = Integer.getInteger("benchmark.open", 10_000);
    private static final int INBOX_SAMPLES = Integer.getInteger("benchmark.inbox-samples", 200);
    /**
     * Which parts run, comma-separated: {@code lifecycle} (memory, lifecycles and inbox of issue 7, the default)
     * and the scale scenarios of issue 17 §3, {@code disclosure}, {@code ledger} and {@code consolidation}, so that these
     * can run alone.
     */
    private static final List<String> SCENARIOS = List.of(System.getProperty("benchmark.scenarios", "lifecycle").split(","))
        .stream().map(String::strip).toList();

    private final List<String> report = new ArrayList<>();
    private final List<String> verdicts = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        if ("both".equalsIgnoreCase(System.getProperty("benchmark.db"))) {
            System.exit(onEach("h2", "mariadb"));
        }
        new Benchmark().run();
        System.exit(0);
    }

    /**
     * {@code -Dbenchmark.db=both}: one run per database, one after the other, each in a JVM of its own with this JVM's
     * options and sizes, so that the two tables are printed by one command.
     */
    private static int onEach(String... databases) throws Exception {
        int failed = 0;
        for (String database : databases) {
            List<String> command = new ArrayList<>();
            command.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
            java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-Dbenchmark.db=")).forEach(command::add);
            command.add("-Dbenchmark.db=" + database);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), Benchmark.class.getName()));
            failed += new ProcessBuilder(command).inheritIO().start().waitFor() == 0 ? 0 : 1;
        }
        return failed;
    }

    private void run() throws Exception {
        progress("starting the application on " + BenchmarkDatabase.label());
        try (RunningApp app = new RunningApp("benchmark-app")) {
            if (SCENARIOS.contains("lifecycle")) {
                progress("memory with " + SESSIONS + " UI sessions");
                memory(app);
                flush();
                progress("lifecycles: bare engine, then the application");
                lifecycles(app);
                flush();
                progress("filling the database for the inbox");
                inbox(app);
                flush();
            }
            if (SCENARIOS.contains("disclosure")) {
                progress("disclosure: filling a year, then JSON, xlsx and PDF");
                DisclosureScale.run(app, report, verdicts);
                flush();
            }
            if (SCENARIOS.contains("ledger")) {
                progress("ledger: freezes racing on one 指标");
                LedgerRace.run(app, report, verdicts);
                flush();
            }
            if (SCENARIOS.contains("consolidation")) {
                progress("consolidation: filling a year through its rounds, then the comparison and the 汇总 reads");
                ConsolidationScale.run(app, report, verdicts);
                flush();
            }
        } finally {
            BenchmarkDatabase.dropAll();
        }
        System.out.println("==================== budgetflow benchmark summary (" + Runtime.getRuntime().availableProcessors()
            + " cores, Java " + System.getProperty("java.version") + ", " + BenchmarkDatabase.label() + ") ====================");
        printed.forEach(System.out::println);
        System.out.println("--------------------------------------------------------------------------------------------");
        verdicts.forEach(System.out::println);
        System.out.println("machine load average at the end (1/5/15 min): " + loadAverage());
    }

    /** Prints what was measured so far, so that a long run shows its figures as it goes. */
    private void flush() {
        report.forEach(System.out::println);
        printed.addAll(report);
        report.clear();
    }

    private final List<String> printed = new ArrayList<>();

    private static void progress(String what) {
        System.out.printf("[benchmark %tT] %s (load %s)%n", System.currentTimeMillis(), what, loadAverage());
    }

    /** Other processes on a shared machine slow every figure; the table says how busy it was. */
    private static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private void memory(RunningApp app) throws Exception {
        long idleHeap = Memory.liveHeapBytes();
        // after the collections, so that start-up garbage the collector has given back is not counted as idle memory
        double idleRss = Memory.residentMib();
        UiSessions sessions = new UiSessions(app.port());
        String[] people = {"staff1", "head1", "finance", "director", "bureau", "staff2", "head2", "auditor"};
        for (int i = 0; i < SESSIONS; i++) {
            sessions.open(people[i % people.length]);
        }
        long busyHeap = Memory.liveHeapBytes();
        double busyRss = Memory.residentMib();
        double perSession = (busyHeap - idleHeap) / (double) sessions.size() / 1024.0;
        report.add("Memory (this JVM hosts the app; -Xmx from the profile)");
        report.add(row("  resident (RSS), idle after start and full GC", "%.0f MiB", idleRss));
        report.add(row("  resident (RSS), " + sessions.size() + " signed-in UI sessions", "%.0f MiB", busyRss));
        report.add(row("  live heap idle / with sessions", "%.1f / %.1f MiB", idleHeap / 1048576.0, busyHeap / 1048576.0));
        report.add(row("  heap per idle UI session", "%.0f KiB", perSession));
        verdicts.add(verdict("heap per idle UI session < 1 MB", perSession < 1024, "%.0f KiB".formatted(perSession)));
    }

    /** Bare engine first, then the application, the same number of lifecycles each after a warm-up. */
    private void lifecycles(RunningApp app) {
        Latencies bare = new Latencies();
        double bareRate;
        try (BareEngine engine = new BareEngine()) {
            for (int i = 0; i < WARMUP; i++) {
                engine.lifecycle(new Latencies());
            }
            long start = System.nanoTime();
            for (int i = 0; i < LIFECYCLES; i++) {
                engine.lifecycle(bare);
            }
            bareRate = LIFECYCLES / ((System.nanoTime() - start) / 1e9);
        }
        AppLifecycle lifecycle = new AppLifecycle(app);
        for (int i = 0; i < WARMUP; i++) {
            lifecycle.run(new Latencies());
        }
        Latencies appLatencies = new Latencies();
        long start = System.nanoTime();
        for (int i = 0; i < LIFECYCLES; i++) {
            templateDocument = lifecycle.run(appLatencies);
        }
        double appRate = LIFECYCLES / ((System.nanoTime() - start) / 1e9);

        report.add("");
        report.add("Lifecycle of budget-draft-approval.bpmn, one thread, %d lifecycles each after %d warm-up".formatted(LIFECYCLES, WARMUP));
        report.add("  %-16s | %-33s | %-40s".formatted("operation", "bare engine: p50 / p95 ms, SQL/op", "application: p50 / p95 ms, SQL/op"));
        for (String op : List.of("create draft", "start / submit", "find task", "approve")) {
            String engineCell = has(bare, op) ? "%7.2f / %7.2f  %6.1f".formatted(bare.percentileMillis(op, .5),
                bare.percentileMillis(op, .95), bare.statementsPerCall(op)) : "   (no document in a bare engine)";
            report.add("  %-16s | %-33s | %7.2f / %7.2f  %6.1f".formatted(op, engineCell, appLatencies.percentileMillis(op, .5),
                appLatencies.percentileMillis(op, .95), appLatencies.statementsPerCall(op)));
        }
        double sqlBare = lifecycleSql(bare);
        double sqlApp = lifecycleSql(appLatencies);
        report.add(row("  SQL statements per lifecycle (bare / app)", "%.0f / %.0f", sqlBare, sqlApp));
        report.add(row("  lifecycles per second (bare / app)", "%.1f / %.1f", bareRate, appRate));
        report.add(row("  app / bare engine", "%.0f %%", 100 * appRate / bareRate));
        verdicts.add(verdict("app >= 75% of bare-engine lifecycle throughput", appRate >= 0.75 * bareRate,
            "%.0f %%".formatted(100 * appRate / bareRate)));
        double approvalRatio = appLatencies.statementsPerCall("approve") / bare.statementsPerCall("approve");
        verdicts.add(verdict("SQL per approval <= 1.2x the bare engine's", approvalRatio <= 1.2,
            "%.1f / %.1f = %.2fx".formatted(appLatencies.statementsPerCall("approve"), bare.statementsPerCall("approve"), approvalRatio)));
        verdicts.add(verdict(">= 50 lifecycles per second", appRate >= 50, "%.1f/s".formatted(appRate)));
    }

    private long templateDocument;

    private void inbox(RunningApp app) throws Exception {
        InboxData data = new InboxData(app);
        long t0 = System.nanoTime();
        data.copyCompleted(templateDocument, COMPLETED);
        long t1 = System.nanoTime();
        data.openTasks(OPEN);
        long t2 = System.nanoTime();
        long completed = data.count("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE END_TIME_ IS NOT NULL");
        long open = data.count("SELECT COUNT(*) FROM ACT_RU_TASK");
        report.add("");
        report.add("Inbox at %d open tasks and %d completed process instances (filled in %.0f s + %.0f s)"
            .formatted(open, completed, (t1 - t0) / 1e9, (t2 - t1) / 1e9));
        DocumentReview review = app.bean(DocumentReview.class);
        Latencies inbox = new Latencies();
        double worstP95 = 0;
        for (String reviewer : List.of("head1", "finance", "director")) {
            long size = app.as(reviewer, review::inboxCount);
            String page = reviewer + ": first page of 50";
            String count = reviewer + ": count";
            for (int i = 0; i < INBOX_SAMPLES + 20; i++) {
                Latencies target = i < 20 ? new Latencies() : inbox;
                app.as(reviewer, () -> target.measure(page, () -> review.inbox(0, 50)));
                app.as(reviewer, () -> target.measure(count, review::inboxCount));
            }
            for (String op : List.of(page, count)) {
                report.add("  %-34s (%5d tasks) p50 %6.2f ms  p95 %6.2f ms  SQL %4.1f".formatted(op, size,
                    inbox.percentileMillis(op, .5), inbox.percentileMillis(op, .95), inbox.statementsPerCall(op)));
                worstP95 = Math.max(worstP95, inbox.percentileMillis(op, .95));
            }
        }
        // the sizes as filled, so that a smaller run does not claim the issue's
        verdicts.add(verdict("inbox p95 < 100 ms at %,d open / %,d completed".formatted(open, completed), worstP95 < 100,
            "worst p95 %.1f ms".formatted(worstP95)));
        SqlCounter.capture(true);
        app.as("head1", () -> review.inbox(0, 50));
        List<SqlCounter.Captured> statements = SqlCounter.capture(false);
        report.add("");
        report.add("EXPLAIN of the inbox's page queries (head1: the held tasks, then the groups' unclaimed ones), on "
            + BenchmarkDatabase.label());
        statements.stream().filter(q -> q.sql().contains("ACT_RU_TASK") && q.sql().toUpperCase(Locale.ROOT).contains("ORDER BY"))
            .forEach(q -> report.addAll(InboxData.explain(app, q)));
    }

    private static boolean has(Latencies latencies, String op) {
        for (String known : latencies.operations()) {
            if (known.equals(op)) {
                return true;
            }
        }
        return false;
    }

    private static double lifecycleSql(Latencies latencies) {
        double total = 0;
        for (String op : latencies.operations()) {
            total += latencies.statementsPerCall(op) * latencies.count(op);
        }
        return total / latencies.count("start / submit");
    }

    private static String row(String label, String format, Object... values) {
        return "%-52s %s".formatted(label, format.formatted(values));
    }

    static String verdict(String target, boolean met, String reached) {
        return "%-4s %-56s reached: %s".formatted(met ? "MET" : "MISS", target, reached);
    }
}
