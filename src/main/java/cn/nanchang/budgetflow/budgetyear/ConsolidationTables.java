package cn.nanchang.budgetflow.budgetyear;

import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.budget.BudgetRound;
import cn.nanchang.budgetflow.budget.ExpenditureKind;
import cn.nanchang.budgetflow.budgetyear.Consolidation.Amounts;
import cn.nanchang.budgetflow.budgetyear.Consolidation.ClassRow;
import cn.nanchang.budgetflow.budgetyear.Consolidation.ProjectRow;
import cn.nanchang.budgetflow.budgetyear.Consolidation.SectionRow;
import cn.nanchang.budgetflow.budgetyear.Consolidation.ThreePublicRow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The arithmetic of a consolidation, on plain values: every table of {@link Consolidation} summed
 * in yuan from the lines, each with the amount requested and the amount proposed. The caller
 * supplies the names (classes, codes, sections) and last year's approved 三公 lines.
 */
final class ConsolidationTables {

    /** The 三公 economic codes: 因公出国（境）费用, 公务接待费, 公务用车运行维护费, 公务用车购置. */
    static final List<String> THREE_PUBLIC = List.of("30212", "30217", "30231", "31013");

    /** The names the tables are labelled with. */
    interface Labels {

        /** "201 一般公共服务支出": the class (类) of a function code. */
        String functionClass(String functionCode);

        /** "302 商品和服务支出": the class (类) of an economic code. */
        String economicClass(String economicCode);

        String economicName(String economicCode);

        String sectionName(String sectionCode);
    }

    /** A line of last year's approved budget, as far as the 三公 comparison needs it. */
    record LastYear(String sectionCode, String economicCode, Money amount) {
    }

    private ConsolidationTables() {
    }

    /**
     * @param lastYear last year's approved 三公 lines; null when last year has no approved budget at all
     */
    static Consolidation build(int fiscalYear, BudgetRound round, List<ConsolidationLine> lines, List<LastYear> lastYear,
            Labels labels) {
        Amounts total = Amounts.ZERO;
        Map<ExpenditureKind, Amounts> byKind = zeroByKind();
        Map<String, Map<ExpenditureKind, Amounts>> bySection = new LinkedHashMap<>();
        Map<String, Amounts> byFunction = new TreeMap<>();
        Map<String, Amounts> byEconomic = new TreeMap<>();
        Map<Long, ProjectRow> projects = new LinkedHashMap<>();
        for (ConsolidationLine line : lines) {
            Amounts amounts = new Amounts(line.requested(), line.proposed());
            total = total.plus(amounts);
            byKind.merge(line.kind(), amounts, Amounts::plus);
            bySection.computeIfAbsent(line.sectionCode(), s -> zeroByKind()).merge(line.kind(), amounts, Amounts::plus);
            byFunction.merge(labels.functionClass(line.functionCode()), amounts, Amounts::plus);
            byEconomic.merge(labels.economicClass(line.economicCode()), amounts, Amounts::plus);
            if (line.projectId() != null) {
                projects.merge(line.projectId(), new ProjectRow(line.projectId(), line.projectCode(), line.projectName(),
                    line.sectionCode(), line.sectionName(), amounts),
                    (a, b) -> new ProjectRow(a.projectId(), a.projectCode(), a.projectName(), a.sectionCode(),
                        a.sectionName(), a.amounts().plus(b.amounts())));
            }
        }
        return new Consolidation(fiscalYear, round, List.copyOf(lines), sections(bySection, labels), byKind, total,
            classRows(byFunction), classRows(byEconomic), List.copyOf(projects.values()),
            threePublic(lines, lastYear, labels));
    }

    private static List<SectionRow> sections(Map<String, Map<ExpenditureKind, Amounts>> bySection, Labels labels) {
        return bySection.entrySet().stream().map(e -> new SectionRow(e.getKey(), labels.sectionName(e.getKey()),
            e.getValue(), e.getValue().values().stream().reduce(Amounts.ZERO, Amounts::plus))).toList();
    }

    private static List<ClassRow> classRows(Map<String, Amounts> byClass) {
        return byClass.entrySet().stream().map(e -> new ClassRow(e.getKey(), e.getValue())).toList();
    }

    /**
     * For each 三公 code the unit's row, then a row for each section that asks for it or had it
     * approved last year: what is asked and proposed against last year's approved amount.
     */
    private static List<ThreePublicRow> threePublic(List<ConsolidationLine> lines, List<LastYear> lastYear, Labels labels) {
        List<ThreePublicRow> rows = new ArrayList<>();
        for (String code : THREE_PUBLIC) {
            Map<String, Amounts> asked = lines.stream().filter(l -> code.equals(l.economicCode()))
                .collect(Collectors.groupingBy(ConsolidationLine::sectionCode, TreeMap::new,
                    Collectors.reducing(Amounts.ZERO, l -> new Amounts(l.requested(), l.proposed()), Amounts::plus)));
            Map<String, Money> approved = (lastYear == null ? List.<LastYear>of() : lastYear).stream()
                .filter(l -> code.equals(l.economicCode()))
                .collect(Collectors.groupingBy(LastYear::sectionCode, TreeMap::new,
                    Collectors.reducing(Money.ZERO, LastYear::amount, Money::plus)));
            String name = labels.economicName(code);
            rows.add(new ThreePublicRow(code, name, null, null,
                lastYear == null ? null : approved.values().stream().reduce(Money.ZERO, Money::plus),
                asked.values().stream().reduce(Amounts.ZERO, Amounts::plus)));
            TreeSet<String> sections = new TreeSet<>(asked.keySet());
            sections.addAll(approved.keySet());
            sections.forEach(section -> rows.add(new ThreePublicRow(code, name, section, labels.sectionName(section),
                lastYear == null ? null : approved.getOrDefault(section, Money.ZERO), asked.getOrDefault(section, Amounts.ZERO))));
        }
        return rows;
    }

    private static Map<ExpenditureKind, Amounts> zeroByKind() {
        Map<ExpenditureKind, Amounts> byKind = new EnumMap<>(ExpenditureKind.class);
        for (ExpenditureKind kind : ExpenditureKind.values()) {
            byKind.put(kind, Amounts.ZERO);
        }
        return byKind;
    }
}
