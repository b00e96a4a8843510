package cn.nanchang.budgetflow.budget;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.classification.ClassificationCatalogue;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Totals of a set of lines: overall, by kind, by function class (类) and by economic class (类).
 * Summed in yuan; the view rounds to 万元 once.
 */
public record BudgetTotals(Money total, Map<ExpenditureKind, Money> byKind,
        Map<String, Money> byFunctionClass, Map<String, Money> byEconomicClass) {

    static BudgetTotals of(List<ValidLine> lines, Map<String, ClassificationCode> functionIndex,
            Map<String, ClassificationCode> economicIndex) {
        Money total = Money.ZERO;
        Map<ExpenditureKind, Money> byKind = new EnumMap<>(ExpenditureKind.class);
        Map<String, Money> byFunction = new TreeMap<>();
        Map<String, Money> byEconomic = new TreeMap<>();
        for (ValidLine line : lines) {
            total = total.plus(line.amount());
            byKind.merge(line.kind(), line.amount(), Money::plus);
            byFunction.merge(classLabel(line.functionCode(), functionIndex), line.amount(), Money::plus);
            byEconomic.merge(classLabel(line.economicCode(), economicIndex), line.amount(), Money::plus);
        }
        return new BudgetTotals(total, byKind, byFunction, byEconomic);
    }

    /** "201 一般公共服务支出": the class label lines are grouped under. */
    private static String classLabel(String code, Map<String, ClassificationCode> index) {
        ClassificationCode top = ClassificationCatalogue.classOf(code, index);
        return top == null ? code : top.label();
    }

    public Money kind(ExpenditureKind kind) {
        return byKind.getOrDefault(kind, Money.ZERO);
    }
}
