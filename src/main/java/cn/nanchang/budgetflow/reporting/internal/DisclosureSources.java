package cn.nanchang.budgetflow.reporting.internal;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.procurement.ProcurementCategory;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Everything a disclosure is generated from, read in one transaction: the approved lines of the
 * year and of the year before, the items of the year's approved procurement plans, and the
 * year's approved projects with the amount the approved lines give each.
 */
public record DisclosureSources(YearFigures now, YearFigures before, List<ProcuredItem> procurement,
        List<ProjectText> projects) {

    /** An item of an approved procurement plan and the approved line it names as its funding. */
    public record ProcuredItem(String planNumber, int itemNo, ProcurementCategory category, String name, Money amount,
            long fundingLineId) {
    }

    /**
     * An approved project as the text describes it; {@code budgeted} is what the year's approved
     * 项目支出 lines give it (the project's own annual budget is the ceiling, not the amount).
     * {@code indicators} are the indicator names by category name, in the order of the tree; {@code targets}
     * the same indicators with their levels and target values, for the 项目支出绩效目标表;
     * {@code purpose} is the application's one sentence (项目目的), null where it has none.
     */
    public record ProjectText(String name, String purpose, String overview, String legalBasis, String implementingBody, YearMonth start,
            YearMonth end, Money budgeted, Map<String, List<String>> indicators, List<Target> targets) {
    }

    /** A performance indicator as the target tables print it: 一级 · 二级 · 三级指标 and the 指标值 with its sign and unit. */
    public record Target(String level1, String level2, String name, String value) {
    }

    public Money procured(ProcurementCategory category) {
        return procurement.stream().filter(i -> i.category() == category).map(ProcuredItem::amount).reduce(Money.ZERO, Money::plus);
    }

    public Money procuredTotal() {
        return procurement.stream().map(ProcuredItem::amount).reduce(Money.ZERO, Money::plus);
    }
}
