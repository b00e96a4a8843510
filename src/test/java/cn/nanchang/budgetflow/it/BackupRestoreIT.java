package cn.nanchang.budgetflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.it.AppProcess.Target;
import cn.nanchang.budgetflow.it.DraftApprovals.Draft;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Backups that restore (issue 20 §3), done as the README tells the operator: {@code mariadb-dump
 * --single-transaction} of the whole database (our tables, Camunda's, Flyway's history) while the
 * application runs, then the dump loaded into a fresh database and the application started on it.
 * Documents, statuses and open tasks are as they were, an approval that was open before the
 * backup is completed after the restore, and the audit chain verifies.
 */
@ExtendWith(FreshMariaDbDatabase.class)
class BackupRestoreIT {

    private static final String DOCUMENTS = "SELECT CONCAT(id, ' ', status) FROM document ORDER BY id";
    private static final String OPEN_TASKS = "SELECT CONCAT(e.BUSINESS_KEY_, ' ', t.ID_, ' ', t.TASK_DEF_KEY_) FROM ACT_RU_TASK t"
        + " JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_ ORDER BY e.BUSINESS_KEY_";
    private static final String OPEN_STEP = "SELECT t.TASK_DEF_KEY_ FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_"
        + " WHERE e.BUSINESS_KEY_ = ?";

    @Test
    void a_dump_taken_during_use_restores_into_a_fresh_database_where_open_approvals_continue() throws Exception {
        String source = FreshMariaDbDatabase.name();
        Path dump = Path.of("target", "backup-restore-it.sql");
        Draft underway;
        List<String> documents;
        List<String> openTasks;
        long auditEntries;
        try (AppProcess app = AppProcess.start("backup-source")) {
            List<Draft> drafts = DraftApprovals.submitted(app, 3, 2040);
            underway = drafts.get(0);
            assertThat(DraftApprovals.approve(app, DraftApprovals.openTask(underway)).status()).isEqualTo(200);
            DraftApprovals.approveToEnd(app, drafts.get(1));
            documents = Rows.strings(DOCUMENTS);
            openTasks = Rows.strings(OPEN_TASKS);
            auditEntries = Long.parseLong(Rows.strings("SELECT COUNT(*) FROM audit_entry").get(0));
            run(List.of("mariadb-dump", "--single-transaction", "--routines", "--triggers", "--hex-blob", "-h", host(), "-P", port(),
                "-u", FreshMariaDbDatabase.user(), source), null, dump.toFile());
        }
        assertThat(documents).contains(underway.id() + " IN_REVIEW").anyMatch(d -> d.endsWith(" APPROVED"));

        String restored = FreshMariaDbDatabase.another("restored");
        run(List.of("mariadb", "-h", host(), "-P", port(), "-u", FreshMariaDbDatabase.user(), restored), dump.toFile(), null);
        Files.delete(dump);

        try (AppProcess app = AppProcess.start("backup-restored", Target.on(restored))) {
            assertThat(Rows.stringsIn(restored, DOCUMENTS)).as("documents and statuses").isEqualTo(documents);
            assertThat(Rows.stringsIn(restored, OPEN_TASKS)).as("open tasks").isEqualTo(openTasks);
            assertThat(Long.parseLong(Rows.stringsIn(restored, "SELECT COUNT(*) FROM audit_entry").get(0))).isGreaterThanOrEqualTo(auditEntries);
            DraftApprovals.assertAuditChainIntact(app);

            String key = String.valueOf(underway.id());
            String task = Rows.stringsIn(restored, OPEN_STEP.replace("t.TASK_DEF_KEY_", "t.ID_"), key).get(0);
            assertThat(Rows.stringsIn(restored, OPEN_STEP, key)).containsExactly("Task_FinanceReview");
            var approved = app.post("finance", "/api/v1/tasks/" + task + "/decision", DraftApprovals.APPROVE);
            assertThat(approved.status()).as("the task open before the backup, approved after the restore: %s", approved.body()).isEqualTo(200);
            assertThat(Rows.stringsIn(restored, OPEN_STEP, key)).containsExactly("Task_DirectorReview");
            assertThat(Rows.stringsIn(restored, "SELECT status FROM document WHERE id = ?", underway.id())).containsExactly("IN_REVIEW");
            DraftApprovals.assertAuditChainIntact(app);
        }
    }

    private static String host() {
        return FreshMariaDbDatabase.HOST.split(":")[0];
    }

    private static String port() {
        String[] parts = FreshMariaDbDatabase.HOST.split(":");
        return parts.length > 1 ? parts[1] : "3306";
    }

    /** Runs a client program as the operator would; a password, if the test server has one, goes through MYSQL_PWD. */
    private static void run(List<String> command, File input, File output) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (!FreshMariaDbDatabase.password().isEmpty()) {
            builder.environment().put("MYSQL_PWD", FreshMariaDbDatabase.password());
        }
        Path errors = Files.createTempFile("mariadb-client", ".err");
        builder.redirectError(errors.toFile());
        if (input != null) {
            builder.redirectInput(input);
        }
        if (output != null) {
            builder.redirectOutput(output);
        }
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s ended", command.get(0)).isTrue();
        assertThat(process.exitValue()).as("%s: %s", command, Files.readString(errors)).isZero();
        Files.delete(errors);
    }
}
