package cn.nanchang.budgetflow.approval;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.document.DocumentFilter;
import cn.nanchang.budgetflow.document.DocumentQueries;
import cn.nanchang.budgetflow.security.ActingAs;
import cn.nanchang.budgetflow.workflow.ApprovalStep;
import cn.nanchang.budgetflow.workflow.Decision;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Demo seeding only: carries a submitted document through every review of its route as the demo
 * reviewers (科长, 财务审核, 中心主任, 主任办公会 where the routing table asks for it, 数据局), so
 * that demo documents are approved by the engine exactly as people approve them, never inserted
 * as APPROVED rows. Fails loudly when the document does not end approved.
 */
@Component
public class DemoApprovals {

    private static final List<String> UNIT_REVIEWERS = List.of("finance", "director", "director", "bureau");

    private final DocumentReview review;
    private final DocumentQueries queries;
    private final ActingAs acting;

    DemoApprovals(DocumentReview review, DocumentQueries queries, ActingAs acting) {
        this.review = review;
        this.queries = queries;
        this.acting = acting;
    }

    /** Approves document {@code id} at every step; a collective decision is minuted on a date of the year before. */
    public void approveThroughout(long id, String sectionHead, int fiscalYear) {
        MeetingRecord meeting = new MeetingRecord(LocalDate.of(fiscalYear - 1, 12, 16), "中心领导班子成员（演示数据）",
            "主任办公会纪要〔" + (fiscalYear - 1) + "〕演示");
        approveBy(id, Stream.concat(Stream.of(sectionHead), UNIT_REVIEWERS.stream()).toList(), meeting, fiscalYear,
            DocumentStatus.APPROVED);
    }

    /**
     * Approves document {@code id} as each of these reviewers in turn, where they hold a task on it
     * (a budget year's section request stops after 财务, ACCEPTED; a unit proposal starts at the
     * 主任办公会, minuted as {@code meeting}), and fails unless it ends {@code expected}.
     */
    public void approveBy(long id, List<String> reviewers, MeetingRecord meeting, int fiscalYear, DocumentStatus expected) {
        for (String reviewer : reviewers) {
            acting.run(reviewer, () -> review.myTaskOn(id).map(task -> {
                boolean collective = task.step() == ApprovalStep.COLLECTIVE_DECISION;
                return review.decide(task.taskId(), Decision.APPROVE, "同意（演示数据）", collective ? meeting : null);
            }).orElse(null));
        }
        DocumentStatus status = acting.run("finance", () -> queries.list(new DocumentFilter(null, fiscalYear, null, null), 0, 1000)
            .stream().filter(d -> d.id() == id).findFirst().orElseThrow().status());
        if (status != expected) {
            throw new IllegalStateException("demo document " + id + " ended " + status + " instead of " + expected);
        }
    }
}
