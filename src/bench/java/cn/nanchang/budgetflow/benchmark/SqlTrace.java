package cn.nanchang.budgetflow.benchmark;

/**
 * Prints every SQL statement of one application lifecycle (create, submit, four times find task
 * and approve), after a few warm-up lifecycles, grouped by operation: where the benchmark's
 * statement counts come from. Run with the test classpath:
 * {@code java -cp <test classpath> cn.nanchang.budgetflow.benchmark.SqlTrace}, on MariaDB with
 * {@code -Dbenchmark.db=mariadb}; {@code -Dbenchmark.trace.stack=text} prints who sent the statements containing the text.
 */
public final class SqlTrace {

    private SqlTrace() {
    }

    public static void main(String[] args) {
        try (RunningApp app = new RunningApp("sql-trace")) {
            AppLifecycle lifecycle = new AppLifecycle(app);
            for (int i = 0; i < 3; i++) {
                lifecycle.run(new Latencies());
            }
            SqlCounter.trace(true);
            lifecycle.run(new Latencies());
            SqlCounter.trace(false);
        } finally {
            BenchmarkDatabase.dropAll();
        }
        System.exit(0);
    }
}
