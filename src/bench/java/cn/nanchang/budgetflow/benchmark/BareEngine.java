package cn.nanchang.budgetflow.benchmark;

import cn.nanchang.budgetflow.workflow.internal.ApprovalDeadlines;
import cn.nanchang.budgetflow.workflow.internal.WorkingDays;
import com.zaxxer.hikari.HikariDataSource;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;

/**
 * The yardstick: a plain Camunda engine on a fresh database of its own (H2 file or MariaDB, as the app), configured as the application
 * configures its engine (history FULL, the same hardening, a Hikari pool at READ COMMITTED),
 * running the very same budget-draft-approval.bpmn. It does only what the engine must: start,
 * find the open task, complete it with the decision. The model's milestone listeners resolve
 * to a bean that does nothing, because a bare engine has no documents to move.
 */
final class BareEngine implements AutoCloseable {

    private final HikariDataSource pool;
    private final ProcessEngine engine;
    private long businessKey = 1;

    BareEngine() {
        pool = new HikariDataSource();
        pool.setJdbcUrl(BenchmarkDatabase.url("bare-engine"));
        pool.setUsername(BenchmarkDatabase.USER);
        pool.setPassword(BenchmarkDatabase.PASSWORD);
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
        config.setProcessEngineName("bare-benchmark-engine");
        config.setDataSource(SqlCounter.counting(pool, "bare-engine"));
        config.setDatabaseSchemaUpdate("true");
        config.setHistory("full");
        config.setJobExecutorActivate(false);
        config.setJavaSerializationFormatEnabled(false);
        config.setDeserializationTypeValidationEnabled(true);
        config.setEnforceHistoryTimeToLive(true);
        config.setQueryMaxResultsLimit(10000);
        // The model's due dates and timers are computed as in the app; their events go nowhere, as there is no one to tell.
        ApprovalDeadlines deadlines = new ApprovalDeadlines(event -> { },
            new WorkingDays(ZoneId.of("Asia/Shanghai"), Set.of(), Set.of()), 3);
        config.setBeans(new HashMap<>(Map.of("approvalMilestones", new IgnoredMilestones(), "approvalDeadlines", deadlines)));
        engine = config.buildProcessEngine();
        try (InputStream model = BareEngine.class.getResourceAsStream("/processes/budget-draft-approval.bpmn")) {
            engine.getRepositoryService().createDeployment().addInputStream("budget-draft-approval.bpmn", model).deploy();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("budget-draft-approval.bpmn is not on the classpath", e);
        }
    }

    /** Start, four approvals, end: one lifecycle, each operation measured. */
    void lifecycle(Latencies latencies) {
        long key = businessKey++;
        Map<String, Object> variables = new HashMap<>();
        variables.put("documentId", key);
        variables.put("documentType", "BUDGET_DRAFT");
        variables.put("sectionCode", "S01");
        variables.put("sectionHeadGroup", "section-head-S01");
        variables.put("drafter", "staff1");
        variables.put("amountYuan", 100.0);
        variables.put("procurementMethod", null);
        variables.put("methodChanged", null);
        String instance = latencies.measure("start / submit",
            () -> engine.getRuntimeService().startProcessInstanceByKey("budget-draft-approval", Long.toString(key), variables).getId());
        TaskService tasks = engine.getTaskService();
        for (int step = 0; step < 4; step++) {
            Task task = latencies.measure("find task", () -> tasks.createTaskQuery().processInstanceId(instance).singleResult());
            latencies.measure("approve", () -> tasks.complete(task.getId(), Map.of("approved", true)));
        }
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count() != 0) {
            throw new IllegalStateException("the bare engine's instance did not end after four approvals");
        }
    }

    @Override
    public void close() {
        engine.close();
        pool.close();
    }

    /** Resolves ${approvalMilestones.reached(execution, '…')}; the bare engine has no documents. */
    public static final class IgnoredMilestones {
        public void reached(DelegateExecution execution, String status) {
            // nothing to move: this engine has no documents
        }
    }
}
