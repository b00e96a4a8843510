package cn.nanchang.budgetflow.benchmark;

import cn.nanchang.budgetflow.reporting.DisclosureFormat;
import cn.nanchang.budgetflow.reporting.DisclosurePublications;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * Disclosure generation at scale (issue 17 §3): a year of {@code benchmark.disclosure.lines} approved lines
 * (10,000) in {@code benchmark.disclosure.projects} projects (200) with {@code benchmark.disclosure.items}
 * procurement items (500), written by {@link DisclosureData}; then the JSON, the xlsx and the PDF generated
 * as 财务 asks for them, after a warm-up, p50/p95 over {@code benchmark.disclosure.runs} runs each. The JSON is
 * what the API's endpoint serialises (the live view of the year, with the app's own ObjectMapper); the files
 * are the exports the download endpoints return, audit entry included.
 */
final class DisclosureScale {

    static final int YEAR = 2031;
    private static final int LINES = Integer.getInteger("benchmark.disclosure.lines", 10_000);
    private static final int PROJECTS = Integer.getInteger("benchmark.disclosure.projects", 200);
    private static final int ITEMS = Integer.getInteger("benchmark.disclosure.items", 500);
    private static final int RUNS = Integer.getInteger("benchmark.disclosure.runs", 20);
    private static final int WARMUP = Integer.getInteger("benchmark.disclosure.warmup", 5);

    private DisclosureScale() {
    }

    /** Fills the year, times the three outputs, adds its table to {@code report} and its targets to {@code verdicts}. */
    static void run(RunningApp app, List<String> report, List<String> verdicts) throws Exception {
        long t0 = System.nanoTime();
        new DisclosureData(app).fill(YEAR, LINES, PROJECTS, ITEMS);
        double filled = (System.nanoTime() - t0) / 1e9;
        DisclosurePublications publications = app.bean(DisclosurePublications.class);
        ObjectMapper json = app.bean(ObjectMapper.class);
        Latencies times = new Latencies();
        String[] ops = {"JSON (live view)", "xlsx", "PDF"};
        for (int i = 0; i < WARMUP + RUNS; i++) {
            Latencies target = i < WARMUP ? new Latencies() : times;
            app.as("finance", () -> target.measure(ops[0], () -> write(json, publications)));
            app.as("finance", () -> target.measure(ops[1], () -> publications.export(YEAR, DisclosureFormat.XLSX)));
            app.as("finance", () -> target.measure(ops[2], () -> publications.export(YEAR, DisclosureFormat.PDF)));
        }
        int tables = app.as("finance", () -> publications.read(YEAR).disclosure().tables().size());
        report.add("");
        report.add("Disclosure of %d: %d approved lines, %d projects, %d procurement items (written by JDBC in %.1f s), %d tables;"
            .formatted(YEAR, LINES, PROJECTS, ITEMS, filled, tables));
        report.add("  %d runs each after %d warm-up, as 财务".formatted(RUNS, WARMUP));
        long[] targets = {500, 3000, 3000};
        for (int i = 0; i < ops.length; i++) {
            double p95 = times.percentileMillis(ops[i], .95);
            report.add("  %-20s p50 %8.1f ms  p95 %8.1f ms  SQL %5.1f".formatted(ops[i], times.percentileMillis(ops[i], .5), p95,
                times.statementsPerCall(ops[i])));
            verdicts.add(Benchmark.verdict("disclosure %s p95 < %d ms".formatted(ops[i], targets[i]), p95 < targets[i],
                "%.0f ms".formatted(p95)));
        }
    }

    private static byte[] write(ObjectMapper json, DisclosurePublications publications) {
        try {
            return json.writeValueAsBytes(publications.read(YEAR));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
