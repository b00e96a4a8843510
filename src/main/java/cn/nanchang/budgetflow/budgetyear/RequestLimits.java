package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.FieldViolation;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a section's 二上 request must meet (BUDGET-CYCLE.md, 二上): each kind within the section's
 * split ceiling, each project within the ceiling the bureau set on it, and the 三公 lines together
 * not above what was approved for the section the year before. Each breach is a problem at
 * {@code lines} naming the ceiling and the excess in yuan. Plain arithmetic, tested on its own.
 */
final class RequestLimits {

    /** 三公经费: 因公出国（境）费用, 公务接待费, 公务用车运行维护费, 公务用车购置. */
    static final Set<String> SANGONG_ECONOMIC_CODES = Set.of("30212", "30217", "30231", "31013");
    static final String FIELD = "lines";

    private RequestLimits() {
    }

    /** A request line as the limits see it. */
    record Line(ExpenditureKind kind, String economicCode, Long projectId, Money amount) {
    }

    /** The bureau's ceiling on one project, with the project's name for the message. */
    record ProjectLimit(String projectName, Money amount) {
    }

    /**
     * @param split           the section's split ceilings by kind; a kind absent is a ceiling of 0
     * @param projectCeilings ceilings the bureau set on single projects, by project id; others are limited by their kind only
     * @param lastYearSangong the 三公 approved for the section the year before; null when the unit has no
     *                        approved budget of that year in the system, so there is nothing to hold it against
     */
    static List<FieldViolation> check(List<Line> lines, Map<ExpenditureKind, Money> split, Map<Long, ProjectLimit> projectCeilings,
            Money lastYearSangong) {
        List<FieldViolation> problems = new ArrayList<>();
        Map<ExpenditureKind, Money> byKind = new EnumMap<>(ExpenditureKind.class);
        Map<Long, Money> byProject = new LinkedHashMap<>();
        Money sangong = Money.ZERO;
        for (Line line : lines) {
            byKind.merge(line.kind(), line.amount(), Money::plus);
            if (line.projectId() != null) {
                byProject.merge(line.projectId(), line.amount(), Money::plus);
            }
            if (SANGONG_ECONOMIC_CODES.contains(line.economicCode())) {
                sangong = sangong.plus(line.amount());
            }
        }
        byKind.forEach((kind, asked) -> {
            Money ceiling = split.getOrDefault(kind, Money.ZERO);
            if (asked.compareTo(ceiling) > 0) {
                problems.add(over("kindOverCeiling", Messages.text(kind.labelKey()), asked, ceiling));
            }
        });
        byProject.forEach((projectId, asked) -> {
            ProjectLimit limit = projectCeilings.get(projectId);
            if (limit != null && asked.compareTo(limit.amount()) > 0) {
                problems.add(over("projectOverCeiling", limit.projectName(), asked, limit.amount()));
            }
        });
        if (lastYearSangong != null && sangong.compareTo(lastYearSangong) > 0) {
            problems.add(new FieldViolation(FIELD, YearInputs.text("sangongOver", sangong.minus(lastYearSangong).formatYuan(),
                lastYearSangong.formatYuan(), sangong.formatYuan())));
        }
        return problems;
    }

    private static FieldViolation over(String key, String what, Money asked, Money ceiling) {
        return new FieldViolation(FIELD, YearInputs.text(key, what, asked.minus(ceiling).formatYuan(), ceiling.formatYuan(),
            asked.formatYuan()));
    }

    /** Whether an economic code is one of the 三公 codes. */
    static boolean isSangong(String economicCode) {
        return SANGONG_ECONOMIC_CODES.contains(economicCode);
    }
}
