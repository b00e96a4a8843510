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
                if (TRACING.get()) {
                    queries.forEach(q -> System.out.println("  " + (execution.isBatch() ? "[batch " + execution.getBatchSize() + "] " : "")
                        + q.getQuery().replaceAll("\\s+", " ")));
                }
            }
        }).build();
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
