package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A year's versions side by side (一上, 控制数, 分解, 二上, 批复) with the differences between
 * consecutive versions, each carrying why and the decision or document that made it; plus the
 * totals by section × version and by kind × version, for the chart. Rows come at four levels:
 * request lines (section, kind, function, economic, project), projects (the bureau's project
 * ceilings against what was asked), section × kind (the split against what was asked) and unit ×
 * kind (the ceilings against what was asked). What a reader sees follows {@link BudgetYearDetails}.
 */
public record Comparison(int fiscalYear, List<VersionKind> versions, List<Row> rows, List<Total> bySection,
        List<Total> byKind) {

    public enum Level {
        LINE,
        PROJECT,
        SECTION,
        UNIT
    }

    /** Where a difference comes from. */
    public enum SourceType {
        UNIT_PROPOSAL,
        BUDGET_DRAFT,
        CEILINGS,
        SPLIT,
        APPROVAL,
        /** The approved budget adjustments, as the 指标 ledger carries them. */
        ADJUSTMENT
    }

    /**
     * One row; codes not set at the row's level are null. {@code amounts} holds the versions the row
     * has a figure in.
     */
    public record Row(Level level, String sectionCode, String sectionName, ExpenditureKind kind, String functionCode,
            String functionName, String economicCode, String economicName, Long projectId, String projectCode,
            String projectName, Map<VersionKind, Money> amounts, List<Difference> differences) {
    }

    /** {@code amount} is the later version's amount less the earlier's. */
    public record Difference(VersionKind from, VersionKind to, Money amount, String reason, Source source) {
    }

    /** The document or decision behind a version's figure; documentId and number are set for documents. */
    public record Source(SourceType type, Long documentId, String number, String decidedBy, Instant decidedAt) {
    }

    /** One bar group of the chart: a section (or kind) with its amount in each version. */
    public record Total(String key, String label, Map<VersionKind, Money> amounts) {
    }
}
