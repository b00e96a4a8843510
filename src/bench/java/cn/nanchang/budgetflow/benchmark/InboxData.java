package cn.nanchang.budgetflow.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the application's database to the size, quickly and without pretending:
 * <ul>
 * <li><b>completed instances</b> are copies of a real completed lifecycle: the document, its
 * draft and line rows and every history row the engine wrote for it (ACT_HI_PROCINST, TASKINST,
 * ACTINST, VARINST, IDENTITYLINK, DETAIL, COMMENT), copied N times with one INSERT … SELECT per
 * table, every id and the business key made unique. The audit log is not copied: copies would
 * break its hash chain, and the inbox does not read it.</li>
 * <li><b>open tasks</b> are real: procurement-plan headers (a section may file any number a
 * year) inserted by SQL, then started through the engine and advanced through the engine, in
 * batches of 500 per transaction, so that the runtime tables, candidate groups and document
 * statuses are exactly what the application would have. Distribution: 40% wait at 科长审核
 * (spread over the six sections), 30% at 财务审核, 30% at 中心主任审批.</li>
 * </ul>
 */
final class InboxData {

    private static final long COMPLETED_ID_BASE = 10_000_000L;
    private static final long OPEN_ID_BASE = 20_000_000L;
    private static final int COPY_SLICE = 5_000;
    private static final List<String> HISTORY_TABLES = List.of("ACT_HI_PROCINST", "ACT_HI_TASKINST", "ACT_HI_ACTINST",
        "ACT_HI_VARINST", "ACT_HI_IDENTITYLINK", "ACT_HI_DETAIL", "ACT_HI_COMMENT");
    /** Columns holding ids of rows that are copied too: made unique per copy. Definition and user ids stay. */
    private static final Set<String> COPIED_IDS = Set.of("ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_", "EXECUTION_ID_",
        "ACT_INST_ID_", "PARENT_ACT_INST_ID_", "TASK_ID_", "VAR_INST_ID_", "BYTEARRAY_ID_", "CALL_PROC_INST_ID_",
        "SUPER_PROCESS_INSTANCE_ID_", "SCOPE_ACTIVITY_INSTANCE_ID_");

    private final DataSource data;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TransactionTemplate transaction;

    InboxData(RunningApp app) {
        this.data = app.bean(DataSource.class);
        this.runtime = app.bean(RuntimeService.class);
        this.tasks = app.bean(TaskService.class);
        this.transaction = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
    }

    /** Copies the completed lifecycle of this document n times. */
    void copyCompleted(long templateDocumentId, int n) throws SQLException {
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            numbers(s, n);
            String instance = single(s, "SELECT ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = '" + templateDocumentId + "'");
            copy(s, "document", "id = " + templateDocumentId, n, "id, doc_type, doc_number, section_id, fiscal_year, status,"
                + " version, drafter, total_amount, created_at, updated_at", COMPLETED_ID_BASE + " + R.X, doc_type, "
                + concat("'YS-BM-'", "R.X") + ", section_id, fiscal_year, status, version, drafter, total_amount, created_at, updated_at");
            copy(s, "budget_draft", "id = " + templateDocumentId, n, "id, open_key", COMPLETED_ID_BASE + " + R.X, NULL");
            copy(s, "budget_line", "draft_id = " + templateDocumentId, n, "draft_id, line_no, function_code, economic_code, kind,"
                + " amount, note", COMPLETED_ID_BASE + " + R.X, line_no, function_code, economic_code, kind, amount, note");
            for (String table : HISTORY_TABLES) {
                copyHistory(c, s, table, instance, templateDocumentId, n);
            }
        }
    }

    /**
     * A table of the numbers 1 … n (at least), filled by doubling: what H2's SYSTEM_RANGE gives, in SQL that H2 and
     * MariaDB/MySQL both run.
     */
    private static void numbers(Statement s, int n) throws SQLException {
        s.execute("DROP TABLE IF EXISTS bench_range");
        s.execute("CREATE TABLE bench_range (X INT PRIMARY KEY)");
        s.execute("INSERT INTO bench_range (X) VALUES (1)");
        for (int size = 1; size < n; size *= 2) {
            s.executeUpdate("INSERT INTO bench_range (X) SELECT X + " + size + " FROM bench_range");
        }
    }

    /** String concatenation: H2's CONCAT skips NULLs where the copy needs NULL kept, and MySQL's || is OR. */
    private static String concat(String... parts) {
        return BenchmarkDatabase.MARIADB ? "CONCAT(" + String.join(", ", parts) + ")" : String.join(" || ", parts);
    }

    private void copyHistory(Connection c, Statement s, String table, String instance, long templateDocumentId, int n)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = c.getMetaData().getColumns(null, null, table, null)) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME"));
            }
        }
        String filter = columns.contains("ROOT_PROC_INST_ID_") ? "ROOT_PROC_INST_ID_ = '" + instance + "'"
            : "PROC_INST_ID_ = '" + instance + "'";
        List<String> values = columns.stream().map(col -> switch (col) {
            case "BUSINESS_KEY_" -> concat("''", COMPLETED_ID_BASE + " + R.X");
            case "LONG_" -> columns.contains("NAME_")
                ? "CASE WHEN NAME_ = 'documentId' THEN " + COMPLETED_ID_BASE + " + R.X ELSE LONG_ END" : col;
            default -> COPIED_IDS.contains(col) ? concat("RIGHT(" + col + ", 36)", "'~'", "R.X") : col;
        }).toList();
        copy(s, table, filter, n, String.join(", ", columns), String.join(", ", values));
    }

    /**
     * Inserts n copies of the rows of a table that match the filter. The template rows are taken
     * into a temporary table first, so the insert never reads the table it writes.
     */
    private static void copy(Statement s, String table, String filter, int n, String columns, String values) throws SQLException {
        s.execute("DROP TABLE IF EXISTS bench_template");
        s.execute("CREATE " + (BenchmarkDatabase.MARIADB ? "" : "LOCAL ") + "TEMPORARY TABLE bench_template AS SELECT * FROM "
            + table + " WHERE " + filter);
        // In slices: one statement of 100,000 copies keeps its whole undo log in the heap and runs H2 out of memory.
        for (int from = 1; from <= n; from += COPY_SLICE) {
            s.executeUpdate("INSERT INTO " + table + " (" + columns + ") SELECT " + values
                + " FROM bench_template, bench_range R WHERE R.X BETWEEN " + from + " AND " + Math.min(n, from + COPY_SLICE - 1));
        }
        s.execute("DROP TABLE bench_template");
    }

    /** Files n procurement plans, starts their approvals and moves 60% past the 科长, half of those past 财务. */
    void openTasks(int n) throws SQLException {
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            numbers(s, n);
            s.executeUpdate("INSERT INTO document (id, doc_type, doc_number, section_id, fiscal_year, status, version, drafter,"
                + " total_amount, created_at, updated_at) SELECT " + OPEN_ID_BASE + " + X, 'PROCUREMENT_PLAN', " + concat("'CG-BM-'", "X")
                + ", 11 + MOD(X, 6), 2032, 'DRAFT', 0, " + concat("'staff'", "(1 + MOD(X, 6))") + ", 80000.00 + X,"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM bench_range WHERE X <= " + n);
            s.executeUpdate("INSERT INTO procurement_plan (id) SELECT " + OPEN_ID_BASE + " + X FROM bench_range WHERE X <= " + n);
        }
        int batch = 500;
        for (int from = 1; from <= n; from += batch) {
            int first = from;
            int last = Math.min(n, from + batch - 1);
            transaction.executeWithoutResult(status -> {
                for (int x = first; x <= last; x++) {
                    start(x);
                }
            });
        }
        advance("Task_SectionHeadReview", n * 6 / 10);
        advance("Task_FinanceReview", n * 3 / 10);
    }

    private void start(int x) {
        String section = "S0" + (1 + x % 6);
        Map<String, Object> variables = new HashMap<>();
        variables.put("documentId", OPEN_ID_BASE + x);
        variables.put("documentType", "PROCUREMENT_PLAN");
        variables.put("sectionCode", section);
        variables.put("sectionHeadGroup", "section-head-" + section);
        variables.put("drafter", "staff" + (1 + x % 6));
        variables.put("amountYuan", 80000.00 + x);
        variables.put("procurementMethod", "INQUIRY");
        variables.put("methodChanged", false);
        runtime.startProcessInstanceByKey("procurement-plan-approval", Long.toString(OPEN_ID_BASE + x), variables);
    }

    private void advance(String taskKey, int count) {
        int done = 0;
        while (done < count) {
            int size = Math.min(500, count - done);
            done += transaction.execute(status -> {
                List<Task> page = tasks.createTaskQuery().processDefinitionKey("procurement-plan-approval")
                    .taskDefinitionKey(taskKey).orderByTaskId().asc().listPage(0, size);
                page.forEach(t -> tasks.complete(t.getId(), Map.of("approved", true)));
                return page.size();
            });
        }
    }

    /** The database's plan of a captured statement, one line per row of EXPLAIN, the statement first. */
    static List<String> explain(RunningApp app, SqlCounter.Captured query) {
        List<String> lines = new ArrayList<>();
        lines.add("  " + query.sql().replaceAll("\\s+", " ") + "  -- " + query.parameters().values());
        try (Connection c = app.bean(DataSource.class).getConnection();
                java.sql.PreparedStatement explain = c.prepareStatement("EXPLAIN " + query.sql())) {
            for (Map.Entry<Integer, Object> parameter : query.parameters().entrySet()) {
                explain.setObject(parameter.getKey(), parameter.getValue());
            }
            try (ResultSet rows = explain.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                List<String> header = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    header.add(rows.getMetaData().getColumnLabel(i));
                }
                lines.add("  " + String.join(" | ", header));
                while (rows.next()) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        cells.add(String.valueOf(rows.getString(i)).replaceAll("\\s+", " "));
                    }
                    lines.add("  " + String.join(" | ", cells));
                }
            }
        } catch (SQLException e) {
            lines.add("  (EXPLAIN failed: " + e.getMessage() + ")");
        }
        return lines;
    }

    long count(String sql) throws SQLException {
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            return Long.parseLong(single(s, sql));
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rows = s.executeQuery(sql)) {
            if (!rows.next()) {
                throw new IllegalStateException("no row for " + sql);
            }
            return rows.getString(1);
        }
    }
}
