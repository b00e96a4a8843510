package cn.nanchang.budgetflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.it.AppProcess.Answer;
import cn.nanchang.budgetflow.it.DraftApprovals.Draft;
import cn.nanchang.budgetflow.it.DraftApprovals.OpenTask;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two instances of the application on different ports sharing one fresh MariaDB database as a
 * Camunda shared-database cluster (issue 7 §5). Every approval is sent to both at the same
 * moment: one of them decides, the other answers 409, and nothing is doubled. Meanwhile both
 * job executors poll the same job table: a test process started by a timer every second, whose
 * instances wait on a timer of their own, shows that each timer job runs exactly once, and on
 * both nodes; when one node stops, the other takes its timers over.
 */
@ExtendWith(FreshMariaDbDatabase.class)
class TwoInstancesIT {

    private static final int DRAFTS_PER_NODE = 6;
    private static final int TIMER_INSTANCES = 10;
    private static final int TAKEOVER_JOBS = 4;
    private static final String TASK_TAKEN = "该任务已被他人办理，请刷新待办列表";
    /** The job log's states (Camunda's JobState): 2 is a successful execution. */
    private static final int JOB_SUCCESSFUL = 2;

    private final List<AppProcess> nodes = new ArrayList<>();
    private final ExecutorService callers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopNodes() throws Exception {
        callers.shutdownNow();
        for (AppProcess node : nodes) {
            node.close();
        }
    }

    @Test
    void two_instances_on_one_database_decide_each_task_once_and_fire_each_timer_once() throws Exception {
        // The first instance creates the schema; the second joins a database that has it (see README).
        AppProcess a = start("node-a");
        AppProcess b = start("node-b");
        List<Draft> drafts = new ArrayList<>(DraftApprovals.submitted(a, DRAFTS_PER_NODE, 2040));
        drafts.addAll(DraftApprovals.submitted(b, DRAFTS_PER_NODE, 2050));
        assertThat(Rows.strings("SELECT COUNT(DISTINCT doc_number) FROM document WHERE status = 'IN_REVIEW'"))
            .containsExactly(String.valueOf(drafts.size()));

        List<Integer> winners = new ArrayList<>();
        for (int step = 0; step < DraftApprovals.STEPS.size(); step++) {
            for (Draft draft : drafts) {
                OpenTask task = DraftApprovals.openTask(draft);
                List<Answer> answers = atOnce(a, b, task);
                assertThat(answers).as("task %s decided on both nodes at once", task.id()).extracting(Answer::status)
                    .containsExactlyInAnyOrder(200, 409);
                assertThat(answers.stream().filter(x -> x.status() == 409).findFirst().orElseThrow().body().path("message").asText())
                    .isEqualTo(TASK_TAKEN);
                winners.add(answers.get(0).status() == 200 ? 0 : 1);
                assertThat(Rows.strings("SELECT action FROM audit_entry WHERE task_id = ?", task.id())).containsExactly("APPROVE");
            }
        }
        System.out.printf("TwoInstancesIT: %d races, node-a decided %d, node-b %d%n", winners.size(),
            winners.stream().filter(w -> w == 0).count(), winners.stream().filter(w -> w == 1).count());
        assertThat(winners).as("decisions taken by node-a (0) and node-b (1)").contains(0, 1);
        for (Draft draft : drafts) {
            DraftApprovals.assertStatusIsProcessState(draft);
            assertThat(Rows.strings("SELECT status FROM document WHERE id = ?", draft.id())).containsExactly("APPROVED");
        }
        DraftApprovals.assertNoApprovalTwice();
        DraftApprovals.assertAuditChainIntact(a);
        DraftApprovals.assertAuditChainIntact(b);

        awaitEndedTimerInstances(TIMER_INSTANCES);
        // The node that started first tends to win the acquisitions; with it stopped, the other must take the timers over.
        int bBefore = timerJobsRunBy("node-b");
        a.stop();
        awaitTimerJobsRunBy("node-b", bBefore + TAKEOVER_JOBS);
        b.stop();
        assertEachTimerJobRanOnceOnBothNodes();
    }

    private AppProcess start(String node) throws Exception {
        AppProcess app = AppProcess.start(node,
            "--camunda.bpm.deployment-resource-pattern=classpath*:processes/*.bpmn,classpath*:processes/*.dmn,classpath*:cluster/*.bpmn",
            "--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=1000",
            // A job acquired by the node that stops stays locked to it until the lock expires (5 minutes by default).
            "--camunda.bpm.job-execution.lock-time-in-millis=10000");
        nodes.add(app);
        return app;
    }

    /** The same decision sent to both nodes, released together. */
    private List<Answer> atOnce(AppProcess a, AppProcess b, OpenTask task) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> pending = new ArrayList<>();
        for (AppProcess node : List.of(a, b)) {
            pending.add(callers.submit(() -> {
                go.await();
                return DraftApprovals.approve(node, task);
            }));
        }
        go.countDown();
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> answer : pending) {
            answers.add(answer.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    private static void awaitEndedTimerInstances(int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (endedTimerInstances() < count && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(250);
        }
        assertThat(endedTimerInstances()).as("timer instances ended within a minute").isGreaterThanOrEqualTo(count);
    }

    private static void awaitTimerJobsRunBy(String node, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (timerJobsRunBy(node) < count && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(250);
        }
        assertThat(timerJobsRunBy(node)).as("timer jobs run by %s within a minute after the other node stopped", node)
            .isGreaterThanOrEqualTo(count);
    }

    private static int timerJobsRunBy(String node) throws Exception {
        return Integer.parseInt(Rows.strings("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE PROCESS_DEF_KEY_ = 'cluster-timer'"
            + " AND JOB_STATE_ = " + JOB_SUCCESSFUL + " AND HOSTNAME_ = ?", node).get(0));
    }

    private static int endedTimerInstances() throws Exception {
        return Integer.parseInt(Rows.strings("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'cluster-timer'"
            + " AND END_ACT_ID_ = 'EndEvent_Paused'").get(0));
    }

    /**
     * Every timer job has one successful execution in the job log; each firing of the start timer
     * started one instance, each instance passed its own timer once; both nodes ran some.
     */
    private static void assertEachTimerJobRanOnceOnBothNodes() throws Exception {
        String successful = " FROM ACT_HI_JOB_LOG WHERE PROCESS_DEF_KEY_ = 'cluster-timer' AND JOB_STATE_ = " + JOB_SUCCESSFUL;
        assertThat(Rows.strings("SELECT JOB_ID_" + successful + " GROUP BY JOB_ID_ HAVING COUNT(*) > 1")).as("jobs run twice").isEmpty();
        System.out.println("TwoInstancesIT: successful timer jobs per node " + Rows.strings("SELECT CONCAT(HOSTNAME_, '=', COUNT(*))"
            + successful + " GROUP BY HOSTNAME_"));
        assertThat(Rows.strings("SELECT DISTINCT HOSTNAME_" + successful)).containsExactlyInAnyOrder("node-a", "node-b");
        assertThat(Rows.strings("SELECT COUNT(*)" + successful + " AND JOB_DEF_TYPE_ = 'timer-start-event'"))
            .as("one instance per firing of the start timer")
            .isEqualTo(Rows.strings("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'cluster-timer'"));
        assertThat(Rows.strings("SELECT COUNT(*)" + successful + " AND JOB_DEF_TYPE_ = 'timer-intermediate-transition'"))
            .as("one pause timer per ended instance")
            .containsExactly(String.valueOf(endedTimerInstances()));
        assertThat(Rows.strings("SELECT PROC_INST_ID_ FROM ACT_HI_ACTINST WHERE ACT_ID_ = 'TimerEvent_OneSecondPause'"
            + " GROUP BY PROC_INST_ID_ HAVING COUNT(*) > 1")).as("instances that passed their timer twice").isEmpty();
    }
}
