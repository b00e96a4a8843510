package cn.nanchang.budgetflow.benchmark;

import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts the SQL statements that the current thread sends through a data source, by wrapping it
 * in a datasource-proxy. A JDBC batch counts as many statements as it carries, so that Camunda's
 * batched flush and Hibernate's single inserts are counted alike. Per thread, so that the job
 * executor and the pool's housekeeping never show up in an operation's count.
 */
final class SqlCounter {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);
    /** Set by {@link SqlTrace}: every statement of the tracing thread is printed. */
    private static final ThreadLocal<Boolean> TRACING = ThreadLocal.withInitial(() -> false);
    /** With SqlTrace, {@code -Dbenchmark.trace.stack=text}: who sent the statements containing this text. */
    private static final String STACK_OF = System.getProperty("benchmark.trace.stack");
    /** Set while the benchmark captures statements (the inbox's, for its EXPLAIN): each query with its parameters. */
    private static final ThreadLocal<List<Captured>> CAPTURED = new ThreadLocal<>();

    /** One statement as sent: its SQL and its parameters by index (1-based). */
    record Captured(String sql, java.util.SortedMap<Integer, Object> parameters) {
    }

    private SqlCounter() {
    }

    static DataSource counting(DataSource target, String name) {
        return ProxyDataSourceBuilder.create(target).name(name).listener(new QueryExecutionListener() {
            @Override
            public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            }

            @Override
            public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
                COUNT.get()[0] += execution.isBatch() ? Math.max(1, execution.getBatchSize()) : queries.size();
                List<Captured> captured = CAPTURED.get();
                if (captured != null && !execution.isBatch()) {
                    queries.forEach(q -> captured.add(new Captured(q.getQuery(), parameters(q))));
                }
                if (TRACING.get()) {
                    queries.forEach(q -> {
                        System.out.println("  " + (execution.isBatch() ? "[batch " + execution.getBatchSize() + "] " : "")
                            + q.getQuery().replaceAll("\\s+", " "));
                        if (STACK_OF != null && q.getQuery().contains(STACK_OF)) {
                            printCaller();
                        }
                    });
                }
            }
        }).build();
    }

    private static java.util.SortedMap<Integer, Object> parameters(QueryInfo query) {
        java.util.SortedMap<Integer, Object> values = new java.util.TreeMap<>();
        if (!query.getParametersList().isEmpty()) {
            query.getParametersList().get(0).forEach(set -> values.put((Integer) set.getArgs()[0],
                set.getArgs().length > 1 ? set.getArgs()[1] : null));
        }
        return values;
    }

    /** Starts (or, with false, stops and returns) capturing this thread's statements. */
    static List<Captured> capture(boolean on) {
        List<Captured> captured = CAPTURED.get();
        CAPTURED.set(on ? new java.util.ArrayList<>() : null);
        return captured == null ? List.of() : captured;
    }

    private static void printCaller() {
        StackWalker.getInstance().walk(frames -> frames.filter(f -> f.getClassName().startsWith("cn.nanchang.budgetflow")
            && !f.getClassName().contains(".benchmark.")).limit(6).toList()).forEach(f -> System.out.println("      at " + f));
    }

    static void trace(boolean on) {
        TRACING.set(on);
    }

    static boolean tracing() {
        return TRACING.get();
    }

    /** Statements this thread has sent so far; subtract two readings to count one operation. */
    static long sent() {
        return COUNT.get()[0];
    }
}
