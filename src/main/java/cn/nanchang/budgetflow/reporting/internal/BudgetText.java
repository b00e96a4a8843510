package cn.nanchang.budgetflow.reporting.internal;

import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.ApprovedBudgetLine;
import cn.nanchang.budgetflow.classification.ClassificationCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The figure sentences of the 预算情况说明 (part 3 一 (一)–(三) and 二 of the published text):
 * totals with their change on the prior year and its rate, then by kind, by function class and
 * by economic class, each with the change on the prior year and the reason 综合科 gave.
 */
final class BudgetText {

    private static final Predicate<ApprovedBudgetLine> ALL = l -> true;

    private final Messages m;
    private final Wan wan;

    BudgetText(Messages m) {
        this.m = m;
        this.wan = new Wan(m);
    }

    String total(String key, String year, String unit, YearFigures now, YearFigures before) {
        return m.get(keyFor(key, before), year, unit, Wan.of(now.total()), wan.change(now.total(), before.total()),
            wan.rate(now.total(), before.total()));
    }

    String incomeDetail(YearFigures now, YearFigures before) {
        return m.get(keyFor("disclosure.text.income.appropriation", before), Wan.of(now.total()), wan.change(now.total(), before.total()));
    }

    /** 按支出项目类别划分: 基本支出 with its parts, 项目支出 with its economic classes. */
    String byKind(YearFigures now, YearFigures before) {
        List<String> parts = new ArrayList<>();
        parts.add(kind("disclosure.col.basic", YearFigures.basic(), now, before, basicParts(now)));
        parts.add(kind("disclosure.col.project", YearFigures.project(), now, before, classParts(now, YearFigures.project())));
        return m.get("disclosure.text.byKind", String.join("；", parts));
    }

    private String kind(String labelKey, Predicate<ApprovedBudgetLine> kind, YearFigures now, YearFigures before,
            Map<String, Money> parts) {
        List<String> named = new ArrayList<>();
        parts.forEach((name, amount) -> named.add(name + Wan.of(amount) + m.get("disclosure.word.wan")));
        String text = m.get(keyFor("disclosure.text.kindPart", before), m.get(labelKey), Wan.of(now.sum(kind)), wan.change(now.sum(kind), before.sum(kind)));
        return named.isEmpty() ? text : text + m.get("disclosure.text.including", String.join("、", named));
    }

    /** Basic expenditure by economic class, 公用经费 (302, 310) named 日常公用支出 as the published text does. */
    private Map<String, Money> basicParts(YearFigures now) {
        Map<String, Money> parts = new LinkedHashMap<>();
        for (String cls : classes(now, YearFigures.basic())) {
            boolean common = cls.equals("302") || cls.equals("310");
            String name = common ? m.get("disclosure.text.dailyPublic") : now.economics().get(cls).getName();
            parts.merge(name, now.sum(YearFigures.basic().and(now.underEconomic(cls))), Money::plus);
        }
        return parts;
    }

    private Map<String, Money> classParts(YearFigures now, Predicate<ApprovedBudgetLine> which) {
        Map<String, Money> parts = new LinkedHashMap<>();
        for (String cls : classes(now, which)) {
            parts.put(now.economics().get(cls).getName(), now.sum(which.and(now.underEconomic(cls))));
        }
        return parts;
    }

    private static TreeSet<String> classes(YearFigures f, Predicate<ApprovedBudgetLine> which) {
        TreeSet<String> classes = new TreeSet<>();
        f.lines().stream().filter(which).map(f::economicClass).filter(c -> c != null).forEach(classes::add);
        return classes;
    }

    /** 按支出功能科目划分: each class of this year with its change and the reason given for it. */
    String byFunction(YearFigures now, YearFigures before, Map<String, String> reasons) {
        List<String> parts = new ArrayList<>();
        for (ClassificationCode c : now.codesUsed(ALL, true).values()) {
            if (c.getParentCode() == null) {
                Money amount = now.sum(now.underFunction(c.getCode()));
                Money prior = before.sum(before.underFunction(c.getCode()));
                String part = m.get(keyFor("disclosure.text.classPart", before), c.getName(), Wan.of(amount), wan.change(amount, prior));
                String reason = reasons.get(c.getCode());
                parts.add(reason == null || reason.isBlank() ? part : part + "，" + reason.strip());
            }
        }
        return m.get("disclosure.text.byFunction", joined(parts));
    }

    /** 按支出经济分类划分: each economic class of this year with its change. */
    String byEconomic(YearFigures now, YearFigures before) {
        List<String> parts = new ArrayList<>();
        for (String cls : classes(now, ALL)) {
            Money amount = now.sum(now.underEconomic(cls));
            Money prior = before.sum(before.underEconomic(cls));
            parts.add(m.get(keyFor("disclosure.text.classPart", before), now.economics().get(cls).getName(), Wan.of(amount), wan.change(amount, prior)));
        }
        return m.get("disclosure.text.byEconomic", joined(parts));
    }

    /**
     * Whether the year before has approved figures to compare with. Without them no sentence says
     * 比上年增加 or 与上年保持一致: the ".noPrior" wording says that no comparable figure exists.
     */
    static boolean comparable(YearFigures before) {
        return !before.lines().isEmpty();
    }

    private static String keyFor(String key, YearFigures before) {
        return comparable(before) ? key : key + ".noPrior";
    }

    /** The parts of a sentence, or 无 when a year has none, so that no sentence ends in “：。”. */
    private String joined(List<String> parts) {
        return parts.isEmpty() ? m.get("disclosure.text.noParts") : String.join("；", parts);
    }

    /** 二、“三公”经费: the total, then each item with its change and reason. */
    List<String> sanGong(String year, YearFigures now, YearFigures before, Map<String, String> reasons) {
        List<String> lines = new ArrayList<>();
        Money total = now.sum(l -> YearFigures.SAN_GONG.contains(l.economicCode()));
        lines.add(m.get("disclosure.text.sanGong.total", year, Wan.of(total)));
        String[][] items = {{"abroad", YearFigures.ABROAD}, {"reception", YearFigures.RECEPTION},
            {"vehicleRunning", YearFigures.VEHICLE_RUNNING}, {"vehiclePurchase", YearFigures.VEHICLE_PURCHASE}};
        for (int i = 0; i < items.length; i++) {
            Money amount = now.sum(YearFigures.economic(items[i][1]));
            Money prior = before.sum(YearFigures.economic(items[i][1]));
            String reason = reasons.get(items[i][0]);
            if ((reason == null || reason.isBlank()) && amount.compareTo(prior) == 0 && comparable(before)) {
                reason = m.get("disclosure.text.sanGong.unchanged");
            }
            String line = m.get(keyFor("disclosure.text.sanGong.item", before), String.valueOf(i + 1), m.get("disclosure.text.sanGong." + items[i][0]),
                Wan.of(amount), wan.change(amount, prior));
            lines.add(reason == null || reason.isBlank() ? line : line + m.get("disclosure.text.sanGong.reason", reason.strip()));
        }
        return lines;
    }
}
