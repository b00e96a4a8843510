package cn.nanchang.budgetflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nanchang.budgetflow.it.AppProcess.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Budget drafts driven through their four approvals over HTTP against {@link AppProcess}es, and
 * what the server stored about them read back with plain SQL: the document's status must be its
 * process state, and every completed task must have exactly one approval in the audit log.
 */
final class DraftApprovals {

    static final List<String> STEPS = List.of("Task_SectionHeadReview", "Task_FinanceReview", "Task_DirectorReview", "Task_BureauReview");
    static final Map<String, Object> APPROVE = Map.of("decision", "APPROVE", "comment", "同意");

    /** One submitted draft: its id and the section whose 科长 reviews it first. */
    record Draft(long id, int section) {
    }

    /** The open task of a draft: its id and the reviewer its step asks for. */
    record OpenTask(String id, String reviewer) {
    }

    private DraftApprovals() {
    }

    static List<Draft> submitted(AppProcess app, int count, int firstYear) {
        List<Draft> drafts = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int section = k % 6 + 1;
            String staff = "staff" + section;
            Answer created = app.post(staff, "/api/v1/budget-drafts", Map.of("fiscalYear", firstYear + k / 6,
                "lines", List.of(Map.of("functionCode", "2010350", "economicCode", "30201", "kind", "BASIC_PUBLIC",
                    "amount", "1000.00", "note", "办公费"))));
            assertThat(created.status()).as("create %s", created.body()).isEqualTo(201);
            long id = created.body().path("id").asLong();
            Answer submitted = app.post(staff, "/api/v1/budget-drafts/" + id + "/submit", null);
            assertThat(submitted.status()).as("submit %s", submitted.body()).isEqualTo(200);
            drafts.add(new Draft(id, section));
        }
        return drafts;
    }

    /** The open task of the draft, or null when its approval has ended. */
    static OpenTask openTask(Draft draft) throws Exception {
        List<String> open = Rows.strings("SELECT CONCAT(t.ID_, ' ', t.TASK_DEF_KEY_) FROM ACT_RU_TASK t"
            + " JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_ WHERE e.BUSINESS_KEY_ = ?", String.valueOf(draft.id()));
        assertThat(open).as("open tasks of draft %d", draft.id()).hasSizeLessThanOrEqualTo(1);
        if (open.isEmpty()) {
            return null;
        }
        String[] task = open.get(0).split(" ");
        return new OpenTask(task[0], reviewer(task[1], draft.section()));
    }

    static Answer approve(AppProcess app, OpenTask task) {
        return app.post(task.reviewer(), "/api/v1/tasks/" + task.id() + "/decision", APPROVE);
    }

    /** Approves each open step of the draft in turn until its approval has ended; each must be accepted. */
    static void approveToEnd(AppProcess app, Draft draft) throws Exception {
        for (OpenTask task = openTask(draft); task != null; task = openTask(draft)) {
            Answer answer = approve(app, task);
            assertThat(answer.status()).as("approving %s of draft %d on %s: %s", task.id(), draft.id(), app.node(), answer.body())
                .isEqualTo(200);
        }
    }

    /**
     * The document's status is its process state: n completed tasks are the first n steps, each
     * with one approval in the audit log; with four the process ended approved, else it waits at step n+1.
     */
    static void assertStatusIsProcessState(Draft draft) throws Exception {
        String key = String.valueOf(draft.id());
        List<String> status = Rows.strings("SELECT status FROM document WHERE id = ?", draft.id());
        List<String> completedSteps = Rows.strings("SELECT t.TASK_DEF_KEY_ FROM ACT_HI_TASKINST t JOIN ACT_HI_PROCINST p"
            + " ON p.ID_ = t.PROC_INST_ID_ WHERE p.BUSINESS_KEY_ = ? AND t.END_TIME_ IS NOT NULL", key);
        List<String> completedIds = Rows.strings("SELECT t.ID_ FROM ACT_HI_TASKINST t JOIN ACT_HI_PROCINST p"
            + " ON p.ID_ = t.PROC_INST_ID_ WHERE p.BUSINESS_KEY_ = ? AND t.END_TIME_ IS NOT NULL", key);
        List<String> approvals = Rows.strings("SELECT task_id FROM audit_entry WHERE document_id = ? AND action = 'APPROVE'", draft.id());
        List<String> open = Rows.strings("SELECT t.TASK_DEF_KEY_ FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_"
            + " WHERE e.BUSINESS_KEY_ = ?", key);
        int done = completedSteps.size();
        String what = "draft " + draft.id();

        assertThat(done).as(what).isLessThanOrEqualTo(STEPS.size());
        assertThat(completedSteps).as(what).containsExactlyInAnyOrderElementsOf(STEPS.subList(0, done));
        assertThat(approvals).as("%s: one approval per completed task", what).containsExactlyInAnyOrderElementsOf(completedIds);
        if (done == STEPS.size()) {
            assertThat(status).as(what).containsExactly("APPROVED");
            assertThat(open).as(what).isEmpty();
            assertThat(Rows.strings("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ = ?", key)).as(what).containsExactly("0");
            assertThat(Rows.strings("SELECT END_ACT_ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ?", key)).as(what)
                .containsExactly("EndEvent_BudgetApproved");
        } else {
            assertThat(status).as(what).containsExactly("IN_REVIEW");
            assertThat(open).as(what).containsExactly(STEPS.get(done));
        }
    }

    /** No task of any draft has two approvals in the audit log. */
    static void assertNoApprovalTwice() throws Exception {
        assertThat(Rows.strings("SELECT task_id FROM audit_entry WHERE action = 'APPROVE' GROUP BY task_id HAVING COUNT(*) > 1"))
            .isEmpty();
    }

    static void assertAuditChainIntact(AppProcess app) {
        Answer verification = app.get("auditor", "/api/v1/audit/verify");
        assertThat(verification.status()).isEqualTo(200);
        assertThat(verification.body().path("intact").asBoolean()).as(verification.body().toString()).isTrue();
    }

    private static String reviewer(String step, int section) {
        return switch (step) {
            case "Task_SectionHeadReview" -> "head" + section;
            case "Task_FinanceReview" -> "finance";
            case "Task_DirectorReview" -> "director";
            case "Task_BureauReview" -> "bureau";
            default -> throw new AssertionError("unexpected step " + step);
        };
    }
}
