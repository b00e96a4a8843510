package cn.nanchang.budgetflow.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Durations and SQL statement counts per named operation, with percentiles. */
final class Latencies {

    private final Map<String, List<Long>> nanos = new LinkedHashMap<>();
    private final Map<String, long[]> statements = new LinkedHashMap<>();

    /** Runs one operation on this thread, timing it and counting its SQL statements. */
    <T> T measure(String operation, Supplier<T> work) {
        long sqlBefore = SqlCounter.sent();
        if (SqlCounter.tracing()) {
            System.out.println("=== " + operation);
        }
        long start = System.nanoTime();
        T result = work.get();
        long took = System.nanoTime() - start;
        nanos.computeIfAbsent(operation, k -> new ArrayList<>()).add(took);
        long[] sql = statements.computeIfAbsent(operation, k -> new long[2]);
        sql[0] += SqlCounter.sent() - sqlBefore;
        sql[1]++;
        return result;
    }

    void measure(String operation, Runnable work) {
        measure(operation, () -> {
            work.run();
            return null;
        });
    }

    /** Records a duration measured elsewhere (e.g. an HTTP call); thread-safe, unlike {@link #measure}. */
    synchronized void add(String operation, long took) {
        nanos.computeIfAbsent(operation, k -> new ArrayList<>()).add(took);
    }

    /** Adds this operation's durations to another recorder under another name. */
    synchronized void copyInto(String operation, Latencies other, String as) {
        nanos.getOrDefault(operation, List.of()).forEach(took -> other.add(as, took));
    }

    Iterable<String> operations() {
        return nanos.keySet();
    }

    int count(String operation) {
        return nanos.get(operation).size();
    }

    /** The q-quantile in milliseconds (nearest rank). */
    double percentileMillis(String operation, double q) {
        List<Long> sorted = new ArrayList<>(nanos.get(operation));
        Collections.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(rank, sorted.size() - 1))) / 1_000_000.0;
    }

    double statementsPerCall(String operation) {
        long[] sql = statements.get(operation);
        return sql[1] == 0 ? 0 : (double) sql[0] / sql[1];
    }
}
