package cn.nanchang.budgetflow.adjustment;

import cn.nanchang.budgetflow.base.DocumentStatus;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.document.DocumentDetails;
import java.time.Instant;
import java.util.List;

/**
 * An adjustment as pages and the API show it: its texts, its rows with the names of their codes
 * and projects, the sums of 调减 and 调增, the scope it routes on and, once the routing table has
 * decided (after the director), its reason and whether 财政 must approve too (null and false before).
 */
public record BudgetAdjustmentDetails(long id, String number, String sectionCode, String sectionName, int fiscalYear,
        DocumentStatus status, long version, String drafter, String drafterName, AdjustmentKind kind,
        AdjustmentScope scope, String reason, String basis, String performanceChange, String fundingSource,
        List<Row> rows, Money decreased, Money increased, String routingReason, boolean financeBureauApproval,
        Instant createdAt, Instant updatedAt) implements DocumentDetails {

    /** What the adjustment moves: the amount it routes on. */
    public Money total() {
        return decreased.compareTo(increased) >= 0 ? decreased : increased;
    }

    /**
     * One row. {@code indicatorId} is null for a new line; {@code projectCode} and {@code projectName}
     * are null for a basic line (or a project the reader may no longer see).
     */
    public record Row(int rowNo, Direction direction, Long indicatorId, ExpenditureKind kind, String functionCode,
            String functionName, String economicCode, String economicName, Long projectId, String projectCode,
            String projectName, Money amount) {

        public boolean newLine() {
            return indicatorId == null;
        }

        /** "2010350 事业运行 / 30211 差旅费", with the project code where there is one, as people name a line. */
        public String lineLabel() {
            return functionCode + " " + functionName + " / " + economicCode + " " + economicName
                + (projectCode == null ? "" : " / " + projectCode);
        }
    }
}
