package cn.nanchang.budgetflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.it.AppProcess.Answer;
import cn.nanchang.budgetflow.it.DraftApprovals.Draft;
import cn.nanchang.budgetflow.it.DraftApprovals.OpenTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Crash safety (issue 7 §4): the application runs as a process of its own on a fresh MariaDB
 * database; three clients approve budget drafts over HTTP while the process is killed with
 * SIGKILL in the middle of their loop. After a restart, what the clients were told must be
 * what the server kept: every acknowledged approval is stored exactly once (audit entry and
 * completed task), an approval whose answer never came is stored completely or not at all,
 * each document's status is its process state, the audit chain verifies, and the approvals
 * that were left can be finished on the restarted application.
 */
@ExtendWith(FreshMariaDbDatabase.class)
class CrashRecoveryIT {

    private static final int DRAFTS = 12;
    private static final int CLIENTS = 3;
    private static final int KILL_AFTER_ACKNOWLEDGED = 12;

    private final Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final Queue<String> unanswered = new ConcurrentLinkedQueue<>();
    private final Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final CountDownLatch enoughAcknowledged = new CountDownLatch(KILL_AFTER_ACKNOWLEDGED);
    private AppProcess app;

    @AfterEach
    void stopApplication() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void approvals_killed_mid_loop_are_kept_exactly_once_or_not_at_all_and_statuses_match_processes_after_restart() throws Exception {
        app = AppProcess.start("crash-before");
        List<Draft> drafts = DraftApprovals.submitted(app, DRAFTS, 2040);
        List<Thread> clients = startClients(app, drafts);

        assertThat(enoughAcknowledged.await(120, TimeUnit.SECONDS)).as("approvals acknowledged before the kill").isTrue();
        app.kill();
        for (Thread client : clients) {
            client.join(TimeUnit.SECONDS.toMillis(70));
        }
        assertThat(unexpected).as("answers other than 200 before the kill").isEmpty();
        assertThat(acknowledged.size()).as("the kill came in the middle of the loop").isBetween(KILL_AFTER_ACKNOWLEDGED, DRAFTS * 4 - 1);

        app = AppProcess.start("crash-after");
        System.out.printf("CrashRecoveryIT: %d approvals acknowledged before the kill, %d unanswered (%d of them kept)%n",
            acknowledged.size(), unanswered.size(), unanswered.stream().filter(CrashRecoveryIT::kept).count());
        for (String task : acknowledged) {
            assertThat(Rows.strings("SELECT action FROM audit_entry WHERE task_id = ?", task)).as("acknowledged %s", task)
                .containsExactly("APPROVE");
            assertThat(Rows.strings("SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE ID_ = ? AND END_TIME_ IS NOT NULL", task))
                .as("acknowledged %s", task).containsExactly("1");
        }
        for (String task : unanswered) {
            List<String> audit = Rows.strings("SELECT action FROM audit_entry WHERE task_id = ?", task);
            List<String> stillOpen = Rows.strings("SELECT ID_ FROM ACT_RU_TASK WHERE ID_ = ?", task);
            assertThat(audit.isEmpty() ? stillOpen : audit).as("unanswered %s: all or nothing", task)
                .containsExactly(audit.isEmpty() ? task : "APPROVE");
        }
        List<String> sent = new ArrayList<>(acknowledged);
        sent.addAll(unanswered);
        assertThat(Rows.strings("SELECT task_id FROM audit_entry WHERE action = 'APPROVE'")).as("approvals nobody sent")
            .allMatch(sent::contains);
        DraftApprovals.assertNoApprovalTwice();
        for (Draft draft : drafts) {
            DraftApprovals.assertStatusIsProcessState(draft);
        }
        DraftApprovals.assertAuditChainIntact(app);

        finishOnRestartedApplication(drafts);
    }

    /** Each client owns every third draft and walks it through its four steps, one decision at a time. */
    private List<Thread> startClients(AppProcess target, List<Draft> drafts) {
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            List<Draft> own = new ArrayList<>();
            for (int i = c; i < drafts.size(); i += CLIENTS) {
                own.add(drafts.get(i));
            }
            Thread client = new Thread(() -> approveUntilNoAnswer(target, own), "crash-client-" + c);
            client.setDaemon(true);
            client.start();
            clients.add(client);
        }
        return clients;
    }

    private void approveUntilNoAnswer(AppProcess target, List<Draft> own) {
        try {
            for (int step = 0; step < DraftApprovals.STEPS.size(); step++) {
                for (Draft draft : own) {
                    OpenTask task = DraftApprovals.openTask(draft);
                    Answer answer = DraftApprovals.approve(target, task);
                    if (answer.status() == 200) {
                        acknowledged.add(task.id());
                        enoughAcknowledged.countDown();
                    } else if (answer.status() == -1) {
                        unanswered.add(task.id());
                        return;
                    } else {
                        unexpected.add(task.id() + " " + answer.status() + " " + answer.body());
                    }
                }
            }
        } catch (Exception | AssertionError e) {
            unexpected.add(e.toString());
        }
    }

    private static boolean kept(String task) {
        try {
            return !Rows.strings("SELECT id FROM audit_entry WHERE task_id = ?", task).isEmpty();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void finishOnRestartedApplication(List<Draft> drafts) throws Exception {
        for (Draft draft : drafts) {
            for (OpenTask task = DraftApprovals.openTask(draft); task != null; task = DraftApprovals.openTask(draft)) {
                Answer answer = DraftApprovals.approve(app, task);
                assertThat(answer.status()).as("approving %s after the restart: %s", task.id(), answer.body()).isEqualTo(200);
            }
            DraftApprovals.assertStatusIsProcessState(draft);
        }
        DraftApprovals.assertNoApprovalTwice();
        DraftApprovals.assertAuditChainIntact(app);
    }
}
