package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import java.util.List;
import java.util.Map;

/**
 * The unit's consolidation of one round (汇总): the request lines with what is proposed for each,
 * and the tables 财务, the director and the bureau read it by, each with the amount requested and
 * the amount proposed: sections × kinds (人员 / 公用 / 项目), the unit by kind, totals by function
 * class and by economic class (类), each project with its library code, and the 三公 lines against
 * last year's approved budget. Computed by {@link ConsolidationTables}.
 */
public record Consolidation(int fiscalYear, BudgetRound round, List<ConsolidationLine> lines, List<SectionRow> sections,
        Map<ExpenditureKind, Amounts> byKind, Amounts total, List<ClassRow> byFunctionClass, List<ClassRow> byEconomicClass,
        List<ProjectRow> projects, List<ThreePublicRow> threePublic) {

    /** The lines the proposal cuts, each with its reason. */
    public List<ConsolidationLine> cutLines() {
        return lines.stream().filter(ConsolidationLine::isCut).toList();
    }

    /** What was requested and what is proposed. */
    public record Amounts(Money requested, Money proposed) {

        public static final Amounts ZERO = new Amounts(Money.ZERO, Money.ZERO);

        public Amounts plus(Money requestedMore, Money proposedMore) {
            return new Amounts(requested.plus(requestedMore), proposed.plus(proposedMore));
        }

        public Amounts plus(Amounts other) {
            return plus(other.requested, other.proposed);
        }

        /** What the proposal takes off. */
        public Money cut() {
            return requested.minus(proposed);
        }
    }

    /** One section: its amounts by kind (every kind present, zero where it asks nothing) and its total. */
    public record SectionRow(String sectionCode, String sectionName, Map<ExpenditureKind, Amounts> byKind, Amounts total) {

        public Amounts kind(ExpenditureKind kind) {
            return byKind.getOrDefault(kind, Amounts.ZERO);
        }
    }

    /** A function or economic class (类), e.g. "201 一般公共服务支出". */
    public record ClassRow(String label, Amounts amounts) {
    }

    /** A library project with its code, the section it belongs to and what its lines ask and get. */
    public record ProjectRow(long projectId, String projectCode, String projectName, String sectionCode,
            String sectionName, Amounts amounts) {
    }

    /**
     * A 三公 economic code (因公出国（境）, 公务接待, 公务用车运行维护, 公务用车购置) for the unit
     * ({@code sectionCode} null) or one section, against last year's approved budget, which it may
     * not exceed (三公只减不增). {@code lastYear} is null when last year has no approved budget in
     * the system: there is nothing to compare with, rather than a budget of nothing.
     */
    public record ThreePublicRow(String economicCode, String economicName, String sectionCode, String sectionName,
            Money lastYear, Amounts amounts) {

        /** Whether the proposed amount is above last year's approved one. */
        public boolean above() {
            return lastYear != null && amounts.proposed().compareTo(lastYear) > 0;
        }
    }
}
